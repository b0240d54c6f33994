using System.Globalization;
using System.Data.Common;
using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store;

/// <summary>
/// Prepared insert statements inside one transaction, reused row after row (seeding, import, generation).
/// Ids may be given explicitly (generation, restore) or left to the engine.
/// </summary>
internal sealed class StoreWriter : IDisposable
{
    private readonly NmnDatabase _database;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    public StoreWriter(NmnDatabase database, DbConnection connection, DbTransaction transaction)
    {
        _database = database;
        _connection = connection;
        _transaction = transaction;
    }

    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public long InsertTopic(long? id, string slug, string label, long? parentId) => Insert(
        "INSERT INTO topics (id, slug, label, parent_id) VALUES (@id, @slug, @label, @parent) RETURNING id",
        id, ("@slug", slug), ("@label", label), ("@parent", parentId));

    public long InsertArticle(long? id, string slug, string? title, string? author, string? publisher, DateOnly? publishedOn, string? column,
        string? sourceUrl, string text, string contentHash, DateTimeOffset importedAt) => Insert(
        """
        INSERT INTO articles (id, slug, title, author, publisher, published_on, column_name, source_url, text, content_hash, imported_at)
        VALUES (@id, @slug, @title, @author, @publisher, @published, @column, @url, @text, @hash, @imported) RETURNING id
        """,
        id, ("@slug", slug), ("@title", Rows.StoredTitle(title)), ("@author", author), ("@publisher", publisher),
        ("@published", publishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("@column", column), ("@url", sourceUrl),
        ("@text", text), ("@hash", contentHash), ("@imported", Timestamp(importedAt)));

    public void InsertBlock(long articleId, int index, BlockKind kind, string text, int start, int end) => Execute(
        "INSERT INTO blocks (article_id, idx, kind, start, \"end\", text) VALUES (@article, @idx, @kind, @start, @end, @text)",
        ("@article", articleId), ("@idx", index), ("@kind", EnumText.ToText(kind)), ("@start", start), ("@end", end), ("@text", text));

    public long InsertStudy(long? id, StudyRecord study) => Insert(
        """
        INSERT INTO studies (id, slug, label, title, authors, journal, year, volume, issue, pages, doi, pmid, institutions,
            design_summary, design_in_vitro, design_animal, design_species, design_dose, design_route, design_duration, design_human_trial,
            findings, evidence_levels, verification_status, verification_note, verification_sources)
        VALUES (@id, @slug, @label, @title, @authors, @journal, @year, @volume, @issue, @pages, @doi, @pmid, @institutions,
            @summary, @inVitro, @animal, @species, @dose, @route, @duration, @humanTrial,
            @findings, @levels, @status, @note, @sources) RETURNING id
        """,
        id, ("@slug", study.Slug), ("@label", study.Label), ("@title", study.Title), ("@authors", JsonLists.Write(study.Authors)),
        ("@journal", study.Journal), ("@year", study.Year), ("@volume", study.Volume), ("@issue", study.Issue), ("@pages", study.Pages),
        ("@doi", study.Doi), ("@pmid", study.Pmid), ("@institutions", JsonLists.Write(study.Institutions)),
        ("@summary", study.Design.Summary), ("@inVitro", study.Design.InVitro), ("@animal", study.Design.Animal),
        ("@species", study.Design.Species), ("@dose", study.Design.Dose), ("@route", study.Design.Route),
        ("@duration", study.Design.Duration), ("@humanTrial", study.Design.HumanTrial ? 1 : 0),
        ("@findings", JsonLists.Write(study.Findings)), ("@levels", JsonLists.Write(study.EvidenceLevels.Select(EnumText.ToText))),
        ("@status", EnumText.ToText(study.Verification.Status)), ("@note", study.Verification.Note),
        ("@sources", JsonLists.Write(study.Verification.Sources)));

    public void InsertStudyTopic(long studyId, long topicId) => Execute(
        "INSERT INTO study_topics (study_id, topic_id) VALUES (@study, @topic) ON CONFLICT DO NOTHING", ("@study", studyId), ("@topic", topicId));

    public long InsertCitation(long? id, long articleId, long studyId, CitationMode mode, string text, int start, int end) => Insert(
        "INSERT INTO citations (id, article_id, study_id, mode, text, start, \"end\") VALUES (@id, @article, @study, @mode, @text, @start, @end) RETURNING id",
        id, ("@article", articleId), ("@study", studyId), ("@mode", EnumText.ToText(mode)), ("@text", text), ("@start", start), ("@end", end));

    public long InsertClaim(long? id, string slug, string statement, ClaimKind kind, bool aboutNmn, EvidenceLevel level, EvidenceLevel? curatedLevel,
        IReadOnlyList<string> caveats) => Insert(
        """
        INSERT INTO claims (id, slug, statement, kind, about_nmn, evidence_level, curated_level, caveats)
        VALUES (@id, @slug, @statement, @kind, @about, @level, @curated, @caveats) RETURNING id
        """,
        id, ("@slug", slug), ("@statement", statement), ("@kind", EnumText.ToText(kind)), ("@about", aboutNmn ? 1 : 0),
        ("@level", EnumText.ToText(level)), ("@curated", curatedLevel is { } curated ? EnumText.ToText(curated) : null),
        ("@caveats", JsonLists.Write(caveats)));

    public void InsertClaimTopic(long claimId, long topicId) => Execute(
        "INSERT INTO claim_topics (claim_id, topic_id) VALUES (@claim, @topic) ON CONFLICT DO NOTHING", ("@claim", claimId), ("@topic", topicId));

    public long InsertMention(long? id, long claimId, long articleId, int start, int end, string quote) => Insert(
        "INSERT INTO mentions (id, claim_id, article_id, start, \"end\", quote) VALUES (@id, @claim, @article, @start, @end, @quote) RETURNING id",
        id, ("@claim", claimId), ("@article", articleId), ("@start", start), ("@end", end), ("@quote", quote));

    public long InsertEvidence(long? id, long claimId, long studyId, Stance stance, EvidenceLevel level, string? note, EvidenceVerification verification) => Insert(
        """
        INSERT INTO evidence (id, claim_id, study_id, stance, level, note, verification)
        VALUES (@id, @claim, @study, @stance, @level, @note, @verification) RETURNING id
        """,
        id, ("@claim", claimId), ("@study", studyId), ("@stance", EnumText.ToText(stance)), ("@level", EnumText.ToText(level)), ("@note", note),
        ("@verification", EnumText.ToText(verification)));

    public long InsertCorrection(long? id, string slug, long articleId, int start, int end, string original, string likelyIntended,
        Confidence confidence, string? rationale) => Insert(
        """
        INSERT INTO corrections (id, slug, article_id, start, "end", original, likely_intended, confidence, rationale)
        VALUES (@id, @slug, @article, @start, @end, @original, @intended, @confidence, @rationale) RETURNING id
        """,
        id, ("@slug", slug), ("@article", articleId), ("@start", start), ("@end", end), ("@original", original),
        ("@intended", likelyIntended), ("@confidence", EnumText.ToText(confidence)), ("@rationale", rationale));

    /// <summary>Whether <c>store_meta</c> holds <paramref name="key"/> (what was done once to this database: seeding, curation).</summary>
    public bool HasMeta(string key)
    {
        DbCommand command = Prepare("SELECT CASE WHEN EXISTS (SELECT 1 FROM store_meta WHERE key = @key) THEN 1 ELSE 0 END");
        Bind(command, [("@key", key)]);
        _database.NoteStatement();
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
    }

    public void InsertMeta(string key, string value) => Execute(
        "INSERT INTO store_meta (key, value) VALUES (@key, @value)", ("@key", key), ("@value", value));

    /// <summary>Gives the claim <paramref name="claimSlug"/> a curated level, which is then its level.</summary>
    public void SetCuratedLevel(string claimSlug, string level) => Execute(
        "UPDATE claims SET curated_level = @level, evidence_level = @level WHERE slug = @slug", ("@level", level), ("@slug", claimSlug));

    /// <summary>Sets the verification of the evidence link between a claim and a study at one level (all by slug or name).</summary>
    public void SetLinkVerification(string claimSlug, string studySlug, string level, string verification) => Execute(
        """
        UPDATE evidence SET verification = @verification
        WHERE claim_id = (SELECT id FROM claims WHERE slug = @claim) AND study_id = (SELECT id FROM studies WHERE slug = @study) AND level = @level
        """,
        ("@verification", verification), ("@claim", claimSlug), ("@study", studySlug), ("@level", level));

    public void Dispose()
    {
        foreach (DbCommand command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }

    private long Insert(string sql, long? id, params (string Name, object? Value)[] values)
    {
        // Without an explicit id the column is left out, so that the engine assigns one (SQLite's rowid,
        // PostgreSQL's identity, which an explicit NULL would not trigger).
        DbCommand command = Prepare(id is null ? sql.Replace("(id, ", "(", StringComparison.Ordinal).Replace("(@id, ", "(", StringComparison.Ordinal) : sql);
        Bind(command, values);
        if (id is { } explicitId)
        {
            command.SetParameter("@id", explicitId);
        }

        _database.NoteStatement();
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Execute(string sql, params (string Name, object? Value)[] values)
    {
        DbCommand command = Prepare(sql);
        Bind(command, values);
        _database.NoteStatement();
        command.ExecuteNonQuery();
    }

    private DbCommand Prepare(string sql)
    {
        if (!_commands.TryGetValue(sql, out DbCommand? command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = _transaction;
            _commands[sql] = command;
        }

        return command;
    }

    private static void Bind(DbCommand command, (string Name, object? Value)[] values)
    {
        foreach ((string name, object? value) in values)
        {
            command.SetParameter(name, value);
        }
    }
}
