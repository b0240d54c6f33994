using System.Globalization;
using Microsoft.Data.Sqlite;
using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store;

/// <summary>Column lists and row readers shared by the repositories; each reader starts at a column offset.</summary>
internal static class Rows
{
    public const string ArticleColumns =
        "a.id, a.slug, a.title, a.author, a.publisher, a.published_on, a.column_name, a.source_url, a.text, a.content_hash, a.imported_at";

    public const string StudyColumns =
        "s.id, s.slug, s.label, s.title, s.authors, s.journal, s.year, s.volume, s.issue, s.pages, s.doi, s.pmid, s.institutions, " +
        "s.design_summary, s.design_in_vitro, s.design_animal, s.design_species, s.design_dose, s.design_route, s.design_duration, " +
        "s.design_human_trial, s.findings, s.evidence_levels, s.verification_status, s.verification_note, s.verification_sources";

    public const string ClaimColumns = "c.id, c.slug, c.statement, c.kind, c.about_nmn, c.evidence_level, c.caveats, c.curated_level IS NOT NULL";

    public const string TopicColumns = "t.id, t.slug, t.label, t.parent_id";

    public const string MentionColumns = "m.id, m.claim_id, m.article_id, m.quote, m.start, m.\"end\"";

    public const string EvidenceColumns = "e.id, e.claim_id, e.study_id, e.stance, e.level, e.note, e.verification";

    public const string CitationColumns = "ci.id, ci.article_id, ci.study_id, ci.mode, ci.text, ci.start, ci.\"end\"";

    public const string CorrectionColumns =
        "co.id, co.slug, co.article_id, co.original, co.likely_intended, co.start, co.\"end\", co.confidence, co.rationale";

    // articles.title is NOT NULL since version 1 and migrations only add, so an article without a title stores ''.
    public static string StoredTitle(string? title) => title ?? string.Empty;

    public static ArticleRecord Article(SqliteDataReader r, int o = 0) => new(
        r.GetInt64(o),
        r.GetString(o + 1),
        r.GetString(o + 2) is { Length: > 0 } title ? title : null,
        String(r, o + 3),
        String(r, o + 4),
        String(r, o + 5) is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        String(r, o + 6),
        String(r, o + 7),
        r.GetString(o + 8),
        r.GetString(o + 9),
        DateTimeOffset.Parse(r.GetString(o + 10), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));

    public static StudyRecord Study(SqliteDataReader r, int o = 0) => new(
        r.GetInt64(o),
        r.GetString(o + 1),
        r.GetString(o + 2),
        String(r, o + 3),
        JsonLists.Read(r.GetString(o + 4)),
        String(r, o + 5),
        r.IsDBNull(o + 6) ? null : r.GetInt32(o + 6),
        String(r, o + 7),
        String(r, o + 8),
        String(r, o + 9),
        String(r, o + 10),
        String(r, o + 11),
        JsonLists.Read(r.GetString(o + 12)),
        new StudyDesignRecord(
            r.GetString(o + 13),
            String(r, o + 14),
            String(r, o + 15),
            String(r, o + 16),
            String(r, o + 17),
            String(r, o + 18),
            String(r, o + 19),
            r.GetInt64(o + 20) != 0),
        JsonLists.Read(r.GetString(o + 21)),
        JsonLists.Read(r.GetString(o + 22)).Select(EnumText.Parse<EvidenceLevel>).ToList(),
        new VerificationRecord(
            EnumText.Parse<VerificationStatus>(r.GetString(o + 23)),
            String(r, o + 24),
            JsonLists.Read(r.GetString(o + 25))));

    public static ClaimRecord Claim(SqliteDataReader r, int o = 0) => new(
        r.GetInt64(o),
        r.GetString(o + 1),
        r.GetString(o + 2),
        EnumText.Parse<ClaimKind>(r.GetString(o + 3)),
        r.GetInt64(o + 4) != 0,
        EnumText.Parse<EvidenceLevel>(r.GetString(o + 5)),
        JsonLists.Read(r.GetString(o + 6)),
        r.GetInt64(o + 7) != 0);

    public static TopicRecord Topic(SqliteDataReader r, int o = 0) => new(
        r.GetInt64(o),
        r.GetString(o + 1),
        r.GetString(o + 2),
        r.IsDBNull(o + 3) ? null : r.GetInt64(o + 3));

    public static ClaimMentionRecord Mention(SqliteDataReader r, int o = 0) => new(
        r.GetInt64(o),
        r.GetInt64(o + 1),
        r.GetInt64(o + 2),
        r.GetString(o + 3),
        r.GetInt32(o + 4),
        r.GetInt32(o + 5));

    public static EvidenceRecord Evidence(SqliteDataReader r, int o = 0) => new(
        r.GetInt64(o),
        r.GetInt64(o + 1),
        r.GetInt64(o + 2),
        EnumText.Parse<Stance>(r.GetString(o + 3)),
        EnumText.Parse<EvidenceLevel>(r.GetString(o + 4)),
        String(r, o + 5),
        EnumText.Parse<EvidenceVerification>(r.GetString(o + 6)));

    public static CitationRecord Citation(SqliteDataReader r, int o = 0) => new(
        r.GetInt64(o),
        r.GetInt64(o + 1),
        r.GetInt64(o + 2),
        EnumText.Parse<CitationMode>(r.GetString(o + 3)),
        r.GetString(o + 4),
        r.GetInt32(o + 5),
        r.GetInt32(o + 6));

    public static CorrectionRecord Correction(SqliteDataReader r, int o = 0) => new(
        r.GetInt64(o),
        r.GetString(o + 1),
        r.GetInt64(o + 2),
        r.GetString(o + 3),
        r.GetString(o + 4),
        r.GetInt32(o + 5),
        r.GetInt32(o + 6),
        EnumText.Parse<Confidence>(r.GetString(o + 7)),
        String(r, o + 8));

    public static BlockRecord Block(SqliteDataReader r, int o = 0) => new(
        r.GetInt64(o),
        r.GetInt32(o + 1),
        EnumText.Parse<BlockKind>(r.GetString(o + 2)),
        r.GetString(o + 3),
        r.GetInt32(o + 4),
        r.GetInt32(o + 5));

    private static string? String(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);
}
