using NmnGraph.Client;

namespace NmnGraph.Tui.App;

/// <summary>
/// One order a list tab can be sorted in (<c>s</c> cycles them): its label for the pane title and the <c>orderBy</c>
/// the API is asked for. The first of each tab is the API's default order (no <c>orderBy</c>).
/// </summary>
public sealed record ListSort(string Label, IReadOnlyList<ArticleOrder>? Articles = null, IReadOnlyList<StudyOrder>? Studies = null, IReadOnlyList<ClaimOrder>? Claims = null)
{
    private static readonly IReadOnlyList<ListSort> s_articles =
    [
        new("newest first"),
        new("oldest first", Articles: [new ArticleOrder { PublishedOn = SortDirection.Asc }]),
        new("title A–Z", Articles: [new ArticleOrder { Title = SortDirection.Asc }]),
        new("title Z–A", Articles: [new ArticleOrder { Title = SortDirection.Desc }]),
    ];

    private static readonly IReadOnlyList<ListSort> s_studies =
    [
        new("as added"),
        new("newest first", Studies: [new StudyOrder { Year = SortDirection.Desc }]),
        new("oldest first", Studies: [new StudyOrder { Year = SortDirection.Asc }]),
        new("title A–Z", Studies: [new StudyOrder { Title = SortDirection.Asc }]),
    ];

    private static readonly IReadOnlyList<ListSort> s_claims =
    [
        new("as added"),
        new("strongest evidence first", Claims: [new ClaimOrder { EvidenceLevel = SortDirection.Asc }]),
        new("weakest evidence first", Claims: [new ClaimOrder { EvidenceLevel = SortDirection.Desc }]),
        new("statement A–Z", Claims: [new ClaimOrder { Statement = SortDirection.Asc }]),
    ];

    /// <summary>The orders a tab offers, the default first; empty for the tabs that have one order (topics, search).</summary>
    public static IReadOnlyList<ListSort> For(ListTab tab) => tab switch
    {
        ListTab.Articles => s_articles,
        ListTab.Studies => s_studies,
        ListTab.Claims => s_claims,
        _ => [],
    };
}
