using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Execution;

/// <summary>What <see cref="FieldCollector"/> asks of its caller.</summary>
internal interface IFieldCollectionScope
{
    /// <summary>False for a selection that <c>@skip</c>/<c>@include</c> leave out.</summary>
    bool ShouldInclude(SelectionNode selection);

    FragmentDefinitionNode? GetFragment(string name);
}
