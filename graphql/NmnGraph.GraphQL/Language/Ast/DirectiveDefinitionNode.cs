namespace NmnGraph.GraphQL.Language;

/// <summary>A directive definition (spec #DirectiveDefinition).</summary>
public sealed class DirectiveDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, bool repeatable, IReadOnlyList<NameNode> locations, Location? location = null) : TypeSystemDefinitionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    public bool Repeatable { get; } = repeatable;

    public IReadOnlyList<NameNode> Locations { get; } = locations;
}
