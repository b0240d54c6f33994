using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Execution;

/// <summary>The validation step of the request pipeline (spec #sec-Validation); plug the specified rules in here.</summary>
public interface IDocumentValidator
{
    /// <summary>Returns the validation errors of a document; empty when it is valid.</summary>
    IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document);
}
