using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Api;

/// <summary>Reads coerced input objects (maps of field name to value) into the store's filter and command records.</summary>
internal static class ApiInput
{
    public static ArticleFilter? ArticleFilter(object? value) => value is IReadOnlyDictionary<string, object?> map
        ? new ArticleFilter
        {
            Title = StringFilter(map, "title"),
            Text = StringFilter(map, "text"),
            Author = StringFilter(map, "author"),
            PublishedOn = DateRange(map, "publishedOn"),
            Topic = Get<string>(map, "topic"),
            CitesStudy = Get<string>(map, "citesStudy") is { } study ? GlobalId.Expect(study, EntityKind.Study, "where.citesStudy") : null,
            And = List(map, "and", ArticleFilter),
            Or = List(map, "or", ArticleFilter),
        }
        : null;

    public static StudyFilter? StudyFilter(object? value) => value is IReadOnlyDictionary<string, object?> map
        ? new StudyFilter
        {
            Title = StringFilter(map, "title"),
            Journal = StringFilter(map, "journal"),
            Year = Get<int?>(map, "year"),
            HasDoi = Get<bool?>(map, "hasDoi"),
            Verification = Get<VerificationStatus?>(map, "verification"),
            EvidenceLevel = Get<EvidenceLevel?>(map, "evidenceLevel"),
            Topic = Get<string>(map, "topic"),
            And = List(map, "and", StudyFilter),
            Or = List(map, "or", StudyFilter),
        }
        : null;

    public static ClaimFilter? ClaimFilter(object? value) => value is IReadOnlyDictionary<string, object?> map
        ? new ClaimFilter
        {
            Statement = StringFilter(map, "statement"),
            Kind = Get<ClaimKind?>(map, "kind"),
            EvidenceLevel = Get<EvidenceLevel?>(map, "evidenceLevel"),
            EvidenceVerification = Get<EvidenceVerification?>(map, "evidenceVerification"),
            AboutNmn = Get<bool?>(map, "aboutNmn"),
            Topic = Get<string>(map, "topic"),
            Article = Get<string>(map, "article") is { } article ? GlobalId.Expect(article, EntityKind.Article, "where.article") : null,
            Study = Get<string>(map, "study") is { } study ? GlobalId.Expect(study, EntityKind.Study, "where.study") : null,
            And = List(map, "and", ClaimFilter),
            Or = List(map, "or", ClaimFilter),
        }
        : null;

    public static IReadOnlyList<ArticleOrder>? ArticleOrder(object? value) => Orders(value, (field, direction) => field switch
    {
        "title" => new ArticleOrder(ArticleOrderField.Title, direction),
        _ => new ArticleOrder(ArticleOrderField.PublishedOn, direction),
    });

    public static IReadOnlyList<StudyOrder>? StudyOrder(object? value) => Orders(value, (field, direction) => field switch
    {
        "title" => new StudyOrder(StudyOrderField.Title, direction),
        _ => new StudyOrder(StudyOrderField.Year, direction),
    });

    public static IReadOnlyList<ClaimOrder>? ClaimOrder(object? value) => Orders(value, (field, direction) => field switch
    {
        "statement" => new ClaimOrder(ClaimOrderField.Statement, direction),
        _ => new ClaimOrder(ClaimOrderField.EvidenceLevel, direction),
    });

    public static MentionInput Mention(object? value, string argument)
    {
        var map = (IReadOnlyDictionary<string, object?>)value!;
        return new MentionInput(
            GlobalId.Expect(Get<string>(map, "article"), EntityKind.Article, argument + ".article"),
            Get<int>(map, "start"),
            Get<int>(map, "end"),
            Get<string>(map, "quote"));
    }

    public static IReadOnlyList<string>? Strings(IReadOnlyDictionary<string, object?> map, string name) =>
        map.TryGetValue(name, out object? value) && value is IEnumerable<object?> items ? [.. items.Select(i => (string)i!)] : null;

    public static T Get<T>(IReadOnlyDictionary<string, object?> map, string name) =>
        map.TryGetValue(name, out object? value) && value is not null ? (T)value : default!;

    private static StringFilter? StringFilter(IReadOnlyDictionary<string, object?> map, string name) =>
        map.TryGetValue(name, out object? value) && value is IReadOnlyDictionary<string, object?> filter
            ? new StringFilter(Get<string>(filter, "eq"), Get<string>(filter, "contains"), Get<string>(filter, "startsWith"))
            : null;

    private static DateRange? DateRange(IReadOnlyDictionary<string, object?> map, string name) =>
        map.TryGetValue(name, out object? value) && value is IReadOnlyDictionary<string, object?> range
            ? new DateRange(Get<DateOnly?>(range, "from"), Get<DateOnly?>(range, "to"))
            : null;

    private static IReadOnlyList<T>? List<T>(IReadOnlyDictionary<string, object?> map, string name, Func<object?, T?> read)
        where T : class =>
        map.TryGetValue(name, out object? value) && value is IEnumerable<object?> items ? [.. items.Select(i => read(i)!)] : null;

    private static IReadOnlyList<T>? Orders<T>(object? value, Func<string, SortDirection, T> create)
    {
        if (value is not IEnumerable<object?> items)
        {
            return null;
        }

        var orders = new List<T>();
        foreach (object? item in items)
        {
            // @oneOf: validation guarantees exactly one non-null field.
            foreach ((string field, object? direction) in (IReadOnlyDictionary<string, object?>)item!)
            {
                if (direction is SortDirection sort)
                {
                    orders.Add(create(field, sort));
                }
            }
        }

        return orders;
    }
}
