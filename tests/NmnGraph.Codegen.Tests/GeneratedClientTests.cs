using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NmnGraph.Client;
using NmnGraph.Client.Transport;

namespace NmnGraph.Codegen.Tests;

/// <summary>The checked-in generated client, end to end over the in-memory transport with a canned executor.</summary>
public sealed class GeneratedClientTests
{
    private readonly List<GraphQLRequest> _requests = [];
    private string _response = "{\"data\":null}";

    private NmnGraphClient CreateClient()
    {
        ServiceProvider services = new ServiceCollection()
            .AddNmnGraphClient(_ => new InMemoryGraphQLTransport((request, _) =>
            {
                _requests.Add(request);
                return ValueTask.FromResult<ReadOnlyMemory<byte>>(Encoding.UTF8.GetBytes(_response));
            }))
            .BuildServiceProvider();
        return services.GetRequiredService<NmnGraphClient>();
    }

    [Fact]
    public async Task GetArticle_sends_its_document_and_parses_nested_records()
    {
        _response =
            """
            {"data":{"article":{"__typename":"Article","id":"QXJ0aWNsZTox","slug":"nmn-bone","title":"NMN and bone",
              "author":null,"publisher":"Daily","publishedOn":"2023-11-06","column":null,"sourceUrl":null,
              "importedAt":"2024-01-02T03:04:05Z","text":"NMN helps bone.",
              "blocks":[{"__typename":"Block","index":0,"kind":"TITLE","text":"NMN","start":0,"end":3}],
              "mentions":[{"__typename":"ClaimMention","quote":"helps bone","start":4,"end":14,
                "claim":{"__typename":"Claim","id":"Q2xhaW06MQ==","slug":"nmn-helps-bone","statement":"NMN helps bone","evidenceLevel":"ANIMAL_MODEL"}}],
              "citations":[],"corrections":[],
              "topics":[{"__typename":"Topic","id":"VG9waWM6MQ==","slug":"bone","label":"Bone"}]}}}
            """;
        NmnGraphClient client = CreateClient();

        OperationResult<GetArticleResult> result = await client.GetArticle.ExecuteAsync("nmn-bone");

        GetArticle_Article article = result.EnsureNoErrors().Article!;
        Assert.Equal("{\"slug\":\"nmn-bone\"}", _requests.Single().GetVariablesJson());
        Assert.Equal("GetArticle", _requests.Single().OperationName);
        Assert.Contains("fragment ArticleSummary on Article", _requests.Single().Query, StringComparison.Ordinal);
        Assert.Equal(("NMN and bone", new DateOnly(2023, 11, 6), (string?)null), (article.Title, article.PublishedOn, article.Author));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), article.ImportedAt);
        Assert.Equal(BlockKind.Title, Assert.Single(article.Blocks).Kind);
        Assert.Equal(EvidenceLevel.AnimalModel, Assert.Single(article.Mentions).Claim.EvidenceLevel);
        IArticleSummary summary = article;
        Assert.Equal("nmn-bone", summary.Slug);
        Assert.Equal("nmn-helps-bone", Assert.Single(article.Mentions).Claim.Slug);
        ITopicSummary topic = Assert.Single(article.Topics);
        Assert.Equal("Bone", topic.Label);
    }

    [Fact]
    public async Task GetArticleById_gives_the_same_detail_interface_through_node()
    {
        _response =
            """
            {"data":{"node":{"__typename":"Article","id":"QXJ0aWNsZTox","slug":"nmn-bone","title":"NMN and bone",
              "author":"A. Writer","publisher":null,"publishedOn":null,"column":"Health","sourceUrl":null,
              "importedAt":"2024-01-02T03:04:05+09:00","text":"","blocks":[],"mentions":[],"citations":[],
              "corrections":[{"__typename":"Correction","original":"bnoe","likelyIntended":"bone","start":1,"end":5,
                "confidence":"HIGH","rationale":null}],"topics":[]}}}
            """;
        NmnGraphClient client = CreateClient();

        GetArticleByIdResult data = (await client.GetArticleById.ExecuteAsync("QXJ0aWNsZTox")).EnsureNoErrors();

        IArticleDetail detail = Assert.IsType<GetArticleById_Node_Article>(data.Node);
        Assert.Equal(("A. Writer", "Health", Confidence.High), (detail.Author, detail.Column, Assert.Single(detail.Corrections).Confidence));
        Assert.Equal(TimeSpan.FromHours(9), detail.ImportedAt.Offset);
        Assert.Equal("{\"id\":\"QXJ0aWNsZTox\"}", _requests.Single().GetVariablesJson());
    }

    [Fact]
    public async Task Search_parses_each_hit_as_the_record_of_its_typename_with_a_fallback()
    {
        _response =
            """
            {"data":{"search":{"__typename":"SearchConnection","totalCount":2,
              "pageInfo":{"__typename":"PageInfo","hasNextPage":false,"hasPreviousPage":false,"startCursor":null,"endCursor":null},
              "edges":[
              {"__typename":"SearchEdge","cursor":"k1","node":{"__typename":"SearchHit","snippet":"[NMN]","score":2.5,"node":{"__typename":"Claim","id":"c1","slug":"s",
                "statement":"NMN helps","kind":"STUDY_FINDING","evidenceLevel":"HUMAN_TRIAL"}}},
              {"__typename":"SearchEdge","cursor":"k2","node":{"__typename":"SearchHit","snippet":"x","score":1,"node":{"__typename":"Podcast"}}}]}}}
            """;
        NmnGraphClient client = CreateClient();

        SearchResult data = (await client.Search.ExecuteAsync("NMN", first: 5)).EnsureNoErrors();

        Assert.Equal("{\"text\":\"NMN\",\"first\":5}", _requests.Single().GetVariablesJson());
        Assert.Equal(2, data.Search.TotalCount);
        var claim = Assert.IsType<Search_Search_Edges_Node_Node_Claim>(data.Search.Edges[0].Node.Node);
        Assert.Equal((ClaimKind.StudyFinding, EvidenceLevel.HumanTrial, 2.5), (claim.Kind, claim.EvidenceLevel, data.Search.Edges[0].Node.Score));
        Assert.Equal(["k1", "k2"], data.Search.Edges.Select(e => e.Cursor));
        Assert.IsAssignableFrom<IClaimSummary>(claim);
        var unknown = Assert.IsType<Search_Search_Edges_Node_Node_Other>(data.Search.Edges[1].Node.Node);
        Assert.Equal("Podcast", unknown.TypeName);
    }

    [Fact]
    public async Task Optional_variables_are_written_only_when_given_and_inputs_write_themselves()
    {
        _response = """{"data":{"articles":{"__typename":"ArticleConnection","totalCount":0,"pageInfo":{"__typename":"PageInfo","hasNextPage":false,"hasPreviousPage":false,"startCursor":null,"endCursor":null},"edges":[]}}}""";
        NmnGraphClient client = CreateClient();

        OperationResult<ArticlesResult> result = await client.Articles.ExecuteAsync(
            first: 2,
            after: (string?)null,
            where: new ArticleFilter { Title = new StringFilter { Contains = "NMN" }, PublishedOn = new DateRange { From = new DateOnly(2023, 1, 1) } },
            orderBy: new[] { new ArticleOrder { PublishedOn = SortDirection.Desc } });

        Assert.Equal(0, result.EnsureNoErrors().Articles.TotalCount);
        Assert.Equal(
            "{\"first\":2,\"after\":null,\"where\":{\"title\":{\"contains\":\"NMN\"},\"publishedOn\":{\"from\":\"2023-01-01\"}},\"orderBy\":[{\"publishedOn\":\"DESC\"}]}",
            _requests.Single().GetVariablesJson());
    }

    [Fact]
    public async Task Mutation_input_omits_defaulted_fields_that_were_not_set()
    {
        _response =
            """
            {"data":{"addClaim":{"__typename":"ClaimPayload","claim":{"__typename":"Claim","id":"c9","slug":"new",
              "statement":"S","kind":"NEW_KIND_FROM_A_LATER_SERVER","evidenceLevel":"NONE","aboutNmn":true,"caveats":[]}}}}
            """;
        NmnGraphClient client = CreateClient();

        AddClaimResult data = (await client.AddClaim.ExecuteAsync(new AddClaimInput { Statement = "S", Kind = ClaimKind.Mechanistic, Topics = new[] { "bone" } }))
            .EnsureNoErrors();

        Assert.Equal("{\"input\":{\"statement\":\"S\",\"kind\":\"MECHANISTIC\",\"topics\":[\"bone\"]}}", _requests.Single().GetVariablesJson());
        Assert.Equal(ClaimKind.Unknown, data.AddClaim.Claim.Kind);
    }

    [Fact]
    public async Task A_response_of_the_wrong_shape_is_an_error_not_an_exception()
    {
        _response = """{"data":{"stats":{"__typename":"CorpusStats","articles":"many"}}}""";
        NmnGraphClient client = CreateClient();

        OperationResult<StatsResult> result = await client.Stats.ExecuteAsync();

        Assert.False(result.IsSuccess);
        Assert.Equal(ClientErrorCodes.ResponseShapeMismatch, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Enum_values_round_trip_and_unknown_names_parse_to_the_fallback()
    {
        foreach (Stance stance in Enum.GetValues<Stance>().Where(s => s != Stance.Unknown))
        {
            Assert.Equal(stance, StanceValues.Parse(StanceValues.Format(stance)));
        }

        Assert.Equal(Stance.Unknown, StanceValues.Parse("SOMETHING_NEW"));
        Assert.Throws<ArgumentOutOfRangeException>(() => StanceValues.Format(Stance.Unknown));
    }
}
