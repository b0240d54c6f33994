using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;
using NmnGraph.GraphQL.Validation;
using NmnGraph.GraphQL.Validation.Cost;

namespace NmnGraph.GraphQL.Tests.Cost;

/// <summary>A schema with <c>@cost</c> and <c>@listSize</c>, whose resolvers count how often they run.</summary>
internal sealed class CostSchema
{
    public const string Sdl = CostDirectives.Sdl + """

        type Query {
          articles(first: Int, last: Int): ArticleConnection! @listSize(assumedSize: 20, slicingArguments: ["first", "last"], sizedFields: ["nodes"], requireOneSlicingArgument: false)
          article: Article
          search(first: Int = 5): [Article!]! @listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)
          strict(first: Int, last: Int): [Article!]! @listSize(slicingArguments: ["first", "last"])
          node: Node
          tags: [String!]!
          echo(input: Nested): Int
        }

        type ArticleConnection {
          nodes: [Article!]!
          total: Int!
        }

        interface Node {
          id: ID!
        }

        type Article implements Node {
          id: ID!
          title: String!
          heavy: String @cost(weight: "7")
          claims: [Claim!]! @listSize(assumedSize: 10)
          related: [Article!]! @listSize(assumedSize: 2)
        }

        type Claim implements Node {
          id: ID!
          articles: [Article!]! @listSize(assumedSize: 3)
        }

        input Nested {
          next: Nested
          value: Int
        }
        """;

    private int _resolverCalls;

    public CostSchema()
    {
        var article = new Dictionary<string, object?> { ["__typename"] = "Article", ["id"] = "a1", ["title"] = "T", ["heavy"] = "h" };
        var claim = new Dictionary<string, object?> { ["__typename"] = "Claim", ["id"] = "c1" };
        Schema = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query.article", _ => Count(article))
            .Bind("Query.node", _ => Count(article))
            .Bind("Query.search", _ => Count(new[] { article, article }))
            .Bind("Query.strict", _ => Count(new[] { article }))
            .Bind("Query.articles", _ => Count(new Dictionary<string, object?> { ["nodes"] = new[] { article }, ["total"] = 1 }))
            .Bind("Query.tags", _ => Count(new[] { "x" }))
            .Bind("Query.echo", _ => Count(1))
            .BindAsync("Article.claims", _ => Task.FromResult(Count(new[] { claim })))
            .BindAsync("Claim.articles", _ => Task.FromResult(Count(new[] { article })))
            .Bind("Article.related", _ => Count(new[] { article }))
            .Build();
    }

    public Schema Schema { get; }

    /// <summary>How many resolvers ran; zero means the request was refused before execution.</summary>
    public int ResolverCalls => Volatile.Read(ref _resolverCalls);

    public static CostOptions Limits(double maxFieldCost = 1_000, double maxTypeCost = 1_000) =>
        new() { MaxFieldCost = maxFieldCost, MaxTypeCost = maxTypeCost };

    /// <summary>An executor that validates with the specified rules and the cost limits, and reports costs on request.</summary>
    public RequestExecutor Executor(CostOptions? limits = null)
    {
        CostOptions options = limits ?? Limits();
        return new RequestExecutor(Schema, new RequestExecutorOptions
        {
            Validator = new DocumentValidator(new ValidationOptions { Rules = SpecifiedRules.WithCostLimits(options) }),
            Cost = options,
        });
    }

    public OperationCost Cost(string document, IReadOnlyDictionary<string, object?>? variables = null, CostOptions? options = null)
    {
        DocumentNode parsed = Parser.Parse(document);
        OperationDefinitionNode operation = parsed.Definitions.OfType<OperationDefinitionNode>().First();
        return CostAnalyzer.Analyze(Schema, parsed, operation, options ?? Limits(), variables).Cost;
    }

    private object? Count(object? value)
    {
        Interlocked.Increment(ref _resolverCalls);
        return value;
    }
}
