using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;
using NmnGraph.GraphQL.Validation;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>The executor's validation step running every rule of the spec (§5) through <see cref="DocumentValidator"/>.</summary>
public sealed class SpecifiedRulesValidator(ValidationOptions? options = null) : IDocumentValidator
{
    public static SpecifiedRulesValidator Instance { get; } = new();

    public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document) => DocumentValidator.Validate(schema, document, options);
}
