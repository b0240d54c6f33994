using System.Data.Common;
using System.Globalization;
using System.Text;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store.Search;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Store.Postgres;

/// <summary>
/// SQLite's search (<see cref="SearchRepository"/>) on PostgreSQL, step for step, so that both engines find and
/// order the same hits: the index holds the words as FTS5's unicode61 tokenizer reads them (migration 8's
/// <c>search_fold</c>), each search word is a tsquery phrase (<c>'tnf' &lt;-&gt; 'α'</c>, a prefix ends in
/// <c>:*</c>), a plain word matches whole when some row holds it and as a prefix otherwise, the newest
/// <see cref="NmnDatabaseOptions.SearchRankingWindow"/> matches are ranked with FTS5's own bm25 and the rest follow
/// newest first; snippets are written as FTS5 writes them (<see cref="SearchSnippet"/>).
/// </summary>
internal static class PostgresSearch
{
    // bm25 as FTS5 computes it (fts5_aux.c): k1 = 1.2, b = 0.75; the title column weighs 2, the body 1, as the
    // SQLite ranking asks with bm25(search_index, 2.0, 1.0).
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double TitleWeight = 2.0;
    private const double BodyWeight = 1.0;

    /// <summary>The page of <paramref name="request"/>: <paramref name="exact"/> (the studies named by identifier) first, then the full-text matches.</summary>
    public static async Task<Page<SearchHitRecord>> PageAsync(NmnDatabase database, DbConnection connection, SearchQuery query,
        IReadOnlyList<SearchHitRecord> exact, PageRequest request, CancellationToken cancellationToken)
    {
        long[] excluded = [.. exact.Select(h => h.EntityId * 4 + 2)];
        string[] folded = await FoldAsync(database, connection, query.Words, cancellationToken).ConfigureAwait(false);
        var phrases = new List<Phrase>(query.Words.Count);
        for (int i = 0; i < folded.Length; i++)
        {
            string[] tokens = folded[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length == 0)
            {
                continue;
            }

            SearchWord word = query.Words[i];
            phrases.Add(new Phrase(tokens, word.Match switch
            {
                WordMatch.Prefix => true,
                WordMatch.Whole => false,
                _ => !await ExistsAsync(database, connection, new Phrase(tokens, false).TsQuery, cancellationToken).ConfigureAwait(false),
            }));
        }

        string match = AllOf(phrases);
        int matches = phrases.Count == 0 ? 0 : await CountAsync(database, connection, match, excluded, cancellationToken).ConfigureAwait(false);
        if (matches == 0 && phrases.Count > 1)
        {
            match = AnyOf(phrases);
            matches = await CountAsync(database, connection, match, excluded, cancellationToken).ConfigureAwait(false);
        }

        int total = exact.Count + matches;
        (int start, int end) = RankWindow.Of(request, total);
        var items = new List<SearchHitRecord>(end - start);
        items.AddRange(exact.Take(end).Skip(start));
        int ftsStart = Math.Max(start, exact.Count);
        if (end > ftsStart)
        {
            items.AddRange(await RankedAsync(database, connection, phrases, match, excluded, ftsStart - exact.Count, end - ftsStart, cancellationToken)
                .ConfigureAwait(false));
        }

        return new Page<SearchHitRecord>(items, RankWindow.Positions(start, items.Count), total, end < total, start > 0);
    }

    private static string AllOf(IEnumerable<Phrase> phrases) => string.Join(" & ", phrases.Select(p => "(" + p.TsQuery + ")"));

    private static string AnyOf(IEnumerable<Phrase> phrases) => string.Join(" | ", phrases.Select(p => "(" + p.TsQuery + ")"));

    /// <summary>Each word as the index holds its text: <c>search_fold</c>, so that words and rows are read by the same function.</summary>
    private static async Task<string[]> FoldAsync(NmnDatabase database, DbConnection connection, IReadOnlyList<SearchWord> words, CancellationToken cancellationToken)
    {
        await using DbCommand command = database.CreateCommand(connection,
            "SELECT array(SELECT search_fold(w) FROM unnest(@words) WITH ORDINALITY AS u(w, n) ORDER BY n)");
        command.AddParameter("@words", words.Select(w => w.Text).ToArray());
        return (string[])(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task<bool> ExistsAsync(NmnDatabase database, DbConnection connection, string tsQuery, CancellationToken cancellationToken)
    {
        await using DbCommand command = database.CreateCommand(connection,
            "SELECT EXISTS (SELECT 1 FROM search_index WHERE document @@ to_tsquery('simple', @match))");
        command.AddParameter("@match", tsQuery);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task<int> CountAsync(NmnDatabase database, DbConnection connection, string match, long[] excluded, CancellationToken cancellationToken)
    {
        await using DbCommand command = database.CreateCommand(connection,
            "SELECT count(*) FROM search_index WHERE document @@ to_tsquery('simple', @match) AND NOT (rowid = ANY(@excluded))");
        command.AddParameter("@match", match);
        command.AddParameter("@excluded", excluded);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Matches <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="limit"/>: the newest window's
    /// rows by bm25 (ties by rowid), then the rest newest first, as on SQLite; snippets only for the rows returned.
    /// </summary>
    private static async Task<List<SearchHitRecord>> RankedAsync(NmnDatabase database, DbConnection connection, IReadOnlyList<Phrase> phrases,
        string match, long[] excluded, int offset, int limit, CancellationToken cancellationToken)
    {
        int window = database.Options.SearchRankingWindow;
        Bm25 bm25 = await Bm25.ReadAsync(database, connection, phrases, cancellationToken).ConfigureAwait(false);
        var ranked = new List<(long RowId, double Score)>(limit);
        if (offset < window)
        {
            long[] newest = await RowIdsAsync(database, connection, match, excluded, 0, window, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<(long RowId, double Score)> scored = await ScoreAsync(database, connection, phrases, bm25, newest, cancellationToken).ConfigureAwait(false);
            ranked.AddRange(scored.OrderByDescending(r => r.Score).ThenBy(r => r.RowId).Skip(offset).Take(Math.Min(limit, window - offset)));
        }

        int beyond = Math.Max(offset, window);
        if (offset + limit > beyond)
        {
            long[] rest = await RowIdsAsync(database, connection, match, excluded, beyond, offset + limit - beyond, cancellationToken).ConfigureAwait(false);
            Dictionary<long, double> scores = (await ScoreAsync(database, connection, phrases, bm25, rest, cancellationToken).ConfigureAwait(false))
                .ToDictionary(r => r.RowId, r => r.Score);
            ranked.AddRange(rest.Select(r => (r, scores[r])));
        }

        if (ranked.Count == 0)
        {
            return [];
        }

        Dictionary<long, string> snippets = await SnippetsAsync(database, connection, phrases, [.. ranked.Select(r => r.RowId)], cancellationToken).ConfigureAwait(false);
        return [.. ranked.Select(r => SearchRowId.Hit(r.RowId, snippets[r.RowId], r.Score))];
    }

    /// <summary>The matching rows newest first (rowid descending), <paramref name="count"/> from <paramref name="skip"/> on.</summary>
    private static async Task<long[]> RowIdsAsync(NmnDatabase database, DbConnection connection, string match, long[] excluded, int skip, int count,
        CancellationToken cancellationToken)
    {
        await using DbCommand command = database.CreateCommand(connection, """
            SELECT rowid FROM search_index WHERE document @@ to_tsquery('simple', @match) AND NOT (rowid = ANY(@excluded))
            ORDER BY rowid DESC LIMIT @limit OFFSET @offset
            """);
        command.AddParameter("@match", match);
        command.AddParameter("@excluded", excluded);
        command.AddParameter("@limit", count);
        command.AddParameter("@offset", skip);
        var rows = new List<long>(count);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(reader.GetInt64(0));
        }

        return [.. rows];
    }

    /// <summary>
    /// bm25 of each row: every phrase's weighted hits (title hits count <see cref="TitleWeight"/>, body hits
    /// <see cref="BodyWeight"/>) read from the row's tsvector positions, and the row's word count.
    /// </summary>
    private static async Task<IReadOnlyList<(long RowId, double Score)>> ScoreAsync(NmnDatabase database, DbConnection connection,
        IReadOnlyList<Phrase> phrases, Bm25 bm25, long[] rowIds, CancellationToken cancellationToken)
    {
        if (rowIds.Length == 0)
        {
            return [];
        }

        await using DbCommand command = database.CreateCommand(connection, string.Empty);
        var sql = new StringBuilder("SELECT si.rowid, si.tokens");
        for (int i = 0; i < phrases.Count; i++)
        {
            sql.Append(", ").Append(phrases[i].HitsSql(command, i));
        }

        sql.Append(" FROM search_index si WHERE si.rowid = ANY(@rows)");
        command.CommandText = sql.ToString();
        command.AddParameter("@rows", rowIds);
        var scores = new List<(long, double)>(rowIds.Length);
        var hits = new double[phrases.Count];
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            for (int i = 0; i < hits.Length; i++)
            {
                hits[i] = reader.GetDouble(i + 2);
            }

            scores.Add((reader.GetInt64(0), bm25.Score(hits, reader.GetInt32(1))));
        }

        return scores;
    }

    /// <summary>The rows' snippets, written as FTS5 writes them (<see cref="SearchSnippet"/>).</summary>
    private static async Task<Dictionary<long, string>> SnippetsAsync(NmnDatabase database, DbConnection connection, IReadOnlyList<Phrase> phrases,
        long[] rowIds, CancellationToken cancellationToken)
    {
        await using DbCommand command = database.CreateCommand(connection, "SELECT rowid, title, body FROM search_index WHERE rowid = ANY(@rows)");
        command.AddParameter("@rows", rowIds);
        (string[], bool)[] tokens = [.. phrases.Select(p => (p.Tokens, p.Prefix))];
        var snippets = new Dictionary<long, string>(rowIds.Length);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            snippets[reader.GetInt64(0)] = SearchSnippet.Write([reader.GetString(1), reader.GetString(2)], tokens);
        }

        return snippets;
    }

    /// <summary>One search word as a tsquery phrase of its folded tokens; a prefix phrase's last token matches as a prefix.</summary>
    private sealed record Phrase(string[] Tokens, bool Prefix)
    {
        public string TsQuery => string.Join(" <-> ", Tokens.Select(Quote)) + (Prefix ? ":*" : string.Empty);

        /// <summary>
        /// The phrase's weighted hits in row <c>si</c>: the positions of its first token where the next tokens follow
        /// one by one, each counted by its column's weight (tsvector weight A is the title, B the body).
        /// </summary>
        public string HitsSql(DbCommand command, int index)
        {
            var sql = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"(SELECT coalesce(sum(CASE p0.w WHEN 'A' THEN {TitleWeight:R} ELSE {BodyWeight:R} END), 0)::float8 ")
                .Append("FROM unnest(si.document) l0, unnest(l0.positions, l0.weights) AS p0(pos, w) WHERE ")
                .Append(Matches("l0", index, 0, command));
            for (int t = 1; t < Tokens.Length; t++)
            {
                sql.Append(CultureInfo.InvariantCulture,
                    $" AND EXISTS (SELECT 1 FROM unnest(si.document) l{t} WHERE {Matches($"l{t}", index, t, command)} AND p0.pos + {t} = ANY(l{t}.positions))");
            }

            return sql.Append(')').ToString();
        }

        private string Matches(string lexeme, int index, int token, DbCommand command)
        {
            string name = string.Create(CultureInfo.InvariantCulture, $"@p{index}t{token}");
            command.AddParameter(name, Tokens[token]);
            return Prefix && token == Tokens.Length - 1 ? $"starts_with({lexeme}.lexeme, {name})" : $"{lexeme}.lexeme = {name}";
        }

        // Folded tokens hold only letters and digits; quoting keeps any other text a lexeme all the same.
        private static string Quote(string token) => "'" + token.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <summary>FTS5's bm25 for one query: the table's row count and average word count, and each phrase's IDF.</summary>
    private sealed class Bm25
    {
        private readonly double _averageWords;
        private readonly double[] _idf;

        private Bm25(double averageWords, double[] idf)
        {
            _averageWords = averageWords;
            _idf = idf;
        }

        public static async Task<Bm25> ReadAsync(NmnDatabase database, DbConnection connection, IReadOnlyList<Phrase> phrases, CancellationToken cancellationToken)
        {
            await using DbCommand command = database.CreateCommand(connection, string.Empty);
            var sql = new StringBuilder("SELECT count(*), coalesce(sum(tokens), 0)");
            for (int i = 0; i < phrases.Count; i++)
            {
                string name = string.Create(CultureInfo.InvariantCulture, $"@phrase{i}");
                command.AddParameter(name, phrases[i].TsQuery);
                sql.Append(CultureInfo.InvariantCulture, $", (SELECT count(*) FROM search_index WHERE document @@ to_tsquery('simple', {name}))");
            }

            command.CommandText = sql.Append(" FROM search_index").ToString();
            await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            double rows = reader.GetInt64(0);
            double words = reader.GetInt64(1);
            var idf = new double[phrases.Count];
            for (int i = 0; i < idf.Length; i++)
            {
                double hits = reader.GetInt64(i + 2);
                idf[i] = Math.Log((rows - hits + 0.5) / (hits + 0.5));
                if (idf[i] <= 0.0)
                {
                    idf[i] = 1e-6;
                }
            }

            return new Bm25(rows == 0 ? 0 : words / rows, idf);
        }

        /// <summary>The row's score, higher is better (FTS5's bm25() negated, as SQLite's search reports it).</summary>
        public double Score(double[] hits, int words)
        {
            double score = 0.0;
            for (int i = 0; i < hits.Length; i++)
            {
                score += _idf[i] * (hits[i] * (K1 + 1.0) / (hits[i] + K1 * (1 - B + B * words / _averageWords)));
            }

            return score;
        }
    }
}
