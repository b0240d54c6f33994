using System.Text.Json;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Types;

/// <summary>Binding resolvers by coordinate, the default resolver, and the checks Build() makes.</summary>
public class BindingTests
{
    private const string Sdl = """
        type Query { article: Article articles: [Article] }
        type Article { id: ID! title: String wordCount: Int }
        """;

    [Fact]
    public void Binding_a_missing_coordinate_fails_the_build()
    {
        SchemaException exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(Sdl)
            .Bind("Article.claims", _ => null)
            .Bind("Nope.field", _ => null)
            .Build());
        Assert.Equal(
            [
                "A resolver is bound to \"Article.claims\", but the schema has no such field.",
                "A resolver is bound to \"Nope.field\", but the schema has no such field.",
            ],
            exception.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Strict_mode_lists_every_unbound_field()
    {
        SchemaException exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(Sdl)
            .Bind("Query.article", _ => null)
            .RequireExplicitResolvers()
            .Build());
        Assert.Equal(
            [
                "Field \"Query.articles\" has no resolver: bind one, or map its type to a CLR type that has a matching property (BindType<T>).",
                "Field \"Article.id\" has no resolver: bind one, or map its type to a CLR type that has a matching property (BindType<T>).",
                "Field \"Article.title\" has no resolver: bind one, or map its type to a CLR type that has a matching property (BindType<T>).",
                "Field \"Article.wordCount\" has no resolver: bind one, or map its type to a CLR type that has a matching property (BindType<T>).",
            ],
            exception.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Mapped_clr_type_must_have_a_property_for_each_unbound_field()
    {
        SchemaException exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(Sdl)
            .Bind("Query.article", _ => null)
            .Bind("Query.articles", _ => null)
            .BindType<ArticleWithoutWordCount>("Article")
            .RequireExplicitResolvers()
            .Build());
        Assert.Equal(
            ["Field \"Article.wordCount\" has no resolver and ArticleWithoutWordCount has no property or field that matches it."],
            exception.Errors.Select(e => e.Message));

        Schema schema = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query.article", _ => new ArticleWithoutWordCount("a1", "T"))
            .Bind("Query.articles", _ => null)
            .Bind("Article.wordCount", ctx => ctx.ParentAs<ArticleWithoutWordCount>().Title.Length * 100)
            .BindType<ArticleWithoutWordCount>("Article")
            .RequireExplicitResolvers()
            .Build();
        Assert.Equal(Json("{'data':{'article':{'id':'a1','title':'T','wordCount':100}}}"), Run(schema, "{ article { id title wordCount } }"));
    }

    [Fact]
    public void Other_binding_mistakes_are_reported()
    {
        SchemaException exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Int } interface I { a: Int } enum E { X }")
            .Bind("I.a", _ => null)
            .BindType<string>("Missing")
            .BindType<string>("E")
            .BindScalar("Int", new ScalarCoercion())
            .BindEnum("E", new Dictionary<string, object> { ["Y"] = 1 })
            .ResolveType("Query", (_, _) => null)
            .Build());
        Assert.Equal(
            [
                "A resolver is bound to \"I.a\", which is an interface field; bind the fields of the object types that implement it.",
                "A CLR type is bound to \"Missing\", but the schema has no such type.",
                "A CLR type is bound to \"E\", which is not an object type.",
                "A scalar is bound to \"Int\", which is not a custom scalar type.",
                "A runtime value is bound to \"E.Y\", but the enum has no such value.",
                "A type resolver is bound to \"Query\", which is not an interface or union type.",
            ],
            exception.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Default_resolver_reads_properties_fields_dictionaries_and_json()
    {
        using JsonDocument json = JsonDocument.Parse("""{"id":"j1","title":"From JSON","wordCount":7}""");
        JsonElement element = json.RootElement.Clone();
        Schema schema = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query.articles", _ => new object?[]
            {
                new ArticleRecord("p1", "Property", 1),
                new ArticleWithFields { Id = "f1", WordCount = 2 },
                new Dictionary<string, object?> { ["id"] = "d1", ["title"] = "Map" },
                element,
                null,
            })
            .Build();
        Assert.Equal(
            Json("{'data':{'articles':[{'id':'p1','title':'Property','wordCount':1},{'id':'f1','title':null,'wordCount':2},{'id':'d1','title':'Map','wordCount':null},{'id':'j1','title':'From JSON','wordCount':7},null]}}"),
            Run(schema, "{ articles { id title wordCount } }"));
    }

    [Fact]
    public void Root_value_is_the_parent_of_root_fields()
    {
        Schema schema = SchemaBuilder.FromSdl(Sdl).Build();
        Assert.Equal(
            Json("{'data':{'article':{'title':'Root'}}}"),
            Run(schema, "{ article { title } }", rootValue: new Dictionary<string, object?> { ["article"] = new ArticleRecord("r", "Root", 0) }));
    }

    [Fact]
    public void Typed_argument_access_converts_values()
    {
        Schema schema = SchemaBuilder.FromSdl("""
            type Query { f(n: Int, ids: [ID!], filter: F, stance: Stance): String }
            input F { text: String limit: Int }
            enum Stance { PARTIALLY_SUPPORTS }
            """)
            .Bind("Query.f", ctx =>
            {
                long n = ctx.Argument<long>("n");
                IReadOnlyList<string> ids = ctx.Argument<IReadOnlyList<string>>("ids");
                FilterArgs filter = ctx.Argument<FilterArgs>("filter");
                StanceValue stance = ctx.Argument<StanceValue>("stance");
                return $"{n}|{string.Join(",", ids)}|{filter.Text}:{filter.Limit}|{stance}";
            })
            .Build();
        Assert.Equal(
            Json("{'data':{'f':'5|a,7|x:3|PartiallySupports'}}"),
            Run(schema, "{ f(n: 5, ids: [\"a\", 7], filter: {text: \"x\", limit: 3}, stance: PARTIALLY_SUPPORTS) }"));
    }

    [Fact]
    public void Json_values_convert_from_elements_and_readers()
    {
        const string Text = """{"a":1,"b":[true,null,2.5,"s"],"c":{"d":9999999999}}""";
        using JsonDocument document = JsonDocument.Parse(Text);
        object? fromElement = JsonValues.FromElement(document.RootElement);
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(Text));
        object? fromReader = JsonValues.Read(ref reader);

        Assert.Equal("{ a: 1, b: [true, null, 2.5, \"s\"], c: { d: 9999999999 } }", ValueFormatter.Inspect(fromElement));
        Assert.Equal(ValueFormatter.Inspect(fromElement), ValueFormatter.Inspect(fromReader));
        Assert.IsType<long>(((IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)fromElement!)["c"]!)["d"]);
    }

    private sealed record ArticleWithoutWordCount(string Id, string Title);

    private sealed record ArticleRecord(string Id, string Title, int WordCount);

    private sealed class ArticleWithFields
    {
        public string? Id;
        public int WordCount;
    }

    private sealed record FilterArgs(string Text, int Limit);

    private enum StanceValue
    {
        PartiallySupports,
    }
}
