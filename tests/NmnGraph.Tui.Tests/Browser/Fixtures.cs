using NmnGraph.Client;
using static NmnGraph.Tui.Tests.Browser.Json;

namespace NmnGraph.Tui.Tests.Browser;

/// <summary>
/// A small corpus in the shape of the real one — two articles, a verified and an unidentified study, three claims, two
/// topics — answered per operation name as the server would, so the generated parsers run on every response.
/// </summary>
internal static class Fixtures
{
    public const string BoneSlug = "nmn-bone-formation";
    public const string BoneTitle = "NMN promotes bone formation";
    public const string SkinSlug = "nmn-skin-atopic-dermatitis";
    public const string SkinTitle = "NMN prevents inflammatory skin damage";
    public const string LuSlug = "lu-2023-gerona";
    public const string LuLabel = "Lu et al. 2023, J Gerontol A";
    public const string LuDoi = "10.1093/gerona/glac169";
    public const string LuPmid = "36029537";
    public const string WuhanSlug = "wuhan-2023-nmn-atopic-dermatitis";
    public const string WuhanLabel = "Wuhan team 2023, Int Immunopharmacol";
    public const string AgingClaim = "bone-nmn-delays-human-bone-cell-aging";
    public const string AgingStatement = "NMN delays the aging of human bone cells";
    public const string HealingClaim = "bone-nmn-promotes-bone-healing-osteoporotic-mice";
    public const string HealingStatement = "NMN promotes bone healing in osteoporotic mice";
    public const string EczemaClaim = "skin-topical-nmn-reduced-eczema-symptoms";
    public const string EczemaStatement = "Topical NMN reduced eczema symptoms in mice";

    public const string AgingQuote = "NMN can delay the aging of human bone cells";
    public const string HealingQuote = "promote bone healing in osteoporotic mice";

    public static readonly string BoneText =
        BoneTitle + "\n\nAuthor: GSHWORLD Release time: 2023-11-06\n\n" +
        "Researchers from the University of Sydney stated that " + AgingQuote + " and " + HealingQuote + ".\n\n" +
        "Reference: Lu A, et al. J Gerontol A Biol Sci Med Sci. 2023.";

    public static ReadOnlyMemory<byte> Answer(GraphQLRequest request)
    {
        using var variables = System.Text.Json.JsonDocument.Parse(request.GetVariablesJson() is { Length: > 0 } v ? v : "{}");
        string? Var(string name) => variables.RootElement.TryGetProperty(name, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : null;
        return request.OperationName switch
        {
            "Articles" => Data("articles", Connection("Article", ArticleNode(BoneSlug), ArticleNode(SkinSlug))),
            "Studies" => Data("studies", Connection("Study", StudySummary(LuSlug), StudySummary(WuhanSlug))),
            "Claims" => Data("claims", Connection("Claim", [.. new[] { AgingClaim, HealingClaim, EczemaClaim }.Select(ClaimNode)
                .Where(c => Level(variables.RootElement) is not { } level || Equals(c["evidenceLevel"], level))])),
            "Topics" => Data("topics", Arr(
                Typed("Topic", ("id", "VG9waWM6MQ"), ("slug", "bone-osteoporosis"), ("label", "Bone / osteoporosis"), ("parent", null),
                    ("children", Arr(Typed("Topic", ("id", "VG9waWM6Mg"), ("slug", "fracture-healing"))))),
                Typed("Topic", ("id", "VG9waWM6Mg"), ("slug", "fracture-healing"), ("label", "Fracture healing"),
                    ("parent", Typed("Topic", ("id", "VG9waWM6MQ"), ("slug", "bone-osteoporosis"))), ("children", Arr())))),
            "GetArticle" => Data("article", Var("slug") is BoneSlug or SkinSlug ? Article(Var("slug")!) : null),
            "GetClaim" => Data("claim", Var("slug") is AgingClaim or HealingClaim or EczemaClaim ? Claim(Var("slug")!) : null),
            "GetStudy" => Data("study", StudyKey(Var("slug"), Var("doi"), Var("pmid")) is { } study ? Study(study) : null),
            "GetTopic" => Data("topic", null),
            "Search" => Data("search", Typed("SearchConnection",
                ("totalCount", 2),
                ("pageInfo", Typed("PageInfo", ("hasNextPage", false), ("hasPreviousPage", false), ("startCursor", "c0"), ("endCursor", "c1"))),
                ("edges", Arr(
                    Typed("SearchEdge", ("cursor", "c0"), ("node", Typed("SearchHit", ("snippet", "NMN promotes [bone] formation"), ("score", 3.5), ("node", Without(ArticleNode(BoneSlug), "column"))))),
                    Typed("SearchEdge", ("cursor", "c1"), ("node", Typed("SearchHit", ("snippet", "delays the aging of human [bone] cells"), ("score", 2.0), ("node", Without(ClaimNode(AgingClaim), "aboutNmn"))))))))),
            _ => Data("unknown", null),
        };
    }

    /// <summary>
    /// <c>Articles</c> over <paramref name="count"/> generated articles, newest (highest number) first, with cursors
    /// <c>a:N</c> holding the article's number as the keyset cursors of the server hold its sort key and id.
    /// </summary>
    public static ReadOnlyMemory<byte> GeneratedArticles(GraphQLRequest request, int count)
    {
        (List<(int Number, Dictionary<string, object?> Node)> page, Dictionary<string, object?> pageInfo) = GeneratedWindow(request, count);
        return Data("articles", Typed("ArticleConnection",
            ("totalCount", count),
            ("pageInfo", pageInfo),
            ("edges", page.Select(p => (object?)Typed("ArticleEdge", ("cursor", $"a:{p.Number}"), ("node", p.Node))).ToArray())));
    }

    /// <summary><c>Search</c> whose hits are the generated articles, in the same order and with the same cursors.</summary>
    public static ReadOnlyMemory<byte> GeneratedSearch(GraphQLRequest request, int count)
    {
        (List<(int Number, Dictionary<string, object?> Node)> page, Dictionary<string, object?> pageInfo) = GeneratedWindow(request, count);
        return Data("search", Typed("SearchConnection",
            ("totalCount", count),
            ("pageInfo", pageInfo),
            ("edges", page.Select(p => (object?)Typed("SearchEdge", ("cursor", $"a:{p.Number}"), ("node", Typed("SearchHit",
                ("snippet", $"[Generated] article {p.Number}"), ("score", 1.0), ("node", Without(p.Node, "column")))))).ToArray())));
    }

    private static (List<(int Number, Dictionary<string, object?> Node)> Page, Dictionary<string, object?> PageInfo) GeneratedWindow(GraphQLRequest request, int count)
    {
        using var variables = System.Text.Json.JsonDocument.Parse(request.GetVariablesJson() is { Length: > 0 } v ? v : "{}");
        int? Int(string name) => variables.RootElement.TryGetProperty(name, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.Number ? value.GetInt32() : null;
        int? Number(string name) => variables.RootElement.TryGetProperty(name, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String
            ? int.Parse(value.GetString()!.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture) : null;

        // Article n sits at index count - n.
        int from = Number("after") is { } after ? count - after + 1 : 0;
        int to = Number("before") is { } before ? count - before : count;
        int? first = Int("first");
        int? last = Int("last");
        if (first is { } f)
        {
            to = Math.Min(to, from + f);
        }

        if (last is { } l)
        {
            from = Math.Max(from, to - l);
        }

        var page = new List<(int Number, Dictionary<string, object?> Node)>();
        for (int index = from; index < to; index++)
        {
            int n = count - index;
            page.Add((n, Typed("Article",
                ("id", $"A{n}"), ("slug", $"generated-{n}"), ("title", $"Generated article {n}"), ("author", null), ("publisher", "Press"),
                ("publishedOn", "2024-01-01"), ("column", null))));
        }

        return (page, Typed("PageInfo", ("hasNextPage", to < count), ("hasPreviousPage", from > 0),
            ("startCursor", page.Count > 0 ? $"a:{count - from}" : null), ("endCursor", page.Count > 0 ? $"a:{count - to + 1}" : null)));
    }

    /// <summary>The <c>where.evidenceLevel</c> a request filters by, or null.</summary>
    private static string? Level(System.Text.Json.JsonElement variables) =>
        variables.TryGetProperty("where", out var where) && where.ValueKind == System.Text.Json.JsonValueKind.Object
            && where.TryGetProperty("evidenceLevel", out var level) ? level.GetString() : null;

    private static string? StudyKey(string? slug, string? doi, string? pmid) =>
        slug is LuSlug or WuhanSlug ? slug : string.Equals(doi, LuDoi, StringComparison.OrdinalIgnoreCase) || pmid == LuPmid ? LuSlug : null;

    private static Dictionary<string, object?> Connection(string type, params Dictionary<string, object?>[] nodes) => Typed(type + "Connection",
        ("totalCount", nodes.Length),
        ("pageInfo", Typed("PageInfo", ("hasNextPage", false), ("hasPreviousPage", false), ("startCursor", "c0"), ("endCursor", "c" + nodes.Length))),
        ("edges", nodes.Select((n, i) => (object?)Typed(type + "Edge", ("cursor", "c" + i), ("node", n))).ToArray()));

    /// <summary>A nested connection as the detail operations select it: <c>totalCount</c> and <c>nodes</c>.</summary>
    private static Dictionary<string, object?> NodeConnection(string type, params Dictionary<string, object?>[] nodes) => Typed(type + "Connection",
        ("totalCount", nodes.Length), ("nodes", nodes.Select(n => (object?)n).ToArray()));

    private static Dictionary<string, object?> ArticleNode(string slug) => slug == BoneSlug
        ? Typed("Article", ("id", "QXJ0aWNsZTox"), ("slug", BoneSlug), ("title", BoneTitle), ("author", "GSHWORLD"), ("publisher", null), ("publishedOn", "2023-11-06"), ("column", "Product News"))
        : Typed("Article", ("id", "QXJ0aWNsZToy"), ("slug", SkinSlug), ("title", SkinTitle), ("author", null), ("publisher", "GSHWORLD"), ("publishedOn", "2023-05-02"), ("column", null));

    private static Dictionary<string, object?> StudySummary(string slug) => slug == LuSlug
        ? Typed("Study", ("id", "U3R1ZHk6MQ"), ("slug", LuSlug), ("label", LuLabel), ("title", "NMN promotes osteogenesis in aged BMSCs"), ("year", 2023),
            ("journal", "J Gerontol A Biol Sci Med Sci"), ("doi", LuDoi), ("evidenceLevels", Arr("IN_VITRO", "ANIMAL_MODEL")),
            ("verification", Typed("Verification", ("status", "VERIFIED"))))
        : Typed("Study", ("id", "U3R1ZHk6Mg"), ("slug", WuhanSlug), ("label", WuhanLabel), ("title", null), ("year", 2023),
            ("journal", null), ("doi", null), ("evidenceLevels", Arr("ANIMAL_MODEL")),
            ("verification", Typed("Verification", ("status", "UNIDENTIFIED"))));

    private static Dictionary<string, object?> ClaimNode(string slug) => slug switch
    {
        AgingClaim => Typed("Claim", ("id", "Q2xhaW06MQ"), ("slug", AgingClaim), ("statement", AgingStatement), ("kind", "STUDY_FINDING"), ("evidenceLevel", "IN_VITRO"), ("evidenceVerification", "VERIFIED_AGAINST_ABSTRACT"), ("aboutNmn", true)),
        HealingClaim => Typed("Claim", ("id", "Q2xhaW06Mg"), ("slug", HealingClaim), ("statement", HealingStatement), ("kind", "STUDY_FINDING"), ("evidenceLevel", "ANIMAL_MODEL"), ("evidenceVerification", "VERIFIED_AGAINST_ABSTRACT"), ("aboutNmn", true)),
        _ => Typed("Claim", ("id", "Q2xhaW06Mw"), ("slug", EczemaClaim), ("statement", EczemaStatement), ("kind", "STUDY_FINDING"), ("evidenceLevel", "ANIMAL_MODEL"), ("evidenceVerification", "ARTICLE_ONLY"), ("aboutNmn", true)),
    };

    private static Dictionary<string, object?> TopicSummary(string slug, string label, string id) => Typed("Topic", ("id", id), ("slug", slug), ("label", label));

    private static Dictionary<string, object?> Article(string slug)
    {
        Dictionary<string, object?> article = ArticleNode(slug);
        if (slug == SkinSlug)
        {
            const string skinText = SkinTitle + "\n\nA Wuhan team found that topical NMN reduced eczema symptoms in mice.";
            int q = skinText.IndexOf("topical NMN", StringComparison.Ordinal);
            article["sourceUrl"] = "https://example.org/skin";
            article["importedAt"] = "2026-01-01T00:00:00Z";
            article["text"] = skinText;
            article["blocks"] = Arr(Typed("Block", ("index", 0), ("kind", "TITLE"), ("text", SkinTitle), ("start", 0), ("end", SkinTitle.Length)));
            article["mentions"] = Arr(Typed("ClaimMention", ("quote", "topical NMN reduced eczema symptoms in mice"), ("start", q), ("end", q + 43),
                ("claim", Typed("Claim", ("id", "Q2xhaW06Mw"), ("slug", EczemaClaim), ("statement", EczemaStatement), ("evidenceLevel", "ANIMAL_MODEL"), ("evidenceVerification", "ARTICLE_ONLY")))));
            article["citations"] = Arr(
                Typed("Citation", ("mode", "DESCRIBED"), ("text", "A Wuhan team found"), ("start", SkinTitle.Length + 2), ("end", SkinTitle.Length + 20),
                    ("study", Typed("Study", ("id", "U3R1ZHk6Mg"), ("slug", WuhanSlug), ("label", WuhanLabel), ("doi", null)))),
                Typed("Citation", ("mode", "DESCRIBED"), ("text", "bone study"), ("start", 0), ("end", 3),
                    ("study", Typed("Study", ("id", "U3R1ZHk6MQ"), ("slug", LuSlug), ("label", LuLabel), ("doi", LuDoi)))));
            article["corrections"] = Arr();
            article["topics"] = Arr();
            return article;
        }

        int aging = BoneText.IndexOf(AgingQuote, StringComparison.Ordinal);
        int healing = BoneText.IndexOf(HealingQuote, StringComparison.Ordinal);
        int reference = BoneText.IndexOf("Reference:", StringComparison.Ordinal);
        article["sourceUrl"] = "https://example.org/bone";
        article["importedAt"] = "2026-01-01T00:00:00Z";
        article["text"] = BoneText;
        article["blocks"] = Arr(
            Typed("Block", ("index", 0), ("kind", "TITLE"), ("text", BoneTitle), ("start", 0), ("end", BoneTitle.Length)),
            Typed("Block", ("index", 1), ("kind", "REFERENCE"), ("text", BoneText[reference..]), ("start", reference), ("end", BoneText.Length)));
        article["mentions"] = Arr(
            Typed("ClaimMention", ("quote", AgingQuote), ("start", aging), ("end", aging + AgingQuote.Length),
                ("claim", Typed("Claim", ("id", "Q2xhaW06MQ"), ("slug", AgingClaim), ("statement", AgingStatement), ("evidenceLevel", "IN_VITRO"), ("evidenceVerification", "VERIFIED_AGAINST_ABSTRACT")))),
            Typed("ClaimMention", ("quote", HealingQuote), ("start", healing), ("end", healing + HealingQuote.Length),
                ("claim", Typed("Claim", ("id", "Q2xhaW06Mg"), ("slug", HealingClaim), ("statement", HealingStatement), ("evidenceLevel", "ANIMAL_MODEL"), ("evidenceVerification", "VERIFIED_AGAINST_ABSTRACT")))));
        article["citations"] = Arr(Typed("Citation", ("mode", "FORMAL_REFERENCE"), ("text", BoneText[reference..]), ("start", reference), ("end", BoneText.Length),
            ("study", Typed("Study", ("id", "U3R1ZHk6MQ"), ("slug", LuSlug), ("label", LuLabel), ("doi", LuDoi)))));
        article["corrections"] = Arr(Typed("Correction", ("original", "TNF-LMAR"), ("likelyIntended", "TNF-α"), ("start", 0), ("end", 3), ("confidence", "HIGH"), ("rationale", "OCR of the Greek letter")));
        article["topics"] = Arr(TopicSummary("bone-osteoporosis", "Bone / osteoporosis", "VG9waWM6MQ"));
        return article;
    }

    private static Dictionary<string, object?> Claim(string slug)
    {
        Dictionary<string, object?> claim = ClaimNode(slug);
        bool skin = slug == EczemaClaim;
        claim["caveats"] = skin ? Arr("The article does not identify the study.") : Arr("Shown in cells and mice, not in people.");
        claim["evidence"] = Arr(Typed("Evidence",
            ("stance", skin ? "UNVERIFIED" : "SUPPORTS"),
            ("level", skin ? "ANIMAL_MODEL" : slug == AgingClaim ? "IN_VITRO" : "ANIMAL_MODEL"),
            ("verification", skin ? "ARTICLE_ONLY" : "VERIFIED_AGAINST_ABSTRACT"),
            ("note", skin ? null : "TNF-α-induced senescence in human BMSCs"),
            ("study", StudySummary(skin ? WuhanSlug : LuSlug))));
        string quote = slug switch { AgingClaim => AgingQuote, HealingClaim => HealingQuote, _ => "topical NMN reduced eczema symptoms in mice" };
        string articleSlug = skin ? SkinSlug : BoneSlug;
        Dictionary<string, object?> article = ArticleNode(articleSlug);
        claim["mentions"] = Arr(Typed("ClaimMention", ("quote", quote), ("start", 10), ("end", 10 + quote.Length),
            ("article", Typed("Article", ("id", article["id"]), ("slug", articleSlug), ("title", article["title"])))));
        article.Remove("column");
        claim["articles"] = NodeConnection("Article", article);
        claim["topics"] = Arr(TopicSummary("bone-osteoporosis", "Bone / osteoporosis", "VG9waWM6MQ"));
        return claim;
    }

    private static Dictionary<string, object?> Study(string slug)
    {
        Dictionary<string, object?> study = StudySummary(slug);
        bool lu = slug == LuSlug;
        study["authors"] = lu ? Arr("Lu A", "Li H", "Niu J") : Arr();
        study["volume"] = lu ? "78" : null;
        study["issue"] = lu ? "2" : null;
        study["pages"] = lu ? "290-297" : null;
        study["pmid"] = lu ? LuPmid : null;
        study["institutions"] = lu ? Arr("University of Sydney") : Arr();
        study["findings"] = lu ? Arr("NMN reduced TNF-α-induced senescence threefold") : Arr();
        study["verification"] = Typed("Verification", ("status", lu ? "VERIFIED" : "UNIDENTIFIED"), ("note", lu ? "Checked against PubMed" : "No matching paper found"), ("sources", Arr()));
        study["design"] = Typed("StudyDesign", ("summary", lu ? "Human BMSCs in vitro and ovariectomized mice" : "Chemically induced eczema in mice"),
            ("inVitro", lu ? "human BMSCs" : null), ("animal", "mice"), ("species", "mouse"), ("dose", lu ? "400 mg/kg" : null), ("route", null), ("duration", lu ? "2 months" : null), ("humanTrial", false));
        study["claims"] = lu
            ? NodeConnection("Claim", Without(ClaimNode(AgingClaim), "aboutNmn"), Without(ClaimNode(HealingClaim), "aboutNmn"))
            : NodeConnection("Claim", Without(ClaimNode(EczemaClaim), "aboutNmn"));
        Dictionary<string, object?>[] citing = lu ? [ArticleNode(BoneSlug), ArticleNode(SkinSlug)] : [ArticleNode(SkinSlug)];
        study["topics"] = Arr();
        study["citedBy"] = Typed("ArticleConnection", ("totalCount", citing.Length),
            ("edges", citing.Select((a, i) => (object?)Typed("ArticleEdge", ("cursor", "c" + i), ("node", Without(a, "column")))).ToArray()));
        return study;
    }

    private static Dictionary<string, object?> Without(Dictionary<string, object?> obj, string field)
    {
        var copy = new Dictionary<string, object?>(obj, StringComparer.Ordinal);
        copy.Remove(field);
        return copy;
    }
}
