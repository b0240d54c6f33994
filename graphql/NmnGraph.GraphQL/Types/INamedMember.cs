namespace NmnGraph.GraphQL.Types;

/// <summary>A named member of a type or directive: a field, an argument, an input field or an enum value.</summary>
public interface INamedMember
{
    string Name { get; }

    string? Description { get; }

    /// <summary>The schema coordinate (spec #sec-Schema-Coordinates), e.g. <c>Article.claims</c> or <c>Query.article(id:)</c>.</summary>
    string Coordinate { get; }

    /// <summary>True when the member carries <c>@deprecated</c> (spec #sec--deprecated).</summary>
    bool IsDeprecated { get; }
}
