using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store.Search;

/// <summary>The search index keys each row by entity: rowid = id * 4 + kind (1 article, 2 study, 3 claim).</summary>
internal static class SearchRowId
{
    public static SearchHitRecord Hit(long rowId, string snippet, double score)
    {
        EntityKind kind = (rowId % 4) switch
        {
            1 => EntityKind.Article,
            2 => EntityKind.Study,
            _ => EntityKind.Claim,
        };
        return new SearchHitRecord(kind, rowId / 4, snippet, score);
    }
}
