using System.Globalization;
using System.Text;
using System.Data.Common;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Generate;

/// <summary>
/// Builds a synthetic corpus with the seed corpus's shape (articles with blocks, studies, claims with
/// mentions, evidence, topics, citations, corrections) for scale tests and benchmarks; its text follows
/// <see cref="Vocabulary"/>'s Zipf frequencies. The same seed gives
/// the same database; everything is written in one transaction through prepared statements.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] s_columns = ["Product News", "Research", "Industry", "Health"];

    private static readonly (string Slug, string Label, int Parent)[] s_topics =
    [
        ("bone", "Bone", -1), ("skin", "Skin", -1), ("metabolism", "Metabolism", -1), ("aging", "Aging", -1),
        ("fracture", "Fracture healing", 0), ("eczema", "Eczema", 1), ("nad-levels", "NAD+ levels", 2), ("senescent-cells", "Senescent cells", 3),
    ];

    /// <summary>Generates <paramref name="articleCount"/> articles into an empty database; reports progress as articles written.</summary>
    /// <exception cref="StoreException">NOT_EMPTY when the database holds anything.</exception>
    public static async Task GenerateAsync(NmnDatabase database, int articleCount, int seed, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentOutOfRangeException.ThrowIfNegative(articleCount);
        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await database.Backend.BeginBulkWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        try
        {
            await WriteAsync(database, connection, articleCount, seed, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Whether or not the write went through: the connection is used again (the store keeps it open).
            await database.Backend.EndBulkWriteAsync(connection, CancellationToken.None).ConfigureAwait(false);
        }

        progress?.Report(articleCount);
    }

    private static async Task WriteAsync(NmnDatabase database, DbConnection connection, int articleCount, int seed, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await database.IsEmptyAsync(connection, transaction, cancellationToken).ConfigureAwait(false))
        {
            throw new StoreException("NOT_EMPTY", $"The database '{database.Path}' is not empty; generate into a new database.");
        }

        var random = new Random(seed);
        var epoch = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using (var writer = new StoreWriter(database, connection, transaction))
        {
            for (int t = 0; t < s_topics.Length; t++)
            {
                writer.InsertTopic(t + 1, s_topics[t].Slug, s_topics[t].Label, s_topics[t].Parent < 0 ? null : s_topics[t].Parent + 1);
            }

            int studyCount = Math.Max(1, articleCount / 5);
            // Each study's levels, so that evidence cites only a level its design can give (as linkEvidence demands).
            var studyLevels = new EvidenceLevel[studyCount + 1][];
            for (int s = 1; s <= studyCount; s++)
            {
                studyLevels[s] = WriteStudy(writer, random, s);
            }

            var text = new StringBuilder(4096);
            var blocks = new List<(BlockKind Kind, int Start, int End)>();
            var sentences = new List<(int Start, int End)>();
            long claimId = 0;
            for (int a = 1; a <= articleCount; a++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                long studyId = random.Next(1, studyCount + 1);
                string title = Capitalize(Words(random, random.Next(4, 9)));
                DateOnly published = DateOnly.FromDateTime(epoch.UtcDateTime).AddDays(-random.Next(0, 3650));
                string author = "Author " + random.Next(1, 200).ToString(CultureInfo.InvariantCulture);
                string column = s_columns[random.Next(s_columns.Length)];
                BuildText(random, text, blocks, sentences, title, author, published, column, studyId);
                string body = text.ToString();
                writer.InsertArticle(a, $"generated-{a}", title, author, "Generated", published, column, null, body,
                    CurationRepository.ContentHash(body), epoch.AddMinutes(a));
                for (int b = 0; b < blocks.Count; b++)
                {
                    writer.InsertBlock(a, b, blocks[b].Kind, body[blocks[b].Start..blocks[b].End], blocks[b].Start, blocks[b].End);
                }

                (BlockKind _, int refStart, int refEnd) = blocks.Last(b => b.Kind == BlockKind.Reference);
                int citeStart = refStart + "Reference: ".Length;
                writer.InsertCitation(null, a, studyId, CitationMode.FormalReference, body[citeStart..refEnd], citeStart, refEnd);
                (int describedStart, int describedEnd) = sentences[0];
                writer.InsertCitation(null, a, studyId, CitationMode.Described, body[describedStart..describedEnd], describedStart, describedEnd);

                int claims = random.Next(2, 5);
                for (int c = 0; c < claims; c++)
                {
                    claimId++;
                    (int start, int end) = sentences[random.Next(sentences.Count)];
                    string quote = body[start..end];
                    var evidence = new List<(Stance Stance, EvidenceLevel Level, EvidenceVerification Verification)>();
                    int evidenceCount = random.Next(0, 3);
                    for (int e = 0; e < evidenceCount; e++)
                    {
                        EvidenceLevel[] levels = studyLevels[studyId];
                        evidence.Add((Enum.GetValues<Stance>()[random.Next(6)], levels[random.Next(levels.Length)], (EvidenceVerification)random.Next(3)));
                    }

                    evidence = evidence.DistinctBy(e => e.Level).ToList();
                    ClaimKind kind = (ClaimKind)random.Next(0, 9);
                    EvidenceLevel? curated = kind is ClaimKind.PublicationFact or ClaimKind.StudyDesign ? EvidenceLevel.NotApplicable : null;
                    writer.InsertClaim(claimId, $"generated-claim-{claimId}", quote.TrimEnd('.') + ".", kind, random.Next(4) > 0,
                        EvidenceRules.ClaimLevel(curated, evidence), curated,
                        random.Next(3) == 0 ? ["The article generalises beyond the study model."] : []);
                    writer.InsertMention(null, claimId, a, start, end, quote);
                    foreach ((Stance stance, EvidenceLevel level, EvidenceVerification verification) in evidence)
                    {
                        writer.InsertEvidence(null, claimId, studyId, stance, level, null, verification);
                    }

                    writer.InsertClaimTopic(claimId, random.Next(1, s_topics.Length + 1));
                    writer.InsertClaimTopic(claimId, random.Next(1, s_topics.Length + 1));
                }

                if (a % 3 == 0)
                {
                    (int start, int end) = sentences[random.Next(sentences.Count)];
                    int wordEnd = body.IndexOf(' ', start);
                    wordEnd = wordEnd < 0 || wordEnd > end ? end : wordEnd;
                    writer.InsertCorrection(null, $"generated-correction-{a}", a, start, wordEnd, body[start..wordEnd], body[start..wordEnd].ToUpperInvariant(),
                        (Confidence)random.Next(3), "Synthetic correction.");
                }

                if (a % 1000 == 0)
                {
                    progress?.Report(a);
                }
            }
        }

        await database.Backend.AfterExplicitIdsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static EvidenceLevel[] WriteStudy(StoreWriter writer, Random random, int id)
    {
        bool identified = random.Next(10) > 0;
        // One or two of the four study levels, and a design that has exactly those parts.
        EvidenceLevel first = (EvidenceLevel)random.Next(0, 4);
        EvidenceLevel second = (EvidenceLevel)random.Next(0, 4);
        EvidenceLevel[] levels = random.Next(3) == 0 && second != first ? [first, second] : [first];
        int year = 2000 + random.Next(25);
        var study = new StudyRecord(
            id,
            $"generated-study-{id}",
            $"Study {id} ({year})",
            identified ? Capitalize(Words(random, random.Next(6, 12))) : null,
            identified ? [$"A. Author{random.Next(500)}", $"B. Author{random.Next(500)}"] : [],
            identified ? "Journal of " + Capitalize(Words(random, 2)) : null,
            identified ? year : null,
            identified ? random.Next(1, 90).ToString(CultureInfo.InvariantCulture) : null,
            identified ? random.Next(1, 12).ToString(CultureInfo.InvariantCulture) : null,
            identified ? $"{random.Next(1, 400)}-{random.Next(400, 800)}" : null,
            identified ? $"10.5555/generated.{id}" : null,
            identified ? (30000000 + id).ToString(CultureInfo.InvariantCulture) : null,
            ["Institute " + random.Next(1, 50).ToString(CultureInfo.InvariantCulture)],
            new StudyDesignRecord("Synthetic design: " + Words(random, 6),
                levels.Contains(EvidenceLevel.InVitro) ? "cells" : null,
                levels.Contains(EvidenceLevel.AnimalModel) ? "mice" : null,
                levels.Contains(EvidenceLevel.AnimalModel) ? "mouse" : null,
                "400 mg/kg/day", "oral", "8 weeks", levels.Contains(EvidenceLevel.HumanTrial)),
            [Capitalize(Words(random, 12)) + ".", Capitalize(Words(random, 10)) + "."],
            levels,
            new VerificationRecord(identified ? (VerificationStatus)random.Next(0, 2) : VerificationStatus.Unidentified, "Synthetic.", []));
        writer.InsertStudy(id, study);
        writer.InsertStudyTopic(id, random.Next(1, s_topics.Length + 1));
        return levels;
    }

    private static void BuildText(Random random, StringBuilder text, List<(BlockKind, int, int)> blocks, List<(int, int)> sentences,
        string title, string author, DateOnly published, string column, long studyId)
    {
        text.Clear();
        blocks.Clear();
        sentences.Clear();
        Append(text, blocks, BlockKind.Title, title);
        Append(text, blocks, BlockKind.Meta,
            $"Author: {author} Release time: {published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} Column: {column}");
        int paragraphs = random.Next(4, 8);
        for (int p = 0; p < paragraphs; p++)
        {
            int start = text.Length;
            int count = random.Next(2, 5);
            for (int s = 0; s < count; s++)
            {
                if (s > 0)
                {
                    text.Append(' ');
                }

                int sentenceStart = text.Length;
                text.Append(Capitalize(Words(random, random.Next(8, 18)))).Append('.');
                sentences.Add((sentenceStart, text.Length));
            }

            blocks.Add((BlockKind.Paragraph, start, text.Length));
            text.Append("\n\n");
            if (p == 1)
            {
                Append(text, blocks, BlockKind.Caption, "△" + Capitalize(Words(random, 10)));
            }
        }

        Append(text, blocks, BlockKind.Reference, $"Reference: Author et al. \"{Capitalize(Words(random, 6))}.\" doi:10.5555/generated.{studyId}.");
        Append(text, blocks, BlockKind.Disclaimer, "*Special note - This article is for informational purposes only.");
    }

    private static void Append(StringBuilder text, List<(BlockKind, int, int)> blocks, BlockKind kind, string line)
    {
        int start = text.Length;
        text.Append(line);
        blocks.Add((kind, start, text.Length));
        text.Append("\n\n");
    }

    private static string Words(Random random, int count)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Vocabulary.Shared.Next(random));
        }

        return builder.ToString();
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
