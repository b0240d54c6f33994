using System.Text.Json;

namespace NmnGraph.Bench.Workload;

/// <summary>
/// The workload's object graph, built once from <c>dataset.json</c> following the workload README: every list in
/// ascending id order (ids sort as strings), inverse lists derived on load.
/// </summary>
public sealed class WorkloadData
{
    private WorkloadData(List<WorkloadArticle> articles, List<WorkloadStudy> studies, List<WorkloadClaim> claims)
    {
        Articles = articles;
        Studies = studies;
        Claims = claims;
        var nodes = new Dictionary<string, object>(StringComparer.Ordinal);
        Nodes = nodes;
        foreach (WorkloadArticle article in articles)
        {
            nodes[article.Id] = article;
        }

        foreach (WorkloadStudy study in studies)
        {
            nodes[study.Id] = study;
        }

        foreach (WorkloadClaim claim in claims)
        {
            nodes[claim.Id] = claim;
        }
    }

    public IReadOnlyList<WorkloadArticle> Articles { get; }

    public IReadOnlyList<WorkloadStudy> Studies { get; }

    public IReadOnlyList<WorkloadClaim> Claims { get; }

    /// <summary>Every object by id.</summary>
    public IReadOnlyDictionary<string, object> Nodes { get; }

    public static WorkloadData Load(string datasetPath)
    {
        using FileStream stream = File.OpenRead(datasetPath);
        using JsonDocument document = JsonDocument.Parse(stream);
        JsonElement root = document.RootElement;

        var claims = root.GetProperty("claims").EnumerateArray().Select(c => new WorkloadClaim
        {
            Id = c.GetProperty("id").GetString()!,
            Statement = c.GetProperty("statement").GetString()!,
            Stance = c.GetProperty("stance").GetString()!,
            Confidence = c.GetProperty("confidence").GetDouble(),
            Topic = c.GetProperty("topic").GetString()!,
        }).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        Dictionary<string, WorkloadClaim> claimsById = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);

        var studies = new List<WorkloadStudy>();
        var studyClaimIds = new Dictionary<WorkloadStudy, string[]>();
        foreach (JsonElement s in root.GetProperty("studies").EnumerateArray())
        {
            var study = new WorkloadStudy
            {
                Id = s.GetProperty("id").GetString()!,
                Title = s.GetProperty("title").GetString()!,
                Doi = s.GetProperty("doi").GetString()!,
                Year = s.GetProperty("year").GetInt32(),
                Design = s.GetProperty("design").GetString()!,
                Species = s.GetProperty("species").GetString()!,
                SampleSize = s.GetProperty("sampleSize").GetInt32(),
                DurationWeeks = OptionalInt(s, "durationWeeks"),
                DosageMg = OptionalInt(s, "dosageMg"),
                Outcome = s.GetProperty("outcome").GetString()!,
            };
            studies.Add(study);
            studyClaimIds[study] = Ids(s, "claimIds");
        }

        studies.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        Dictionary<string, WorkloadStudy> studiesById = studies.ToDictionary(s => s.Id, StringComparer.Ordinal);

        var articles = new List<WorkloadArticle>();
        var articleLinks = new Dictionary<WorkloadArticle, (string[] Claims, string[] Studies)>();
        foreach (JsonElement a in root.GetProperty("articles").EnumerateArray())
        {
            var article = new WorkloadArticle
            {
                Id = a.GetProperty("id").GetString()!,
                Title = a.GetProperty("title").GetString()!,
                Doi = OptionalString(a, "doi"),
                Url = a.GetProperty("url").GetString()!,
                PublishedAt = a.GetProperty("publishedAt").GetString()!,
                Journal = OptionalString(a, "journal"),
                Authors = a.GetProperty("authors").EnumerateArray().Select(x => x.GetString()!).ToArray(),
                Abstract = a.GetProperty("abstract").GetString()!,
                WordCount = a.GetProperty("wordCount").GetInt32(),
                Score = a.GetProperty("score").GetDouble(),
            };
            articles.Add(article);
            articleLinks[article] = (Ids(a, "claimIds"), Ids(a, "studyIds"));
        }

        articles.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));

        // Stored lists, then the inverse lists; iterating sources in id order keeps every derived list sorted.
        var claimArticles = claims.ToDictionary(c => c, _ => new List<WorkloadArticle>());
        var claimStudies = claims.ToDictionary(c => c, _ => new List<WorkloadStudy>());
        var studyCitedBy = studies.ToDictionary(s => s, _ => new List<WorkloadArticle>());
        foreach (WorkloadArticle article in articles)
        {
            (string[] claimIds, string[] studyIds) = articleLinks[article];
            article.Claims = claimIds.Order(StringComparer.Ordinal).Select(id => claimsById[id]).ToArray();
            article.Studies = studyIds.Order(StringComparer.Ordinal).Select(id => studiesById[id]).ToArray();
            foreach (WorkloadClaim claim in article.Claims)
            {
                claimArticles[claim].Add(article);
            }

            foreach (WorkloadStudy study in article.Studies)
            {
                studyCitedBy[study].Add(article);
            }
        }

        foreach (WorkloadStudy study in studies)
        {
            study.Claims = studyClaimIds[study].Order(StringComparer.Ordinal).Select(id => claimsById[id]).ToArray();
            foreach (WorkloadClaim claim in study.Claims)
            {
                claimStudies[claim].Add(study);
            }

            study.CitedBy = [.. studyCitedBy[study]];
        }

        foreach (WorkloadClaim claim in claims)
        {
            claim.Articles = [.. claimArticles[claim]];
            claim.Studies = [.. claimStudies[claim]];
        }

        return new WorkloadData(articles, studies, claims);
    }

    /// <summary>The <c>first</c> argument's rule: null = all, &lt;= 0 = none, else the first n.</summary>
    public static IReadOnlyList<T> First<T>(IReadOnlyList<T> items, int? first) => first switch
    {
        null => items,
        <= 0 => [],
        { } n when n >= items.Count => items,
        { } n => items.Take(n).ToArray(),
    };

    private static string[] Ids(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement ids) && ids.ValueKind == JsonValueKind.Array
            ? ids.EnumerateArray().Select(x => x.GetString()!).ToArray()
            : [];

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? OptionalInt(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
