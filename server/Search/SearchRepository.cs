using Microsoft.Data.Sqlite;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Search;

/// <summary>Full-text search (FTS5, bm25) over article titles and text, study titles and findings, and claim statements.</summary>
public sealed class SearchRepository : RepositoryBase
{
    internal SearchRepository(NmnDatabase database)
        : base(database)
    {
    }

    /// <summary>
    /// The best <paramref name="first"/> matches, best first, with snippets whose matches are wrapped in
    /// <c>[</c> and <c>]</c>. Every word must match; when nothing matches all of them, any word may.
    /// Any text is accepted: FTS syntax in it is matched literally.
    /// </summary>
    public async Task<IReadOnlyList<SearchHitRecord>> SearchAsync(string text, int first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<string> phrases = SearchQuery.Phrases(text);
        if (phrases.Count == 0 || first <= 0)
        {
            return [];
        }

        await using SqliteConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        List<SearchHitRecord> hits = await RunAsync(connection, SearchQuery.AllOf(phrases), first, cancellationToken).ConfigureAwait(false);
        if (hits.Count == 0 && phrases.Count > 1)
        {
            hits = await RunAsync(connection, SearchQuery.AnyOf(phrases), first, cancellationToken).ConfigureAwait(false);
        }

        return hits;
    }

    private Task<List<SearchHitRecord>> RunAsync(SqliteConnection connection, string match, int first, CancellationToken cancellationToken) =>
        QueryAsync(connection, null, """
            SELECT rowid, snippet(search_index, -1, '[', ']', '…', 24), bm25(search_index, 2.0, 1.0) AS rank
            FROM search_index WHERE search_index MATCH @match
            ORDER BY rank, rowid
            LIMIT @first
            """,
            c =>
            {
                c.Parameters.AddWithValue("@match", match);
                c.Parameters.AddWithValue("@first", first);
            },
            r =>
            {
                long rowId = r.GetInt64(0);
                EntityKind kind = (rowId % 4) switch
                {
                    1 => EntityKind.Article,
                    2 => EntityKind.Study,
                    _ => EntityKind.Claim,
                };
                // bm25 is lower-is-better and negative; flip it so that higher is better.
                return new SearchHitRecord(kind, rowId / 4, r.GetString(1), -r.GetDouble(2));
            },
            cancellationToken);
}
