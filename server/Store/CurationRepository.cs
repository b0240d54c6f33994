using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store;

/// <summary>
/// Curation writes. Each call is one transaction: it either commits whole or leaves nothing behind, and
/// raises <see cref="NmnDatabase.Changed"/> only after the commit.
/// </summary>
public sealed class CurationRepository : RepositoryBase
{
    internal CurationRepository(NmnDatabase database)
        : base(database)
    {
    }

    /// <summary>SHA-256 of the text (UTF-8), lower-case hex: the identity that makes imports idempotent.</summary>
    public static string ContentHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// Stores an article as the importer read it. An identical text already stored is returned with
    /// <c>Created = false</c>. Each citation links the study stored under its DOI or PMID; one without such a
    /// study stores the citation's <see cref="NewCitation.IfUnknown"/> study first, or is dropped when there is none.
    /// </summary>
    public async Task<ImportResult> StoreArticleAsync(NewArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        string hash = ContentHash(article.Text);
        await using SqliteConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using SqliteTransaction transaction = connection.BeginTransaction();
        long? existing = await ScalarAsync(connection, transaction, "SELECT id FROM articles WHERE content_hash = @hash", cancellationToken, ("@hash", hash)).ConfigureAwait(false);
        if (existing is { } existingId)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return new ImportResult((await Database.Articles.GetByIdAsync(existingId, cancellationToken).ConfigureAwait(false))!, false, []);
        }

        // An article without a title is named by its content hash, which is as stable as the text.
        string baseSlug = Slugs.From(article.Title ?? $"article {hash[..8]}");
        string slug = await UniqueSlugAsync(connection, transaction, "articles", baseSlug, cancellationToken).ConfigureAwait(false);
        long articleId;
        var cited = new List<(NewCitation Citation, long StudyId, bool Created)>();
        using (var writer = new StoreWriter(Database, connection, transaction))
        {
            articleId = writer.InsertArticle(null, slug, article.Title, article.Author, null, article.PublishedOn, article.Column, article.SourceUrl,
                article.Text, hash, DateTimeOffset.UtcNow);
            for (int i = 0; i < article.Blocks.Count; i++)
            {
                NewBlock block = article.Blocks[i];
                writer.InsertBlock(articleId, i, block.Kind, article.Text[block.Start..block.End], block.Start, block.End);
            }

            foreach (NewCitation citation in article.Citations)
            {
                long? studyId = await FindStudyAsync(connection, transaction, citation.Doi, citation.Pmid, cancellationToken).ConfigureAwait(false);
                bool created = false;
                if (studyId is null && citation.IfUnknown is { } unknown)
                {
                    string studySlug = await UniqueSlugAsync(connection, transaction, "studies", unknown.Slug, cancellationToken).ConfigureAwait(false);
                    studyId = writer.InsertStudy(null, unknown with { Slug = studySlug });
                    created = true;
                }

                if (studyId is { } id)
                {
                    writer.InsertCitation(null, articleId, id, citation.Mode, article.Text[citation.Start..citation.End], citation.Start, citation.End);
                    cited.Add((citation, id, created));
                }
            }
        }

        Database.Options.InsideImportTransaction?.Invoke(slug);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var changes = new List<CorpusChange> { new(ChangeKind.Created, EntityKind.Article, articleId, DateTimeOffset.UtcNow) };
        changes.AddRange(cited.Where(c => c.Created).Select(c => new CorpusChange(ChangeKind.Created, EntityKind.Study, c.StudyId, DateTimeOffset.UtcNow)));
        Database.RaiseChanged(changes);
        IReadOnlyDictionary<long, StudyRecord> studies = await Database.Studies.GetByIdsAsync([.. cited.Select(c => c.StudyId).Distinct()], cancellationToken).ConfigureAwait(false);
        return new ImportResult((await Database.Articles.GetByIdAsync(articleId, cancellationToken).ConfigureAwait(false))!, true,
            [.. cited.Select(c => new CitedStudy(c.Citation.Doi, c.Citation.Pmid, studies[c.StudyId], c.Created))]);
    }

    /// <summary>Adds a claim with its mentions (each checked against the article text) and topics.</summary>
    public async Task<ClaimRecord> AddClaimAsync(NewClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        string statement = RequireText(claim.Statement, "statement");
        await using SqliteConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using SqliteTransaction transaction = connection.BeginTransaction();
        IReadOnlyList<long> topicIds = await ResolveTopicsAsync(connection, transaction, claim.Topics, cancellationToken).ConfigureAwait(false);
        string slug = await UniqueSlugAsync(connection, transaction, "claims", Slugs.From(statement), cancellationToken).ConfigureAwait(false);
        long claimId;
        using (var writer = new StoreWriter(Database, connection, transaction))
        {
            claimId = writer.InsertClaim(null, slug, statement, claim.Kind, claim.AboutNmn, EvidenceRules.ClaimLevel(null, []), null,
                claim.Caveats.Where(c => !string.IsNullOrWhiteSpace(c)).ToList());
            foreach (long topicId in topicIds)
            {
                writer.InsertClaimTopic(claimId, topicId);
            }

            foreach (MentionInput mention in claim.Mentions)
            {
                string quote = await CheckMentionAsync(connection, transaction, mention, cancellationToken).ConfigureAwait(false);
                writer.InsertMention(null, claimId, mention.ArticleId, mention.Start, mention.End, quote);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        Database.RaiseChanged([new CorpusChange(ChangeKind.Created, EntityKind.Claim, claimId, DateTimeOffset.UtcNow)]);
        return (await Database.Claims.GetByIdAsync(claimId, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Edits a claim; null fields keep their value, given lists replace the stored ones.</summary>
    public async Task<ClaimRecord> UpdateClaimAsync(ClaimUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        await using SqliteConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using SqliteTransaction transaction = connection.BeginTransaction();
        await RequireAsync(connection, transaction, "claims", "claim", update.Id, cancellationToken).ConfigureAwait(false);
        if (update.Statement is not null)
        {
            await ExecuteAsync(connection, transaction, "UPDATE claims SET statement = @statement WHERE id = @id", cancellationToken,
                ("@statement", RequireText(update.Statement, "statement")), ("@id", update.Id)).ConfigureAwait(false);
        }

        if (update.Kind is { } kind)
        {
            await ExecuteAsync(connection, transaction, "UPDATE claims SET kind = @kind WHERE id = @id", cancellationToken,
                ("@kind", EnumText.ToText(kind)), ("@id", update.Id)).ConfigureAwait(false);
        }

        if (update.Caveats is { } caveats)
        {
            await ExecuteAsync(connection, transaction, "UPDATE claims SET caveats = @caveats WHERE id = @id", cancellationToken,
                ("@caveats", JsonLists.Write(caveats.Where(c => !string.IsNullOrWhiteSpace(c)))), ("@id", update.Id)).ConfigureAwait(false);
        }

        if (update.ChangesEvidenceLevel)
        {
            await ExecuteAsync(connection, transaction, "UPDATE claims SET curated_level = @level WHERE id = @id", cancellationToken,
                ("@level", update.EvidenceLevel is { } level ? EnumText.ToText(level) : null), ("@id", update.Id)).ConfigureAwait(false);
            await RecomputeLevelsAsync(connection, transaction, [update.Id], cancellationToken).ConfigureAwait(false);
        }

        if (update.Topics is { } topics)
        {
            IReadOnlyList<long> topicIds = await ResolveTopicsAsync(connection, transaction, topics, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, "DELETE FROM claim_topics WHERE claim_id = @id", cancellationToken, ("@id", update.Id)).ConfigureAwait(false);
            using var writer = new StoreWriter(Database, connection, transaction);
            foreach (long topicId in topicIds)
            {
                writer.InsertClaimTopic(update.Id, topicId);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        Database.RaiseChanged([new CorpusChange(ChangeKind.Updated, EntityKind.Claim, update.Id, DateTimeOffset.UtcNow)]);
        return (await Database.Claims.GetByIdAsync(update.Id, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Adds a mention; the offsets must lie in the article text and match the quote when one is given.</summary>
    public async Task<ClaimRecord> AddMentionAsync(long claimId, MentionInput mention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mention);
        await using SqliteConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using SqliteTransaction transaction = connection.BeginTransaction();
        await RequireAsync(connection, transaction, "claims", "claim", claimId, cancellationToken).ConfigureAwait(false);
        string quote = await CheckMentionAsync(connection, transaction, mention, cancellationToken).ConfigureAwait(false);
        using (var writer = new StoreWriter(Database, connection, transaction))
        {
            writer.InsertMention(null, claimId, mention.ArticleId, mention.Start, mention.End, quote);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        Database.RaiseChanged([new CorpusChange(ChangeKind.Updated, EntityKind.Claim, claimId, DateTimeOffset.UtcNow)]);
        return (await Database.Claims.GetByIdAsync(claimId, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// Links a study as evidence (or updates the link of the same level) and recomputes the claim's level.
    /// A level the study's design cannot give is refused.
    /// </summary>
    /// <exception cref="StoreException">code LEVEL_NOT_IN_DESIGN, with the reason.</exception>
    public async Task<ClaimRecord> LinkEvidenceAsync(EvidenceLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        await using SqliteConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using SqliteTransaction transaction = connection.BeginTransaction();
        await RequireAsync(connection, transaction, "claims", "claim", link.ClaimId, cancellationToken).ConfigureAwait(false);
        List<StudyRecord> studies = await QueryAsync(connection, transaction, $"SELECT {Rows.StudyColumns} FROM studies s WHERE s.id = @id",
            c => c.Parameters.AddWithValue("@id", link.StudyId), r => Rows.Study(r), cancellationToken).ConfigureAwait(false);
        if (studies.Count == 0)
        {
            throw StoreException.NotFound("study", link.StudyId);
        }

        if (EvidenceRules.DesignRefusal(studies[0], link.Level) is { } reason)
        {
            throw new StoreException("LEVEL_NOT_IN_DESIGN", reason);
        }

        await ExecuteAsync(connection, transaction, """
            INSERT INTO evidence (claim_id, study_id, stance, level, note, verification)
            VALUES (@claim, @study, @stance, @level, @note, coalesce(@verification, 'ARTICLE_ONLY'))
            ON CONFLICT (claim_id, study_id, level) DO UPDATE
                SET stance = excluded.stance, note = excluded.note, verification = coalesce(@verification, verification)
            """, cancellationToken,
            ("@claim", link.ClaimId), ("@study", link.StudyId), ("@stance", EnumText.ToText(link.Stance)),
            ("@level", EnumText.ToText(link.Level)), ("@note", link.Note),
            ("@verification", link.Verification is { } verification ? EnumText.ToText(verification) : null)).ConfigureAwait(false);
        await RecomputeLevelsAsync(connection, transaction, [link.ClaimId], cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        Database.RaiseChanged([new CorpusChange(ChangeKind.Updated, EntityKind.Claim, link.ClaimId, DateTimeOffset.UtcNow)]);
        return (await Database.Claims.GetByIdAsync(link.ClaimId, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Removes every evidence link between the claim and the study.</summary>
    public async Task<ClaimRecord> UnlinkEvidenceAsync(long claimId, long studyId, CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using SqliteTransaction transaction = connection.BeginTransaction();
        await RequireAsync(connection, transaction, "claims", "claim", claimId, cancellationToken).ConfigureAwait(false);
        int removed = await ExecuteAsync(connection, transaction, "DELETE FROM evidence WHERE claim_id = @claim AND study_id = @study", cancellationToken,
            ("@claim", claimId), ("@study", studyId)).ConfigureAwait(false);
        if (removed == 0)
        {
            throw new StoreException("NOT_FOUND", $"Study {studyId} is not linked as evidence for claim {claimId}.");
        }

        await RecomputeLevelsAsync(connection, transaction, [claimId], cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        Database.RaiseChanged([new CorpusChange(ChangeKind.Updated, EntityKind.Claim, claimId, DateTimeOffset.UtcNow)]);
        return (await Database.Claims.GetByIdAsync(claimId, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// Deletes an article, study, claim or topic with what hangs off it (blocks, mentions, citations, evidence,
    /// corrections). Claims that lose evidence get their level recomputed.
    /// </summary>
    public async Task DeleteAsync(EntityKind kind, long id, CancellationToken cancellationToken)
    {
        (string table, string name) = kind switch
        {
            EntityKind.Article => ("articles", "article"),
            EntityKind.Study => ("studies", "study"),
            EntityKind.Claim => ("claims", "claim"),
            _ => ("topics", "topic"),
        };
        await using SqliteConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using SqliteTransaction transaction = connection.BeginTransaction();
        await RequireAsync(connection, transaction, table, name, id, cancellationToken).ConfigureAwait(false);
        var changes = new List<CorpusChange> { new(ChangeKind.Deleted, kind, id, DateTimeOffset.UtcNow) };
        List<long> affected = [];
        if (kind == EntityKind.Study)
        {
            affected = await QueryAsync(connection, transaction, "SELECT DISTINCT claim_id FROM evidence WHERE study_id = @id ORDER BY claim_id",
                c => c.Parameters.AddWithValue("@id", id), r => r.GetInt64(0), cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(connection, transaction, $"DELETE FROM {table} WHERE id = @id", cancellationToken, ("@id", id)).ConfigureAwait(false);
        await RecomputeLevelsAsync(connection, transaction, affected, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        changes.AddRange(affected.Select(c => new CorpusChange(ChangeKind.Updated, EntityKind.Claim, c, DateTimeOffset.UtcNow)));
        Database.RaiseChanged(changes);
    }

    internal async Task RecomputeLevelsAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<long> claimIds, CancellationToken cancellationToken)
    {
        foreach (long claimId in claimIds)
        {
            List<(Stance, EvidenceLevel, EvidenceVerification)> evidence = await QueryAsync(connection, transaction,
                "SELECT stance, level, verification FROM evidence WHERE claim_id = @id",
                c => c.Parameters.AddWithValue("@id", claimId),
                r => (EnumText.Parse<Stance>(r.GetString(0)), EnumText.Parse<EvidenceLevel>(r.GetString(1)), EnumText.Parse<EvidenceVerification>(r.GetString(2))),
                cancellationToken).ConfigureAwait(false);
            List<EvidenceLevel?> curated = await QueryAsync(connection, transaction, "SELECT curated_level FROM claims WHERE id = @id",
                c => c.Parameters.AddWithValue("@id", claimId),
                r => r.IsDBNull(0) ? (EvidenceLevel?)null : EnumText.Parse<EvidenceLevel>(r.GetString(0)), cancellationToken).ConfigureAwait(false);
            EvidenceLevel level = EvidenceRules.ClaimLevel(curated.FirstOrDefault(), evidence);
            await ExecuteAsync(connection, transaction, "UPDATE claims SET evidence_level = @level WHERE id = @id", cancellationToken,
                ("@level", EnumText.ToText(level)), ("@id", claimId)).ConfigureAwait(false);
        }
    }

    private async Task<long?> FindStudyAsync(SqliteConnection connection, SqliteTransaction transaction, string? doi, string? pmid, CancellationToken cancellationToken)
    {
        long? id = null;
        if (doi is not null)
        {
            id = await ScalarAsync(connection, transaction, "SELECT id FROM studies WHERE doi = @doi", cancellationToken, ("@doi", doi)).ConfigureAwait(false);
        }

        if (id is null && pmid is not null)
        {
            id = await ScalarAsync(connection, transaction, "SELECT min(id) FROM studies WHERE pmid = @pmid", cancellationToken, ("@pmid", pmid)).ConfigureAwait(false);
        }

        return id;
    }

    private static string RequireText(string value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new StoreException("BAD_INPUT", $"The {field} must not be empty.") : value.Trim();

    private async Task<string> CheckMentionAsync(SqliteConnection connection, SqliteTransaction transaction, MentionInput mention, CancellationToken cancellationToken)
    {
        List<string> texts = await QueryAsync(connection, transaction, "SELECT text FROM articles WHERE id = @id",
            c => c.Parameters.AddWithValue("@id", mention.ArticleId), r => r.GetString(0), cancellationToken).ConfigureAwait(false);
        if (texts.Count == 0)
        {
            throw StoreException.NotFound("article", mention.ArticleId);
        }

        string text = texts[0];
        if (mention.Start < 0 || mention.End <= mention.Start || mention.End > text.Length)
        {
            throw new StoreException("BAD_OFFSETS",
                $"Offsets {mention.Start}..{mention.End} do not lie inside the article text (length {text.Length}); start must be less than end.");
        }

        if (char.IsLowSurrogate(text[mention.Start]) || (mention.End < text.Length && char.IsLowSurrogate(text[mention.End])))
        {
            throw new StoreException("BAD_OFFSETS", $"Offsets {mention.Start}..{mention.End} split a character (UTF-16 surrogate pair).");
        }

        string quote = text[mention.Start..mention.End];
        if (mention.Quote is { } expected && !string.Equals(expected, quote, StringComparison.Ordinal))
        {
            throw new StoreException("QUOTE_MISMATCH",
                $"The quote does not equal the article text at {mention.Start}..{mention.End}, which reads \"{quote}\".");
        }

        return quote;
    }

    private async Task<IReadOnlyList<long>> ResolveTopicsAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        var unknown = new List<string>();
        foreach (string slug in slugs.Distinct(StringComparer.Ordinal))
        {
            long? id = await ScalarAsync(connection, transaction, "SELECT id FROM topics WHERE slug = @slug", cancellationToken, ("@slug", slug)).ConfigureAwait(false);
            if (id is { } found)
            {
                ids.Add(found);
            }
            else
            {
                unknown.Add(slug);
            }
        }

        return unknown.Count > 0
            ? throw new StoreException("NOT_FOUND", $"Unknown topic: {string.Join(", ", unknown)}.")
            : ids;
    }

    private async Task RequireAsync(SqliteConnection connection, SqliteTransaction transaction, string table, string name, long id, CancellationToken cancellationToken)
    {
        if (await ScalarAsync(connection, transaction, $"SELECT 1 FROM {table} WHERE id = @id", cancellationToken, ("@id", id)).ConfigureAwait(false) is null)
        {
            throw StoreException.NotFound(name, id);
        }
    }

    private async Task<string> UniqueSlugAsync(SqliteConnection connection, SqliteTransaction transaction, string table, string baseSlug, CancellationToken cancellationToken)
    {
        List<string> taken = await QueryAsync(connection, transaction, $"SELECT slug FROM {table} WHERE slug = @slug OR slug LIKE @prefix ESCAPE '\\'",
            c =>
            {
                c.Parameters.AddWithValue("@slug", baseSlug);
                c.Parameters.AddWithValue("@prefix", baseSlug + "-%");
            },
            r => r.GetString(0), cancellationToken).ConfigureAwait(false);
        var set = new HashSet<string>(taken, StringComparer.Ordinal);
        string slug = baseSlug;
        for (int n = 2; set.Contains(slug); n++)
        {
            slug = $"{baseSlug}-{n}";
        }

        return slug;
    }

    private async Task<long?> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] values)
    {
        await using SqliteCommand command = Database.CreateCommand(connection, sql, transaction);
        foreach ((string name, object? value) in values)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        object? result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return result is null or DBNull ? null : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] values)
    {
        await using SqliteCommand command = Database.CreateCommand(connection, sql, transaction);
        foreach ((string name, object? value) in values)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
