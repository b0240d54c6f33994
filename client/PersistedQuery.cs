namespace NmnGraph.Client;

/// <summary>How a request body carries the document (automatic persisted queries, Apollo's protocol).</summary>
public enum PersistedQuery
{
    /// <summary>The query text only.</summary>
    None,

    /// <summary>The SHA-256 hash alone: the server runs the document it knows by that hash.</summary>
    HashOnly,

    /// <summary>The query and its hash: the server checks the hash and keeps the document for next time.</summary>
    HashAndQuery,
}
