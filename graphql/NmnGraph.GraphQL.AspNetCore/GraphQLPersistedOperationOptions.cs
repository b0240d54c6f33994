namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>Persisted operations: trusted documents by id, and automatic persisted queries (Apollo's protocol).</summary>
public sealed class GraphQLPersistedOperationOptions
{
    /// <summary>The trusted documents requests may name by <c>id</c> / <c>documentId</c>; null for none.</summary>
    public PersistedOperationStore? Store { get; set; }

    /// <summary>Refuse every document that is not in <see cref="Store"/> (<c>PERSISTED_QUERY_ONLY</c>).</summary>
    public bool OnlyPersisted { get; set; }

    /// <summary>Answer <c>extensions.persistedQuery.sha256Hash</c> (automatic persisted queries).</summary>
    public bool AutomaticPersistedQueries { get; set; } = true;

    /// <summary>How many documents automatic persisted queries keep.</summary>
    public int AutomaticPersistedQueryCapacity { get; set; } = 1000;
}
