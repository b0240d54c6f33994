using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Execution;

/// <summary>Accepts every document; the default until the specified rules are plugged in.</summary>
public sealed class NoOpDocumentValidator : IDocumentValidator
{
    public static NoOpDocumentValidator Instance { get; } = new();

    public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document) => [];
}
