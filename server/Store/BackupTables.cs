namespace NmnGraph.Server.Store;

/// <summary>The tables a backup holds, in dependency order, each with its stable row order.</summary>
internal static class BackupTables
{
    public static IReadOnlyList<(string Table, string OrderBy)> All { get; } =
    [
        ("store_meta", "key"),
        ("topics", "id"),
        ("studies", "id"),
        ("study_topics", "study_id, topic_id"),
        ("articles", "id"),
        ("blocks", "article_id, idx"),
        ("citations", "id"),
        ("claims", "id"),
        ("claim_topics", "claim_id, topic_id"),
        ("mentions", "id"),
        ("evidence", "id"),
        ("corrections", "id"),
    ];
}
