namespace NmnGraph.GraphQL.Validation;

/// <summary>What a rule wants the shared traversal to do after it entered a node.</summary>
public enum VisitAction
{
    /// <summary>Visit the children of the node and then leave it.</summary>
    Continue,

    /// <summary>Skip the children of the node for this rule only; its Leave method is not called for the node.</summary>
    SkipChildren,
}
