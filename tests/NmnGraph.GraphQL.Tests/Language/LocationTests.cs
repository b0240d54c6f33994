using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Tests.Language;

public sealed class LocationTests
{
    private const string Source = "query Q($v: Int = 1) {\n  alias: field(arg: \"x\") @dir\n}";

    [Fact]
    public void Every_node_of_an_operation_has_its_span_and_start()
    {
        DocumentNode document = Parser.Parse(Source);
        Assert.Equal(new Location(0, 54, 1, 1), document.Location);

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(new Location(0, 54, 1, 1), operation.Location);
        Assert.Equal(new Location(6, 7, 1, 7), operation.Name!.Location);

        VariableDefinitionNode variable = operation.VariableDefinitions[0];
        Assert.Equal(new Location(8, 19, 1, 9), variable.Location);
        Assert.Equal(new Location(8, 10, 1, 9), variable.Variable.Location);
        Assert.Equal(new Location(9, 10, 1, 10), variable.Variable.Name.Location);
        Assert.Equal(new Location(12, 15, 1, 13), variable.Type.Location);
        Assert.Equal(new Location(18, 19, 1, 19), variable.DefaultValue!.Location);

        Assert.Equal(new Location(21, 54, 1, 22), operation.SelectionSet.Location);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal(new Location(25, 52, 2, 3), field.Location);
        Assert.Equal(new Location(25, 30, 2, 3), field.Alias!.Location);
        Assert.Equal(new Location(32, 37, 2, 10), field.Name.Location);
        Assert.Equal(new Location(38, 46, 2, 16), field.Arguments[0].Location);
        Assert.Equal(new Location(43, 46, 2, 21), field.Arguments[0].Value.Location);
        Assert.Equal(new Location(48, 52, 2, 26), field.Directives[0].Location);
        Assert.Equal(new SourceLocation(2, 26), field.Directives[0].Location!.Value.StartLocation);
    }

    [Fact]
    public void Definitions_with_descriptions_start_at_the_description()
    {
        DocumentNode document = Parser.Parse("\r\n\"\"\"\ndoc\n\"\"\"\r\ntype A {\r\n  \"d\" f: [Int!]!\r\n}\r\nextend type A @x");
        var type = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal(new Location(2, 44, 2, 1), type.Location);
        Assert.Equal(new Location(2, 13, 2, 1), type.Description!.Location);
        Assert.Equal(new Location(20, 21, 5, 6), type.Name.Location);

        FieldDefinitionNode field = type.Fields[0];
        Assert.Equal(new Location(27, 41, 6, 3), field.Location);
        Assert.Equal(new Location(34, 41, 6, 10), field.Type.Location);
        var list = Assert.IsType<ListTypeNode>(Assert.IsType<NonNullTypeNode>(field.Type).Type);
        Assert.Equal(new Location(34, 40, 6, 10), list.Location);
        Assert.Equal(new Location(35, 39, 6, 11), list.Type.Location);

        var extension = Assert.IsType<ObjectTypeExtensionNode>(document.Definitions[1]);
        Assert.Equal(new Location(46, 62, 8, 1), extension.Location);
    }

    [Fact]
    public void Fragments_and_values_have_locations()
    {
        DocumentNode document = Parser.Parse("{ ...F ... on T { a(b: [1, {c: $d}]) } }");
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(new Location(2, 6, 1, 3), operation.SelectionSet.Selections[0].Location);
        var inline = Assert.IsType<InlineFragmentNode>(operation.SelectionSet.Selections[1]);
        Assert.Equal(new Location(7, 38, 1, 8), inline.Location);
        Assert.Equal(new Location(14, 15, 1, 15), inline.TypeCondition!.Location);

        var list = Assert.IsType<ListValueNode>(Assert.IsType<FieldNode>(inline.SelectionSet.Selections[0]).Arguments[0].Value);
        Assert.Equal(new Location(23, 35, 1, 24), list.Location);
        var obj = Assert.IsType<ObjectValueNode>(list.Values[1]);
        Assert.Equal(new Location(27, 34, 1, 28), obj.Location);
        Assert.Equal(new Location(28, 33, 1, 29), obj.Fields[0].Location);
        Assert.Equal(new Location(31, 33, 1, 32), obj.Fields[0].Value.Location);
    }
}
