namespace NmnGraph.GraphQL.Language;

/// <summary>An operation or a fragment definition (spec #ExecutableDefinition).</summary>
public abstract class ExecutableDefinitionNode(Location? location) : DefinitionNode(location), IHasDirectives
{
    /// <summary>A description (allowed on operations and fragments since the September 2025 edition).</summary>
    public abstract StringValueNode? Description { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }

    public abstract SelectionSetNode SelectionSet { get; }
}
