namespace NmnGraph.Client;

/// <summary>How a watched query gets its first result.</summary>
public enum ExecutionStrategy
{
    /// <summary>
    /// Answer from the entity store when the whole result is there; otherwise ask the network. A stored result that
    /// carries errors is delivered first and then refreshed from the network.
    /// </summary>
    CacheFirst,

    /// <summary>Always ask the network first (the result still goes into the store and updates other watchers).</summary>
    NetworkOnly,

    /// <summary>Answer from the store at once when possible, then ask the network and deliver that too.</summary>
    CacheAndNetwork,
}
