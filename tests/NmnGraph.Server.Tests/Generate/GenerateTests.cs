using NmnGraph.Server.Backup;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Generate;
using NmnGraph.Server.Import;
using NmnGraph.Server.Store.Querying;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Tests.Generate;

public sealed class GenerateTests
{
    [Fact]
    public async Task The_same_seed_gives_the_same_export_and_another_seed_does_not()
    {
        using var directory = new TempDirectory();
        byte[] first = await GenerateAndExportAsync(directory, "a.db", seed: 7);
        byte[] second = await GenerateAndExportAsync(directory, "b.db", seed: 7);
        byte[] other = await GenerateAndExportAsync(directory, "c.db", seed: 8);
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task A_generated_corpus_has_the_seed_shape_and_consistent_offsets()
    {
        using var directory = new TempDirectory();
        string path = directory.File("gen.db");
        await using NmnDatabase database = await Db.EmptyAsync(directory, "gen.db");
        var reported = new List<int>();
        await CorpusGenerator.GenerateAsync(database, 60, 3, new Progress(reported), CancellationToken.None);
        Assert.Equal(60, reported[^1]);
        CorpusStatsRecord stats = await database.GetStatsAsync(CancellationToken.None);
        Assert.Equal((60, 12, 8), (stats.Articles, stats.Studies, stats.Topics));
        Assert.InRange(stats.Claims, 120, 240);
        Assert.Equal(stats.Claims, stats.Mentions);
        Assert.Equal(120, Db.Scalar(path, "SELECT count(*) FROM citations"));
        Db.AssertConsistent(path);

        Page<ArticleRecord> articles = await database.Articles.ListAsync(null, null, new PageRequest(), CancellationToken.None);
        long[] ids = articles.Items.Select(a => a.Id).ToArray();
        var mentions = await database.Articles.GetMentionsByArticleIdsAsync(ids, CancellationToken.None);
        var blocks = await database.Articles.GetBlocksByArticleIdsAsync(ids, null, CancellationToken.None);
        var citations = await database.Articles.GetCitationsByArticleIdsAsync(ids, CancellationToken.None);
        foreach (ArticleRecord article in articles.Items)
        {
            Assert.All(mentions[article.Id], m => Assert.Equal(m.Quote, article.Text.Substring(m.Start, m.End - m.Start)));
            Assert.All(blocks[article.Id], b => Assert.Equal(b.Text, article.Text.Substring(b.Start, b.End - b.Start)));
            Assert.All(citations[article.Id], c => Assert.Equal(c.Text, article.Text.Substring(c.Start, c.End - c.Start)));
            Assert.Equal(CurationRepository.ContentHash(article.Text), article.ContentHash);
        }

        // The generated text is in the import format: re-importing an article is recognized as a duplicate.
        ImportResult again = await new ArticleImporter(database).ImportAsync(articles.Items[0].Text, null, CancellationToken.None);
        Assert.False(again.Created);
        Assert.NotEmpty((await database.Search.SearchAsync("osteoblast", new PageRequest(First: 5), CancellationToken.None)).Items);
    }

    [Fact]
    public async Task Generated_evidence_only_cites_levels_the_study_design_can_give()
    {
        using var directory = new TempDirectory();
        await using NmnDatabase database = await Db.EmptyAsync(directory, "gen.db");
        await CorpusGenerator.GenerateAsync(database, 200, 5, null, CancellationToken.None);
        long[] studyIds = Enumerable.Range(1, 40).Select(i => (long)i).ToArray();
        IReadOnlyDictionary<long, StudyRecord> studies = await database.Studies.GetByIdsAsync(studyIds, CancellationToken.None);
        var evidence = await database.Studies.GetEvidenceByStudyIdsAsync(studyIds, CancellationToken.None);
        EvidenceRecord[] links = evidence.Values.SelectMany(e => e).ToArray();
        Assert.True(links.Length > 100, $"expected a few hundred evidence links, got {links.Length}");
        Assert.All(links, link => Assert.Null(EvidenceRules.DesignRefusal(studies[link.StudyId], link.Level)));
        // All four study levels occur, so the check is not passing on one easy level.
        Assert.Equal(4, links.Select(l => l.Level).Distinct().Count());
    }

    [Fact]
    public void The_vocabulary_is_zipf_like_so_common_words_are_common_and_most_words_rare()
    {
        Vocabulary vocabulary = Vocabulary.Shared;
        var random = new Random(1);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        const int Draws = 200_000;
        for (int i = 0; i < Draws; i++)
        {
            string word = vocabulary.Next(random);
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        // Each rank is drawn about as often as its weight says, and the weights fall as 1 / (rank + 2.7).
        foreach (int rank in new[] { 0, 9, 99, 999 })
        {
            double observed = counts.GetValueOrDefault(vocabulary[rank]) / (double)Draws;
            Assert.InRange(observed, vocabulary.Frequency(rank) * 0.8, vocabulary.Frequency(rank) * 1.2);
        }

        Assert.InRange(vocabulary.Frequency(0) / vocabulary.Frequency(99), 25, 30);
        Assert.True(vocabulary.Frequency(0) < 0.05, "no word may be a twentieth of the text");
        Assert.InRange(counts.Count, 15_000, Vocabulary.Size);
        Assert.Equal(Vocabulary.Size, Enumerable.Range(0, Vocabulary.Size).Select(r => vocabulary[r]).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Generating_into_a_non_empty_database_is_refused()
    {
        using var directory = new TempDirectory();
        await using NmnDatabase database = await Db.SeededAsync(directory);
        StoreException error = await Assert.ThrowsAsync<StoreException>(() => CorpusGenerator.GenerateAsync(database, 5, 1, null, CancellationToken.None));
        Assert.Equal("NOT_EMPTY", error.Code);
        Assert.Equal(2, (await database.GetStatsAsync(CancellationToken.None)).Articles);

        // The refused bulk write gave its connection the defaults back (it is kept open for the next store call):
        // no later write runs without a sync.
        await using System.Data.Common.DbConnection connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using System.Data.Common.DbCommand synchronous = connection.CreateCommand();
        synchronous.CommandText = "PRAGMA synchronous;";
        Assert.Equal(2L, await synchronous.ExecuteScalarAsync()); // FULL
    }

    private static async Task<byte[]> GenerateAndExportAsync(TempDirectory directory, string name, int seed)
    {
        await using NmnDatabase database = await Db.EmptyAsync(directory, name);
        await CorpusGenerator.GenerateAsync(database, 40, seed, null, CancellationToken.None);
        using var output = new MemoryStream();
        await BackupService.ExportAsync(database, output, CancellationToken.None);
        return output.ToArray();
    }

    private sealed class Progress(List<int> reported) : IProgress<int>
    {
        public void Report(int value) => reported.Add(value);
    }
}
