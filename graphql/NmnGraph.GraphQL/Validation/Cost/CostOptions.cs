namespace NmnGraph.GraphQL.Validation.Cost;

/// <summary>
/// Static cost analysis (IBM GraphQL Cost Directive specification, as HotChocolate applies it): the limits and the
/// default weights for fields and types without <c>@cost</c>, and lists without <c>@listSize</c>.
/// </summary>
public sealed class CostOptions
{
    /// <summary>The most field cost (resolver work) an operation may have; null for no limit.</summary>
    public double? MaxFieldCost { get; init; } = 1_000;

    /// <summary>The most type cost (objects in the response) an operation may have; null for no limit.</summary>
    public double? MaxTypeCost { get; init; } = 1_000;

    /// <summary>The weight of a field bound to an asynchronous resolver (I/O: a store call, a DataLoader) without <c>@cost</c>.</summary>
    public double AsyncResolverWeight { get; init; } = 10;

    /// <summary>The size assumed for a list field that has no <c>@listSize</c> (HotChocolate assumes 1).</summary>
    public int DefaultListSize { get; init; } = 1;
}
