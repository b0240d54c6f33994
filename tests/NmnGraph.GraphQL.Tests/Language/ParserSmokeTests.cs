using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Tests.Language;

public sealed class ParserSmokeTests
{
    [Fact]
    public void Parses_an_operation_with_variables()
    {
        DocumentNode document = Parser.Parse("query LargeDocument($yes: Boolean = true, $no: Boolean = false) { a @include(if: $yes) }");
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal("LargeDocument", operation.Name!.Value);
        Assert.Equal(2, operation.VariableDefinitions.Count);
    }

    [Fact]
    public void Empty_selection_set_is_an_error()
    {
        GraphQLException exception = Assert.Throws<GraphQLException>(() => Parser.Parse("{}"));
        GraphQLError error = Assert.Single(exception.Errors);
        Assert.Equal("Syntax Error: Expected Name, found \"}\".", error.Message);
        Assert.Equal(new SourceLocation(1, 2), Assert.Single(error.Locations!));
    }
}
