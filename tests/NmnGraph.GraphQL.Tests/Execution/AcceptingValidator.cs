using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Tests.Execution;

/// <summary>
/// Accepts every document. Execution tests use it to exercise the executor on documents validation would refuse,
/// as graphql-js tests <c>execute()</c> without <c>validate()</c>; the executor's own default validates.
/// </summary>
internal sealed class AcceptingValidator : IDocumentValidator
{
    public static AcceptingValidator Instance { get; } = new();

    public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document) => [];
}
