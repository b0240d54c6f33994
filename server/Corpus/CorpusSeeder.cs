using System.Globalization;
using System.Data.Common;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Corpus;

/// <summary>Imports the embedded seed corpus, in one transaction, into a database that was never seeded and holds nothing.</summary>
public static class CorpusSeeder
{
    private const string SeededKey = "corpus_seeded";
    private const string CurationKey = "corpus_curation_v2";

    /// <summary>
    /// Seeds a database that was never seeded and holds nothing, and gives a database seeded before curation existed
    /// the fact base's curation; the host passes this as <see cref="NmnDatabaseOptions.Seed"/>.
    /// </summary>
    public static async Task SeedIfNewAsync(NmnDatabase database, DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(connection);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        using (var writer = new StoreWriter(database, connection, transaction))
        {
            if (writer.HasMeta(SeededKey))
            {
                ReconcileCuration(writer);
            }
            else if (await database.IsEmptyAsync(connection, transaction, cancellationToken).ConfigureAwait(false))
            {
                Seed(writer, SeedCorpus.Load(), DateTimeOffset.UtcNow);
                writer.InsertMeta(SeededKey, StoreWriter.Timestamp(DateTimeOffset.UtcNow));
                writer.InsertMeta(CurationKey, StoreWriter.Timestamp(DateTimeOffset.UtcNow));
            }
            else
            {
                // A restored or generated database is not seeded on top of its content.
                return;
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Seed(StoreWriter writer, CorpusFile corpus, DateTimeOffset now)
    {
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
    private static void ReconcileCuration(StoreWriter writer)
    {
        if (writer.HasMeta(CurationKey))
        {
            return;
        }

        foreach (CorpusClaim item in SeedCorpus.Load().Claims)
        {
            writer.SetCuratedLevel(item.Slug, item.Level);
            foreach (CorpusEvidence evidence in item.Evidence)
            {
                writer.SetLinkVerification(item.Slug, evidence.Study, evidence.Level, evidence.Verification);
            }
        }

        writer.InsertMeta(CurationKey, StoreWriter.Timestamp(DateTimeOffset.UtcNow));
    }

    private static string Slice(string text, int start, int end, string article) =>
        start >= 0 && end <= text.Length && start <= end
            ? text[start..end]
            : throw new InvalidDataException($"corpus.json: offsets {start}..{end} lie outside article '{article}' (length {text.Length}).");
}
