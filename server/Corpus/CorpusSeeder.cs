using System.Globalization;
using Microsoft.Data.Sqlite;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Corpus;

/// <summary>Imports the embedded seed corpus, in one transaction, into a database that was never seeded and holds nothing.</summary>
internal static class CorpusSeeder
{
    private const string SeededKey = "corpus_seeded";
    private const string CurationKey = "corpus_curation_v2";

    public static async Task SeedIfNewAsync(NmnDatabase database, SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using SqliteTransaction transaction = connection.BeginTransaction();
        using (SqliteCommand check = connection.CreateCommand())
        {
            check.Transaction = transaction;
            check.CommandText = "SELECT EXISTS (SELECT 1 FROM store_meta WHERE key = @key)";
            check.Parameters.AddWithValue("@key", SeededKey);
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 1)
            {
                await ReconcileCurationAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        // A restored or generated database is not seeded on top of its content.
        if (!await database.IsEmptyAsync(connection, transaction, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        Seed(database, connection, transaction, SeedCorpus.Load(), DateTimeOffset.UtcNow);
        using (SqliteCommand mark = connection.CreateCommand())
        {
            mark.Transaction = transaction;
            mark.CommandText = "INSERT INTO store_meta (key, value) VALUES (@key, @value)";
            mark.Parameters.AddWithValue("@key", SeededKey);
            mark.Parameters.AddWithValue("@value", StoreWriter.Timestamp(DateTimeOffset.UtcNow));
            await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await MarkCurationAsync(connection, transaction, cancellationToken).ConfigureAwait(false);

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Seed(NmnDatabase database, SqliteConnection connection, SqliteTransaction transaction, CorpusFile corpus, DateTimeOffset now)
    {
        using var writer = new StoreWriter(database, connection, transaction);
        var topics = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (CorpusTopic topic in corpus.Topics.OrderBy(t => t.Parent is null ? 0 : 1))
        {
            topics[topic.Slug] = writer.InsertTopic(null, topic.Slug, topic.Label, topic.Parent is null ? null : topics[topic.Parent]);
        }

        var studies = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (CorpusStudy study in corpus.Studies)
        {
            var record = new StudyRecord(0, study.Slug, study.Label, study.Title, study.Authors, study.Journal, study.Year, study.Volume,
                study.Issue, study.Pages, study.Doi, study.Pmid, study.Institutions,
                new StudyDesignRecord(study.Design.Summary, study.Design.InVitro, study.Design.Animal, study.Design.Species,
                    study.Design.Dose, study.Design.Route, study.Design.Duration, study.Design.HumanTrial),
                study.Findings, study.EvidenceLevels.Select(EnumText.Parse<EvidenceLevel>).ToList(),
                new VerificationRecord(EnumText.Parse<VerificationStatus>(study.Verification.Status), study.Verification.Note, study.Verification.Sources));
            long id = writer.InsertStudy(null, record);
            studies[study.Slug] = id;
            foreach (string topic in study.Topics)
            {
                writer.InsertStudyTopic(id, topics[topic]);
            }
        }

        var articles = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (CorpusArticle article in corpus.Articles)
        {
            string text = SeedCorpus.ReadArticleText(article.File);
            DateOnly? published = article.PublishedOn is null ? null : DateOnly.ParseExact(article.PublishedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            long id = writer.InsertArticle(null, article.Slug, article.Title, article.Author, article.Publisher, published, article.Column,
                article.SourceUrl, text, CurationRepository.ContentHash(text), now);
            articles[article.Slug] = id;
            for (int i = 0; i < article.Blocks.Count; i++)
            {
                CorpusBlock block = article.Blocks[i];
                writer.InsertBlock(id, i, EnumText.Parse<BlockKind>(block.Kind), Slice(text, block.Start, block.End, article.Slug), block.Start, block.End);
            }

            foreach (CorpusCitation citation in article.Citations)
            {
                writer.InsertCitation(null, id, studies[citation.Study], EnumText.Parse<CitationMode>(citation.Mode),
                    Slice(text, citation.Start, citation.End, article.Slug), citation.Start, citation.End);
            }
        }

        foreach (CorpusClaim claim in corpus.Claims)
        {
            EvidenceLevel curated = EnumText.Parse<EvidenceLevel>(claim.Level);
            long id = writer.InsertClaim(null, claim.Slug, claim.Statement, EnumText.Parse<ClaimKind>(claim.Kind), claim.AboutNmn,
                EvidenceRules.ClaimLevel(curated, []), curated, claim.Caveats);
            foreach (string topic in claim.Topics)
            {
                writer.InsertClaimTopic(id, topics[topic]);
            }

            foreach (CorpusMention mention in claim.Mentions)
            {
                writer.InsertMention(null, id, articles[mention.Article], mention.Start, mention.End, mention.Quote);
            }

            foreach (CorpusEvidence item in claim.Evidence)
            {
                writer.InsertEvidence(null, id, studies[item.Study], EnumText.Parse<Stance>(item.Stance), EnumText.Parse<EvidenceLevel>(item.Level), item.Note,
                    EnumText.Parse<EvidenceVerification>(item.Verification));
            }
        }

        foreach (CorpusCorrection correction in corpus.Corrections)
        {
            writer.InsertCorrection(null, correction.Slug, articles[correction.Article], correction.Start, correction.End, correction.Original,
                correction.LikelyIntended, EnumText.Parse<Confidence>(correction.Confidence), correction.Rationale);
        }
    }

    /// <summary>
    /// A database seeded before evidence links had a verification and claims a curated level (migration 5)
    /// holds the seed's claims with computed levels and its links as article-only: give them the fact base's
    /// curation once, matching claims by slug and links by claim, study and level.
    /// </summary>
    private static async Task ReconcileCurationAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        using (SqliteCommand check = connection.CreateCommand())
        {
            check.Transaction = transaction;
            check.CommandText = "SELECT EXISTS (SELECT 1 FROM store_meta WHERE key = @key)";
            check.Parameters.AddWithValue("@key", CurationKey);
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 1)
            {
                return;
            }
        }

        using SqliteCommand claim = connection.CreateCommand();
        claim.Transaction = transaction;
        claim.CommandText = "UPDATE claims SET curated_level = @level, evidence_level = @level WHERE slug = @slug";
        using SqliteCommand link = connection.CreateCommand();
        link.Transaction = transaction;
        link.CommandText = """
            UPDATE evidence SET verification = @verification
            WHERE claim_id = (SELECT id FROM claims WHERE slug = @claim) AND study_id = (SELECT id FROM studies WHERE slug = @study) AND level = @level
            """;
        foreach (CorpusClaim item in SeedCorpus.Load().Claims)
        {
            claim.Parameters.Clear();
            claim.Parameters.AddWithValue("@level", item.Level);
            claim.Parameters.AddWithValue("@slug", item.Slug);
            await claim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            foreach (CorpusEvidence evidence in item.Evidence)
            {
                link.Parameters.Clear();
                link.Parameters.AddWithValue("@verification", evidence.Verification);
                link.Parameters.AddWithValue("@claim", item.Slug);
                link.Parameters.AddWithValue("@study", evidence.Study);
                link.Parameters.AddWithValue("@level", evidence.Level);
                await link.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await MarkCurationAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
    }

    private static async Task MarkCurationAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        using SqliteCommand mark = connection.CreateCommand();
        mark.Transaction = transaction;
        mark.CommandText = "INSERT INTO store_meta (key, value) VALUES (@key, @value)";
        mark.Parameters.AddWithValue("@key", CurationKey);
        mark.Parameters.AddWithValue("@value", StoreWriter.Timestamp(DateTimeOffset.UtcNow));
        await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Slice(string text, int start, int end, string article) =>
        start >= 0 && end <= text.Length && start <= end
            ? text[start..end]
            : throw new InvalidDataException($"corpus.json: offsets {start}..{end} lie outside article '{article}' (length {text.Length}).");
}
