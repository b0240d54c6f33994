namespace NmnGraph.GraphQL.Language;

/// <summary>A field selection (spec #Field).</summary>
public sealed class FieldNode(NameNode? alias, NameNode name, IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<DirectiveNode> directives, SelectionSetNode? selectionSet, Location? location = null) : SelectionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Field;

    public NameNode? Alias { get; } = alias;

    /// <summary>The key of the field in the response: the alias if any, else the name (spec #sec-Field-Alias).</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;

    public NameNode Name { get; } = name;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public SelectionSetNode? SelectionSet { get; } = selectionSet;
}
