using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;
using NmnGraph.GraphQL.Validation;

namespace NmnGraph.GraphQL.Execution;

/// <summary>The validation step with every rule of spec §5 (<see cref="DocumentValidator"/>), for <see cref="RequestExecutorOptions.Validator"/>.</summary>
public sealed class SpecifiedRulesValidator(ValidationOptions? options = null) : IDocumentValidator
{
    public static SpecifiedRulesValidator Instance { get; } = new();

    public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document) => DocumentValidator.Validate(schema, document, options);
}
