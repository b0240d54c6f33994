using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.AspNetCore.Tests;

/// <summary>Stands in for the specified rules: rejects any selection of a field named <c>forbidden</c>.</summary>
internal sealed class ForbiddenFieldValidator : IDocumentValidator
{
    public int Calls { get; private set; }

    public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document)
    {
        Calls++;
        return Printer.Print(document).Contains("forbidden", StringComparison.Ordinal)
            ? [new GraphQLError("Cannot query field \"forbidden\" on type \"Query\".", [new SourceLocation(1, 3)])]
            : [];
    }
}
