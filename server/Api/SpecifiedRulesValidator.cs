using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;
using NmnGraph.GraphQL.Validation;

namespace NmnGraph.Server.Api;

/// <summary>The validation step of the NmnGraph executor: all rules the specification lists.</summary>
public sealed class SpecifiedRulesValidator : IDocumentValidator
{
    public static SpecifiedRulesValidator Instance { get; } = new();

    public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document) => DocumentValidator.Validate(schema, document);
}
