using System.Globalization;
using System.Data.Common;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Postgres;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Store.Search;

/// <summary>
/// Search over article titles and text, claim statements, and studies (label, title, authors, journal, year,
/// DOI, PMID, findings): FTS5 ranked by bm25, after the studies whose DOI or PMID the text names exactly.
/// On PostgreSQL, <see cref="PostgresSearch"/> does the same with tsvector, so that both engines find and order the same hits.
/// </summary>
public sealed class SearchRepository : RepositoryBase
{
    /// <summary>The score of an exact DOI or PMID match, above any full-text score.</summary>
    public const double ExactIdentifierScore = 1_000_000;

    private const string Snippet = "snippet(search_index, -1, '[', ']', '…', 24)";

    internal SearchRepository(NmnDatabase database)
        : base(database)
    {
    }

    /// <summary>
    /// A page of the matches, best first, with snippets whose matches are wrapped in <c>[</c> and <c>]</c>:
    /// first the studies the text names by DOI or PMID, then full-text matches of every word (see
    /// <see cref="SearchQuery"/> for whole words and prefixes) ranked by bm25 among the newest
    /// <see cref="NmnDatabaseOptions.SearchRankingWindow"/>, then the rest newest first; when nothing matches every word, any word may.
    /// Any text is accepted: FTS syntax in it is matched literally.
    /// </summary>
    public async Task<Page<SearchHitRecord>> SearchAsync(string text, PageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(request);
        SearchQuery query = SearchQuery.Parse(text);
        if (query.Words.Count == 0)
        {
            RankWindow.Of(request, 0);
            return Page<SearchHitRecord>.Empty;
        }

        await using DbConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        List<SearchHitRecord> exact = await ExactAsync(connection, query, cancellationToken).ConfigureAwait(false);
        if (Database.Backend is PostgresBackend)
        {
            return await PostgresSearch.PageAsync(Database, connection, query, exact, request, cancellationToken).ConfigureAwait(false);
        }

        long[] excluded = [.. exact.Select(h => h.EntityId * 4 + 2)];
        var phrases = new List<string>(query.Words.Count);
        foreach (SearchWord word in query.Words)
        {
            phrases.Add(word.Phrase(word.Match switch
            {
                WordMatch.Prefix => true,
                WordMatch.Whole => false,
                _ => !await IsIndexedAsync(connection, word, cancellationToken).ConfigureAwait(false),
            }));
        }

        string match = SearchQuery.AllOf(phrases);
        int matches = await CountAsync(connection, match, excluded, cancellationToken).ConfigureAwait(false);
        if (matches == 0 && phrases.Count > 1)
        {
            match = SearchQuery.AnyOf(phrases);
            matches = await CountAsync(connection, match, excluded, cancellationToken).ConfigureAwait(false);
        }

        int total = exact.Count + matches;
        (int start, int end) = RankWindow.Of(request, total);
        var items = new List<SearchHitRecord>(end - start);
        items.AddRange(exact.Take(end).Skip(start));
        int ftsStart = Math.Max(start, exact.Count);
        if (end > ftsStart)
        {
            items.AddRange(await RankedAsync(connection, match, excluded, ftsStart - exact.Count, end - ftsStart, cancellationToken).ConfigureAwait(false));
        }

        return new Page<SearchHitRecord>(items, RankWindow.Positions(start, items.Count), total, end < total, start > 0);
    }

    /// <summary>Studies whose DOI (case-insensitive) or PMID the query names, in id order.</summary>
    private async Task<List<SearchHitRecord>> ExactAsync(DbConnection connection, SearchQuery query, CancellationToken cancellationToken)
    {
        if (query.Dois.Count == 0 && query.Pmids.Count == 0)
        {
            return [];
        }

        var conditions = new List<string>();
        if (query.Dois.Count > 0)
        {
            // SQLite's doi column is COLLATE NOCASE; PostgreSQL's unique index is on lower(doi).
            conditions.Add(Database.Backend is PostgresBackend
                ? $"lower(s.doi) IN ({string.Join(", ", Parameters("doi", query.Dois.Count).Split(", ").Select(p => $"lower({p})"))})"
                : $"s.doi IN ({Parameters("doi", query.Dois.Count)})");
        }

        if (query.Pmids.Count > 0)
        {
            conditions.Add($"s.pmid IN ({Parameters("pmid", query.Pmids.Count)})");
        }

        return await QueryAsync(connection, null, $"""
            SELECT s.id, s.label, s.title, s.doi, s.pmid FROM studies s WHERE {string.Join(" OR ", conditions)} ORDER BY s.id
            """,
            c =>
            {
                Bind(c, "doi", query.Dois);
                Bind(c, "pmid", query.Pmids);
            },
            r =>
            {
                string label = r.GetString(1);
                string? title = r.IsDBNull(2) ? null : r.GetString(2);
                string? doi = r.IsDBNull(3) ? null : r.GetString(3);
                string? pmid = r.IsDBNull(4) ? null : r.GetString(4);
                string identifier = doi is not null && query.Dois.Contains(doi, StringComparer.OrdinalIgnoreCase) ? $"doi:[{doi}]" : $"PMID [{pmid}]";
                return new SearchHitRecord(EntityKind.Study, r.GetInt64(0), $"{identifier} {label}{(title is null ? string.Empty : ": " + title)}", ExactIdentifierScore);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether some row holds the word as a whole term (one index lookup).</summary>
    private async Task<bool> IsIndexedAsync(DbConnection connection, SearchWord word, CancellationToken cancellationToken)
    {
        await using DbCommand command = Database.CreateCommand(connection,
            "SELECT EXISTS (SELECT 1 FROM search_index WHERE search_index MATCH @word)");
        command.AddParameter("@word", word.Phrase(prefix: false));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 1;
    }

    private async Task<int> CountAsync(DbConnection connection, string match, long[] excluded, CancellationToken cancellationToken)
    {
        await using DbCommand command = Database.CreateCommand(connection,
            $"SELECT count(*) FROM search_index WHERE search_index MATCH @match{Excluding(excluded)}");
        command.AddParameter("@match", match);
        BindIds(command, excluded, "excluded");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Full-text matches <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="limit"/>: the newest
    /// <see cref="NmnDatabaseOptions.SearchRankingWindow"/> matches by bm25 (titles weigh double), then the rest newest first; then their
    /// snippets, worked out only for the rows on the page, not for every row the ranking reads.
    /// </summary>
    private async Task<List<SearchHitRecord>> RankedAsync(DbConnection connection, string match, long[] excluded, int offset, int limit,
        CancellationToken cancellationToken)
    {
        int window = Database.Options.SearchRankingWindow;
        var ranked = new List<(long RowId, double Rank)>(limit);
        if (offset < window)
        {
            ranked.AddRange(await WindowAsync($"""
                SELECT rowid, rank FROM (
                    SELECT rowid, bm25(search_index, 2.0, 1.0) AS rank FROM search_index
                    WHERE search_index MATCH @match{Excluding(excluded)}
                    ORDER BY rowid DESC LIMIT @window)
                ORDER BY rank, rowid LIMIT @limit OFFSET @offset
                """, offset, Math.Min(limit, window - offset)).ConfigureAwait(false));
        }

        int beyond = Math.Max(offset, window);
        if (offset + limit > beyond)
        {
            // The window is the first rows newest first, so the rest starts at the window's size.
            ranked.AddRange(await WindowAsync($"""
                SELECT rowid, bm25(search_index, 2.0, 1.0) FROM search_index
                WHERE search_index MATCH @match{Excluding(excluded)}
                ORDER BY rowid DESC LIMIT @limit OFFSET @offset
                """, beyond, offset + limit - beyond).ConfigureAwait(false));
        }

        if (ranked.Count == 0)
        {
            return [];
        }

        long[] rowIds = [.. ranked.Select(r => r.RowId)];
        List<(long RowId, string Snippet)> snippets = await QueryAsync(connection, null, $"""
            SELECT rowid, {Snippet} FROM search_index WHERE search_index MATCH @match AND rowid IN ({BindIds(null, rowIds, "row")})
            """,
            c =>
            {
                c.AddParameter("@match", match);
                BindIds(c, rowIds, "row");
            },
            r => (r.GetInt64(0), r.GetString(1)),
            cancellationToken).ConfigureAwait(false);
        Dictionary<long, string> snippetOf = snippets.ToDictionary(s => s.RowId, s => s.Snippet);

        // The index keys each row by entity: rowid = id * 4 + kind (1 article, 2 study, 3 claim).
        // bm25 is lower-is-better and negative; flip it so that higher is better.
        return [.. ranked.Select(r => new SearchHitRecord(
            (r.RowId % 4) switch
            {
                1 => EntityKind.Article,
                2 => EntityKind.Study,
                _ => EntityKind.Claim,
            },
            r.RowId / 4,
            snippetOf[r.RowId],
            -r.Rank))];

        Task<List<(long RowId, double Rank)>> WindowAsync(string sql, int start, int count) =>
            QueryAsync(connection, null, sql,
                c =>
                {
                    c.AddParameter("@match", match);
                    c.AddParameter("@limit", count);
                    c.AddParameter("@offset", start);
                    if (sql.Contains("@window", StringComparison.Ordinal))
                    {
                        c.AddParameter("@window", window);
                    }

                    BindIds(c, excluded, "excluded");
                },
                r => (r.GetInt64(0), r.GetDouble(1)),
                cancellationToken);
    }

    private static string Excluding(long[] excluded) =>
        excluded.Length == 0 ? string.Empty : $" AND rowid NOT IN ({BindIds(null, excluded, "excluded")})";

    private static string Parameters(string prefix, int count) =>
        string.Join(", ", Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"@{prefix}{i}")));

    private static void Bind(DbCommand command, string prefix, IReadOnlyList<string> values)
    {
        for (int i = 0; i < values.Count; i++)
        {
            command.AddParameter(string.Create(CultureInfo.InvariantCulture, $"@{prefix}{i}"), values[i]);
        }
    }
}
