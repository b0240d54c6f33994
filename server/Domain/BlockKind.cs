namespace NmnGraph.Server.Domain;

/// <summary>The kind of a contiguous block of an article's text (schema.graphql <c>BlockKind</c>).</summary>
public enum BlockKind
{
    Title,
    Meta,
    Heading,
    Paragraph,
    Caption,
    Reference,
    Disclaimer,
    Boilerplate,
}
