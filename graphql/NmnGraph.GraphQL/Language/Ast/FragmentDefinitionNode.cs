namespace NmnGraph.GraphQL.Language;

/// <summary>A fragment definition (spec #FragmentDefinition).</summary>
public sealed class FragmentDefinitionNode(StringValueNode? description, NameNode name, NamedTypeNode typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location? location = null) : ExecutableDefinitionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    public override StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public NamedTypeNode TypeCondition { get; } = typeCondition;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override SelectionSetNode SelectionSet { get; } = selectionSet;
}
