namespace NmnGraph.GraphQL.Language;

/// <summary>A name (spec #Name).</summary>
public sealed class NameNode(string @value, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Name;

    public string Value { get; } = @value;
}
