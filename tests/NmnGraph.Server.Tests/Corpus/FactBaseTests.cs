using System.Text.Json.Nodes;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;
using NmnGraph.Server.Tests.Api;

namespace NmnGraph.Server.Tests.Corpus;

/// <summary>A fresh seed database against the project's own copy of the fact base, <c>server/Corpus/facts.json</c>.</summary>
public sealed class FactBaseTests
{
    // The fact base's spellings and the schema's.
    private static readonly Dictionary<string, string> s_levels = new(StringComparer.Ordinal)
    {
        ["in_vitro_human_cells"] = "IN_VITRO",
        ["animal_model"] = "ANIMAL_MODEL",
        ["human_trial"] = "HUMAN_TRIAL",
        ["none_mechanistic_speculation"] = "NONE_MECHANISTIC_SPECULATION",
        ["none_extrapolation"] = "NONE_EXTRAPOLATION",
        ["none_background"] = "NONE_BACKGROUND",
        ["not_applicable"] = "NOT_APPLICABLE",
    };

    private static readonly Dictionary<string, string> s_verifications = new(StringComparer.Ordinal)
    {
        ["verified_against_abstract"] = "VERIFIED_AGAINST_ABSTRACT",
        ["secondary_vendor_summary"] = "SECONDARY_SUMMARY",
        ["article_only_unverified"] = "ARTICLE_ONLY",
    };

    private static JsonArray FactClaims() =>
        JsonNode.Parse(File.ReadAllText(RepositoryRoot.File(Path.Combine("server", "Corpus", "facts.json"))))!["claims"]!.AsArray();

    private static string Local(JsonNode? id) => ((string)id!).Split(':', 2)[1];

    [Fact]
    public async Task Every_claim_has_the_fact_base_level_as_its_curated_level()
    {
        using var directory = new TempDirectory();
        await using (NmnDatabase database = await Db.SeededAsync(directory))
        {
        }

        Dictionary<string, (string Level, string? Curated)> stored = Db.Query(directory.File("seeded.db"),
                "SELECT slug, evidence_level, curated_level FROM claims")
            .ToDictionary(r => (string)r[0]!, r => ((string)r[1]!, (string?)r[2]), StringComparer.Ordinal);
        JsonArray facts = FactClaims();
        Assert.Equal(46, facts.Count);
        Assert.Equal(facts.Count, stored.Count);
        foreach (JsonNode? claim in facts)
        {
            string slug = Local(claim!["id"]);
            string expected = s_levels[(string)claim["evidenceLevel"]!];
            Assert.True(stored.TryGetValue(slug, out var row), $"claim {slug} is not in the seed database");
            Assert.Equal((slug, expected, expected), (slug, row.Level, row.Curated));
        }
    }

    [Fact]
    public async Task Every_evidence_link_has_the_fact_base_stance_level_and_verification()
    {
        using var directory = new TempDirectory();
        await using (NmnDatabase database = await Db.SeededAsync(directory))
        {
        }

        List<string> stored = Db.Query(directory.File("seeded.db"), """
                SELECT c.slug, s.slug, e.stance, e.level, e.verification
                FROM evidence e JOIN claims c ON c.id = e.claim_id JOIN studies s ON s.id = e.study_id
                """)
            .Select(r => string.Join(" | ", r.Select(v => (string)v!)))
            .Order(StringComparer.Ordinal).ToList();
        List<string> expected = FactClaims()
            .SelectMany(claim => claim!["evidence"]!.AsArray().Select(e => string.Join(" | ",
                Local(claim["id"]), Local(e!["studyId"]), ((string)e["stance"]!).ToUpperInvariant(),
                s_levels[(string)e["level"]!], s_verifications[(string)e["verification"]!])))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(36, expected.Count);
        Assert.Equal(expected, stored);
    }

    [Fact]
    public async Task Every_seed_link_is_a_level_its_study_design_can_give()
    {
        using var directory = new TempDirectory();
        await using NmnDatabase database = await Db.SeededAsync(directory);
        List<object?[]> links = Db.Query(directory.File("seeded.db"), "SELECT study_id, level FROM evidence");
        var studies = await database.Studies.GetByIdsAsync(links.Select(r => (long)r[0]!).ToList(), CancellationToken.None);
        Assert.All(links, r => Assert.Null(EvidenceRules.DesignRefusal(studies[(long)r[0]!], EnumText.Parse<EvidenceLevel>((string)r[1]!))));
    }

    [Fact]
    public async Task A_database_seeded_before_curation_gets_the_fact_base_curation_once()
    {
        using var directory = new TempDirectory();
        string path = directory.File("seeded.db");
        await using (NmnDatabase database = await Db.SeededAsync(directory))
        {
        }

        string Curation() => string.Join("\n", Db.Query(path, """
            SELECT c.slug, c.evidence_level, c.curated_level, e.level, e.verification
            FROM claims c LEFT JOIN evidence e ON e.claim_id = c.id ORDER BY c.id, e.id
            """).Select(r => string.Join(" | ", r)));
        string fresh = Curation();

        // What migration 5 leaves of a database seeded before it: no curated levels, every link article-only.
        using (var connection = Db.OpenRaw(path))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                DELETE FROM store_meta WHERE key = 'corpus_curation_v2';
                UPDATE claims SET curated_level = NULL, evidence_level = 'NONE';
                UPDATE evidence SET verification = 'ARTICLE_ONLY';
                """;
            command.ExecuteNonQuery();
        }

        Assert.NotEqual(fresh, Curation());
        await using (NmnDatabase database = await Db.SeededAsync(directory))
        {
        }

        Assert.Equal(fresh, Curation());
        Assert.Equal(1, Db.Scalar(path, "SELECT count(*) FROM store_meta WHERE key = 'corpus_curation_v2'"));
    }
}
