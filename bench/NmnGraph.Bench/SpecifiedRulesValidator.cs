using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;
using NmnGraph.GraphQL.Validation;

namespace NmnGraph.Bench;

/// <summary>All specified validation rules and nothing else: what the benchmarks compare against the peers.</summary>
internal sealed class SpecifiedRulesValidator : IDocumentValidator
{
    public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document) => DocumentValidator.Validate(schema, document);
}
