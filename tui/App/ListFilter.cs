using System.Globalization;
using System.Text;
using NmnGraph.Client;

namespace NmnGraph.Tui.App;

/// <summary>
/// A list tab's filter as typed at the <c>f</c> prompt: <c>topic:SLUG level:animal-model verification:verified
/// year:2023</c>, each part optional. It becomes the API's <c>where</c> argument; which keys a tab takes is
/// <see cref="KeysFor"/> (articles: topic, year; studies: all four; claims: topic, level, verification).
/// </summary>
public sealed record ListFilter
{
    public static ListFilter None { get; } = new();

    public string? Topic { get; init; }

    public EvidenceLevel? Level { get; init; }

    /// <summary>A study's verification status (the Studies tab).</summary>
    public VerificationStatus? StudyVerification { get; init; }

    /// <summary>How far a claim's evidence at its level was checked (the Claims tab).</summary>
    public EvidenceVerification? ClaimVerification { get; init; }

    public int? Year { get; init; }

    public bool IsEmpty => this == None;

    /// <summary>The filter keys a tab takes, in the order the prompt completes them.</summary>
    public static IReadOnlyList<string> KeysFor(ListTab tab) => tab switch
    {
        ListTab.Articles => ["topic", "year"],
        ListTab.Studies => ["topic", "level", "verification", "year"],
        ListTab.Claims => ["topic", "level", "verification"],
        _ => [],
    };

    /// <summary>The values a key takes that can be listed (levels, verifications); topics and years are open.</summary>
    public static IReadOnlyList<string> ValuesFor(ListTab tab, string key) => key switch
    {
        "level" => Names<EvidenceLevel>(),
        "verification" when tab == ListTab.Studies => Names<VerificationStatus>(),
        "verification" => Names<EvidenceVerification>(),
        _ => [],
    };

    /// <summary>Reads the prompt's text; an empty text clears the filter. Null and a message when a part is not understood.</summary>
    public static (ListFilter? Filter, string? Error) Parse(string text, ListTab tab)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<string> keys = KeysFor(tab);
        var filter = None;
        foreach (string part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int colon = part.IndexOf(':', StringComparison.Ordinal);
            string key = colon < 0 ? part.ToLowerInvariant() : part[..colon].ToLowerInvariant();
            string value = colon < 0 ? string.Empty : part[(colon + 1)..];
            if (!keys.Contains(key))
            {
                return (null, $"'{part}' is not a filter for {tab.ToString().ToLowerInvariant()}; use {string.Join(", ", keys.Select(k => k + ":…"))}.");
            }

            if (value.Length == 0)
            {
                return (null, $"'{key}:' needs a value, e.g. {Example(tab, key)}.");
            }

            ListFilter? next = key switch
            {
                "topic" => filter with { Topic = value },
                "year" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= 1000 and <= 9999 ? filter with { Year = year } : null,
                "level" => Find<EvidenceLevel>(value) is { } level ? filter with { Level = level } : null,
                _ when tab == ListTab.Studies => Find<VerificationStatus>(value) is { } status ? filter with { StudyVerification = status } : null,
                _ => Find<EvidenceVerification>(value) is { } checkedAs ? filter with { ClaimVerification = checkedAs } : null,
            };
            if (next is null)
            {
                string allowed = key == "year" ? "a year such as 2023" : string.Join(", ", ValuesFor(tab, key));
                return (null, $"'{value}' is not a {key}; use {allowed}.");
            }

            filter = next;
        }

        return (filter, null);
    }

    /// <summary>The filter as the prompt reads it back (<see cref="Parse"/> gives the same filter).</summary>
    public string ToText()
    {
        var parts = new List<string>();
        if (Topic is not null)
        {
            parts.Add("topic:" + Topic);
        }

        if (Level is { } level)
        {
            parts.Add("level:" + Name(level));
        }

        if (StudyVerification is { } status)
        {
            parts.Add("verification:" + Name(status));
        }

        if (ClaimVerification is { } checkedAs)
        {
            parts.Add("verification:" + Name(checkedAs));
        }

        if (Year is { } year)
        {
            parts.Add("year:" + year.ToString(CultureInfo.InvariantCulture));
        }

        return string.Join(' ', parts);
    }

    public ArticleFilter? ToArticles() => IsEmpty ? null : new ArticleFilter
    {
        Topic = Given(Topic),
        PublishedOn = Year is { } year ? new DateRange { From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31) } : default(Optional<DateRange?>),
    };

    public StudyFilter? ToStudies() => IsEmpty ? null : new StudyFilter
    {
        Topic = Given(Topic),
        Year = Given(Year),
        EvidenceLevel = Given(Level),
        Verification = Given(StudyVerification),
    };

    public ClaimFilter? ToClaims() => IsEmpty ? null : new ClaimFilter
    {
        Topic = Given(Topic),
        EvidenceLevel = Given(Level),
        EvidenceVerification = Given(ClaimVerification),
    };

    // Parts not set are left out of the request rather than sent as null.
    private static Optional<string?> Given(string? value) => value is null ? default(Optional<string?>) : value;

    private static Optional<T?> Given<T>(T? value)
        where T : struct => value is null ? default(Optional<T?>) : value;

    /// <summary><c>AnimalModel</c> → <c>animal-model</c>.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum
    {
        string name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    // The client's enums end in Unknown (for values a newer server may send); it is nothing to filter by.
    private static IEnumerable<T> Known<T>()
        where T : struct, Enum => Enum.GetValues<T>().Where(v => !string.Equals(v.ToString(), "Unknown", StringComparison.Ordinal));

    private static string[] Names<T>()
        where T : struct, Enum => [.. Known<T>().Select(Name)];

    private static T? Find<T>(string name)
        where T : struct, Enum
    {
        foreach (T value in Known<T>())
        {
            if (string.Equals(Name(value), name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private static string Example(ListTab tab, string key) => key switch
    {
        "topic" => "topic:bone-osteoporosis",
        "year" => "year:2023",
        _ => key + ":" + ValuesFor(tab, key)[0],
    };
}
