using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Execution;

/// <summary>
/// Fields read from the parent alone (<see cref="SchemaBuilder.BindReader{TParent}"/> and the default resolver) run
/// without a resolver context, yet answer exactly as resolvers do: values, nulls, errors with paths, null propagation.
/// </summary>
public class FieldReaderTests
{
    private const string Sdl = """
        type Query { articles: [Article!]! article: Article }
        type Article { id: ID! title: String! rank: Int score: Float kind: Kind tags: [String!]! author: Person count(plus: Int): Int }
        type Person { name: String }
        enum Kind { REVIEW TRIAL }
        """;

    private static readonly Article[] s_articles =
    [
        new("a1", "One", 1, 0.5, "REVIEW", ["x"], new Person("Lu")),
        new("a2", "Two", 2, 1.25, "TRIAL", [], null),
    ];

    private static Schema Readers(Func<Article, object?>? title = null, Func<Article, object?>? rank = null, Func<Article, object?>? kind = null) =>
        SchemaBuilder.FromSdl(Sdl)
            .Bind("Query.articles", _ => s_articles)
            .Bind("Query.article", _ => s_articles[0])
            .BindReader<Article>("Article.id", a => a.Id)
            .BindReader<Article>("Article.title", title ?? (a => a.Title))
            .BindReader<Article>("Article.rank", rank ?? (a => a.Rank))
            .BindReader<Article>("Article.score", a => a.Score)
            .BindReader<Article>("Article.kind", kind ?? (a => a.Kind))
            .BindReader<Article>("Article.tags", a => a.Tags)
            .BindReader<Article>("Article.author", a => a.Author)
            .BindReader<Article>("Article.count", a => a.Rank * 10)
            .BindType<Person>("Person")
            .Build();

    /// <summary>The same schema served by context resolvers: the reference the readers must match.</summary>
    private static Schema Resolvers(Func<Article, object?>? title = null, Func<Article, object?>? rank = null, Func<Article, object?>? kind = null) =>
        SchemaBuilder.FromSdl(Sdl)
            .Bind("Query.articles", _ => s_articles)
            .Bind("Query.article", _ => s_articles[0])
            .Bind("Article.id", ctx => ctx.ParentAs<Article>().Id)
            .Bind("Article.title", ctx => (title ?? (a => a.Title))(ctx.ParentAs<Article>()))
            .Bind("Article.rank", ctx => (rank ?? (a => a.Rank))(ctx.ParentAs<Article>()))
            .Bind("Article.score", ctx => ctx.ParentAs<Article>().Score)
            .Bind("Article.kind", ctx => (kind ?? (a => a.Kind))(ctx.ParentAs<Article>()))
            .Bind("Article.tags", ctx => ctx.ParentAs<Article>().Tags)
            .Bind("Article.author", ctx => ctx.ParentAs<Article>().Author)
            .Bind("Article.count", ctx => ctx.ParentAs<Article>().Rank * 10)
            .BindType<Person>("Person")
            .Build();

    [Fact]
    public void Readers_answer_scalars_enums_lists_and_objects()
    {
        const string Query = "{ articles { id title rank score kind tags author { name } } }";
        Assert.Equal(
            Json("{'data':{'articles':[{'id':'a1','title':'One','rank':1,'score':0.5,'kind':'REVIEW','tags':['x'],'author':{'name':'Lu'}},"
                + "{'id':'a2','title':'Two','rank':2,'score':1.25,'kind':'TRIAL','tags':[],'author':null}]}}"),
            Run(Readers(), Query));
    }

    [Theory]
    [InlineData("{ articles { id title } }")]
    [InlineData("{ article { title rank } }")]
    [InlineData("{ articles { id kind } }")]
    [InlineData("{ article { count(plus: 1) } }")]
    [InlineData("query($p: Int) { article { count(plus: $p) } }")]
    public void A_reader_that_throws_reports_the_error_at_its_path_as_a_resolver_would(string query)
    {
        static object? Throw(Article a) => a.Id == "a2" ? throw new InvalidOperationException("no title") : a.Title;
        static object? ThrowRank(Article a) => throw new InvalidOperationException("no rank");
        string expected = Run(Resolvers(title: Throw, rank: ThrowRank, kind: _ => "BOGUS"), query, Variables("{}"));
        Assert.Equal(expected, Run(Readers(title: Throw, rank: ThrowRank, kind: _ => "BOGUS"), query, Variables("{}")));
        if (!query.Contains("count", StringComparison.Ordinal))
        {
            Assert.Contains("\"errors\"", expected);
        }
    }

    [Fact]
    public void Null_for_a_non_null_field_propagates_to_the_nearest_nullable_parent()
    {
        string result = Run(Readers(title: a => a.Id == "a2" ? null : a.Title), "{ articles { id title } article { title } }");
        Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field Article.title.','locations':[{'line':1,'column':17}],'path':['articles',1,'title']}],'data':null}"),
            result);
    }

    [Fact]
    public void A_value_the_scalar_cannot_serialize_is_an_error_on_that_field()
    {
        string result = Run(Readers(rank: _ => "many"), "{ article { id rank } }");
        Assert.Equal(Run(Resolvers(rank: _ => "many"), "{ article { id rank } }"), result);
        Assert.Contains("\"path\":[\"article\",\"rank\"]", result);
        Assert.Contains("\"rank\":null", result);
    }

    [Fact]
    public void List_items_that_fail_report_their_own_index_in_the_path()
    {
        Schema schema = SchemaBuilder.FromSdl("""
            type Query { ranks: [Int] strict: [Int!] people: [Person!] }
            type Person { name: String! }
            """)
            .Bind("Query.ranks", _ => new object?[] { 1, "many", 3 })
            .Bind("Query.strict", _ => new List<object?> { 1, null, 3 })
            .Bind("Query.people", _ => new[] { new Person("Lu"), new Person(null!) })
            .BindType<Person>("Person")
            .Build();
        Assert.Equal(
            Json("{'errors':[{'message':'Int cannot represent non-integer value: \\\"many\\\"','locations':[{'line':1,'column':3}],'path':['ranks',1]},"
                + "{'message':'Cannot return null for non-nullable field Query.strict.','locations':[{'line':1,'column':9}],'path':['strict',1]},"
                + "{'message':'Cannot return null for non-nullable field Person.name.','locations':[{'line':1,'column':25}],'path':['people',1,'name']}],"
                + "'data':{'ranks':[1,null,3],'strict':null,'people':null}}"),
            Run(schema, "{ ranks strict people { name } }"));
    }

    [Fact]
    public void Rebinding_a_field_with_a_resolver_drops_its_reader()
    {
        Schema schema = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query.article", _ => s_articles[0])
            .BindReader<Article>("Article.title", a => a.Title)
            .Bind("Article.title", ctx => "from the resolver")
            .BindType<Article>("Article")
            .BindType<Person>("Person")
            .Build();
        Assert.Null(((ObjectType)schema.GetType("Article")!).Fields["title"]!.Reader);
        Assert.Equal(Json("{'data':{'article':{'title':'from the resolver'}}}"), Run(schema, "{ article { title } }"));
    }

    [Fact]
    public void Fields_without_a_binding_get_the_default_resolvers_reader()
    {
        Schema schema = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query.article", _ => s_articles[0])
            .BindType<Article>("Article")
            .BindType<Person>("Person")
            .Build();
        OutputField title = ((ObjectType)schema.GetType("Article")!).Fields["title"]!;
        Assert.NotNull(title.Reader);
        Assert.Equal("One", title.Reader!(s_articles[0]));
        Assert.Equal(Json("{'data':{'article':{'title':'One','author':{'name':'Lu'}}}}"), Run(schema, "{ article { title author { name } } }"));
    }

    public sealed record Article(string Id, string Title, int Rank, double Score, string Kind, IReadOnlyList<string> Tags, Person? Author)
    {
        public int Count => Rank * 10;
    }

    public sealed record Person(string Name);
}
