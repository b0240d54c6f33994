using System.Globalization;
using System.Text;
using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store.Querying;

/// <summary>Translates filter records into parameterized SQL conditions over aliases <c>a</c>, <c>s</c> and <c>c</c>.</summary>
internal static class FilterSql
{
    public static string Article(ArticleFilter? filter, SqlParameters parameters)
    {
        if (filter is null)
        {
            return "1 = 1";
        }

        var parts = new List<string>();
        AddString(parts, "a.title", filter.Title, parameters);
        AddString(parts, "a.text", filter.Text, parameters);
        AddString(parts, "a.author", filter.Author, parameters);
        if (filter.PublishedOn?.From is { } from)
        {
            parts.Add($"a.published_on >= {parameters.Add(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");
        }

        if (filter.PublishedOn?.To is { } to)
        {
            parts.Add($"a.published_on <= {parameters.Add(to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");
        }

        if (filter.Topic is { } topic)
        {
            parts.Add($"""
                EXISTS (SELECT 1 FROM mentions m JOIN claim_topics ct ON ct.claim_id = m.claim_id
                        JOIN topics t ON t.id = ct.topic_id WHERE m.article_id = a.id AND t.slug = {parameters.Add(topic)})
                """);
        }

        if (filter.CitesStudy is { } study)
        {
            parts.Add($"EXISTS (SELECT 1 FROM citations ci WHERE ci.article_id = a.id AND ci.study_id = {parameters.Add(study)})");
        }

        AddCombined(parts, filter.And, filter.Or, f => Article(f, parameters));
        return Join(parts);
    }

    public static string Study(StudyFilter? filter, SqlParameters parameters)
    {
        if (filter is null)
        {
            return "1 = 1";
        }

        var parts = new List<string>();
        AddString(parts, "s.title", filter.Title, parameters);
        AddString(parts, "s.journal", filter.Journal, parameters);
        if (filter.Year is { } year)
        {
            parts.Add($"s.year = {parameters.Add(year)}");
        }

        if (filter.HasDoi is { } hasDoi)
        {
            parts.Add(hasDoi ? "s.doi IS NOT NULL" : "s.doi IS NULL");
        }

        if (filter.Verification is { } verification)
        {
            parts.Add($"s.verification_status = {parameters.Add(EnumText.ToText(verification))}");
        }

        if (filter.EvidenceLevel is { } studyLevel)
        {
            // evidence_levels is a JSON array of level names; a quoted name matches only itself.
            parts.Add($"s.evidence_levels {parameters.Backend.Like} {parameters.Add("%\"" + EscapeLike(EnumText.ToText(studyLevel)) + "\"%")} ESCAPE '\\'");
        }

        if (filter.Topic is { } topic)
        {
            parts.Add($"""
                EXISTS (SELECT 1 FROM study_topics st JOIN topics t ON t.id = st.topic_id
                        WHERE st.study_id = s.id AND t.slug = {parameters.Add(topic)})
                """);
        }

        AddCombined(parts, filter.And, filter.Or, f => Study(f, parameters));
        return Join(parts);
    }

    public static string Claim(ClaimFilter? filter, SqlParameters parameters)
    {
        if (filter is null)
        {
            return "1 = 1";
        }

        var parts = new List<string>();
        AddString(parts, "c.statement", filter.Statement, parameters);
        if (filter.Kind is { } kind)
        {
            parts.Add($"c.kind = {parameters.Add(EnumText.ToText(kind))}");
        }

        if (filter.EvidenceLevel is { } level)
        {
            parts.Add($"c.evidence_level = {parameters.Add(EnumText.ToText(level))}");
        }

        if (filter.EvidenceVerification is { } verification)
        {
            // As Claim.evidenceVerification computes it: the best-checked link at the claim's own level is this one.
            string rank = Rank<EvidenceVerification>("e.verification");
            parts.Add($"""
                {LevelRank("c.evidence_level")} <= {(int)Domain.EvidenceLevel.InVitro}
                AND EXISTS (SELECT 1 FROM evidence e WHERE e.claim_id = c.id AND e.level = c.evidence_level AND e.verification = {parameters.Add(EnumText.ToText(verification))})
                AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.claim_id = c.id AND e.level = c.evidence_level AND {rank} < {(int)verification})
                """);
        }

        if (filter.AboutNmn is { } aboutNmn)
        {
            parts.Add($"c.about_nmn = {parameters.Add(aboutNmn ? 1 : 0)}");
        }

        if (filter.Topic is { } topic)
        {
            parts.Add($"""
                EXISTS (SELECT 1 FROM claim_topics ct JOIN topics t ON t.id = ct.topic_id
                        WHERE ct.claim_id = c.id AND t.slug = {parameters.Add(topic)})
                """);
        }

        if (filter.Article is { } article)
        {
            parts.Add($"EXISTS (SELECT 1 FROM mentions m WHERE m.claim_id = c.id AND m.article_id = {parameters.Add(article)})");
        }

        if (filter.Study is { } study)
        {
            parts.Add($"EXISTS (SELECT 1 FROM evidence e WHERE e.claim_id = c.id AND e.study_id = {parameters.Add(study)})");
        }

        AddCombined(parts, filter.And, filter.Or, f => Claim(f, parameters));
        return Join(parts);
    }

    /// <summary>An article's date as a key that is never null: undated articles sort before every date.</summary>
    public const string ArticleDate = "coalesce(a.published_on, '')";

    /// <summary>Publication order with undated articles last (<c>Claim.articles</c>, <c>Study.citedBy</c>…).</summary>
    public static KeysetOrder ArticlesByPublication { get; } = new([new("coalesce(a.published_on, '~')", false), new("a.id", false)]);

    public static KeysetOrder ArticleOrderBy(IReadOnlyList<ArticleOrder>? order, StoreBackend backend)
    {
        if (order is null || order.Count == 0)
        {
            // Newest first; undated articles last (ix_articles_by_date read backwards).
            return new([new(ArticleDate, true), new("a.id", true)]);
        }

        return Keyset(order.Select(o => (o.Field switch
        {
            ArticleOrderField.Title => backend.NoCase("a.title"),
            _ => ArticleDate,
        }, o.Direction)), "a.id");
    }

    public static KeysetOrder StudyOrderBy(IReadOnlyList<StudyOrder>? order, StoreBackend backend) =>
        Keyset((order ?? []).Select(o => (o.Field switch
        {
            StudyOrderField.Title => backend.NoCase("coalesce(s.title, s.label)"),

            // Studies of unknown year sort before every year, as NULL does.
            _ => "coalesce(s.year, -1)",
        }, o.Direction)), "s.id");

    public static KeysetOrder ClaimOrderBy(IReadOnlyList<ClaimOrder>? order, StoreBackend backend) =>
        Keyset((order ?? []).Select(o => (o.Field switch
        {
            ClaimOrderField.Statement => backend.NoCase("c.statement"),
            _ => LevelRank("c.evidence_level"),
        }, o.Direction)), "c.id");

    /// <summary>An expression ranking a stored evidence level by strength (0 = strongest).</summary>
    public static string LevelRank(string column) => Rank<EvidenceLevel>(column);

    /// <summary>An expression ranking a stored enum value by its declaration order (0 = first).</summary>
    private static string Rank<T>(string column)
        where T : struct, Enum
    {
        var builder = new StringBuilder("CASE ").Append(column);
        foreach (T value in Enum.GetValues<T>())
        {
            builder.Append(CultureInfo.InvariantCulture, $" WHEN '{EnumText.ToText(value)}' THEN {Convert.ToInt32(value, CultureInfo.InvariantCulture)}");
        }

        return builder.Append(" ELSE 99 END").ToString();
    }

    /// <summary>The keys, then the id in the direction of the last key (so that one index serves both directions).</summary>
    private static KeysetOrder Keyset(IEnumerable<(string Expression, SortDirection Direction)> keys, string idColumn)
    {
        var list = keys.Select(k => new SortKey(k.Expression, k.Direction == SortDirection.Descending)).ToList();
        list.Add(new SortKey(idColumn, list.Count > 0 && list[^1].Descending));
        return new KeysetOrder(list);
    }

    private static void AddString(List<string> parts, string column, StringFilter? filter, SqlParameters parameters)
    {
        if (filter is null)
        {
            return;
        }

        if (filter.Eq is { } eq)
        {
            parts.Add($"{parameters.Backend.NoCase(column)} = {parameters.Backend.NoCase(parameters.Add(eq))}");
        }

        if (filter.Contains is { } contains)
        {
            parts.Add($"{column} {parameters.Backend.Like} {parameters.Add("%" + EscapeLike(contains) + "%")} ESCAPE '\\'");
        }

        if (filter.StartsWith is { } startsWith)
        {
            parts.Add($"{column} {parameters.Backend.Like} {parameters.Add(EscapeLike(startsWith) + "%")} ESCAPE '\\'");
        }
    }

    private static void AddCombined<T>(List<string> parts, IReadOnlyList<T>? and, IReadOnlyList<T>? or, Func<T, string> translate)
    {
        if (and is { Count: > 0 })
        {
            parts.Add("(" + string.Join(" AND ", and.Select(f => "(" + translate(f) + ")")) + ")");
        }

        if (or is { Count: > 0 })
        {
            parts.Add("(" + string.Join(" OR ", or.Select(f => "(" + translate(f) + ")")) + ")");
        }
    }

    private static string Join(List<string> parts) => parts.Count == 0 ? "1 = 1" : string.Join(" AND ", parts.Select(p => "(" + p + ")"));

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
