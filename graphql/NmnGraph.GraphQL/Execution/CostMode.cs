namespace NmnGraph.GraphQL.Execution;

/// <summary>What a request asks of the cost analysis (HotChocolate's <c>GraphQL-Cost</c> request header).</summary>
public enum CostMode
{
    /// <summary>Enforce the limits only.</summary>
    None,

    /// <summary>Execute and add <c>extensions.operationCost</c> (<c>GraphQL-Cost: report</c>).</summary>
    Report,

    /// <summary>Compute and report the cost without executing (<c>GraphQL-Cost: validate</c>).</summary>
    Validate,
}
