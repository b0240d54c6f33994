using System.Data.Common;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Search;

/// <summary>
/// Full-text search over article titles and text, study titles and findings, and claim statements: FTS5 and
/// bm25 on SQLite, <c>tsvector</c> and <c>ts_rank</c> on PostgreSQL (see <see cref="StoreBackend.SearchAsync"/>).
/// </summary>
public sealed class SearchRepository : RepositoryBase
{
    internal SearchRepository(NmnDatabase database)
        : base(database)
    {
    }

    /// <summary>
    /// The best <paramref name="first"/> matches, best first, with snippets whose matches are wrapped in
    /// <c>[</c> and <c>]</c>. Every word must match; when nothing matches all of them, any word may.
    /// Any text is accepted: search syntax in it is matched literally.
    /// </summary>
    public async Task<IReadOnlyList<SearchHitRecord>> SearchAsync(string text, int first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<string> words = SearchQuery.DistinctWords(text);
        if (words.Count == 0 || first <= 0)
        {
            return [];
        }

        await using DbConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        List<SearchHitRecord> hits = await Database.Backend.SearchAsync(Database, connection, words, allOf: true, first, cancellationToken).ConfigureAwait(false);
        if (hits.Count == 0 && words.Count > 1)
        {
            hits = await Database.Backend.SearchAsync(Database, connection, words, allOf: false, first, cancellationToken).ConfigureAwait(false);
        }

        return hits;
    }
}
