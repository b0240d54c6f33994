using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;
using NmnGraph.GraphQL.Validation;

namespace NmnGraph.Codegen.Analysis;

/// <summary>
/// Validates one operation document (the operation and the fragments it uses) against the schema with the engine's
/// validator: every rule of the spec, with graphql-js messages and locations.
/// </summary>
public static class OperationValidation
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        return DocumentValidator.Validate(schema, document);
    }
}
