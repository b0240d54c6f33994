namespace NmnGraph.GraphQL.Language;

/// <summary>A node that can carry applied directives (spec #Directives).</summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}
