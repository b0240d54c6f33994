using System.Globalization;
using NmnGraph.Client;

namespace NmnGraph.Tui.App;

/// <summary>Turns the typed client's summaries into list rows.</summary>
internal static class Rows
{
    public static ListItem Article(IArticleSummary a, string? column = null) =>
        new(new EntityRef(EntityKind.Article, a.Slug), Labels.ArticleTitle(a.Title, a.Slug), Join(a.Publisher ?? a.Author, a.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), column));

    public static ListItem Study(IStudySummary s) =>
        new(new EntityRef(EntityKind.Study, s.Slug), s.Label, Join(s.Journal ?? "(journal unknown)", s.Year?.ToString(CultureInfo.InvariantCulture)))
        {
            Verification = s.Verification.Status,
            Level = s.EvidenceLevels.Count > 0 ? s.EvidenceLevels.Min() : null,
            Doi = s.Doi,
        };

    public static ListItem Claim(IClaimSummary c) =>
        new(new EntityRef(EntityKind.Claim, c.Slug), c.Statement, Labels.Kind(c.Kind))
        {
            Level = c.EvidenceLevel,
            LevelVerification = c.EvidenceVerification,
        };

    public static IReadOnlyList<ListItem> Topics(IReadOnlyList<Topics_Topics> topics)
    {
        // Roots first, each followed by its children, indented.
        var bySlug = topics.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        var rows = new List<ListItem>();
        foreach (Topics_Topics root in topics.Where(t => t.Parent is null || !bySlug.ContainsKey(t.Parent.Slug)))
        {
            Add(root, 0);
        }

        return rows;

        void Add(Topics_Topics topic, int depth)
        {
            if (rows.Any(r => string.Equals(r.Target.Key, topic.Slug, StringComparison.Ordinal)))
            {
                return; // a cycle in bad data: show each topic once
            }

            rows.Add(new ListItem(new EntityRef(EntityKind.Topic, topic.Slug), topic.Label, topic.Slug) { Depth = depth });
            foreach (Topics_Topics_Children child in topic.Children)
            {
                if (bySlug.TryGetValue(child.Slug, out Topics_Topics? found))
                {
                    Add(found, depth + 1);
                }
            }
        }
    }

    public static ListItem? SearchHit(Search_Search_Edges_Node hit) => hit.Node switch
    {
        Search_Search_Edges_Node_Node_Article a => Article(a) with { Detail = "article · " + hit.Snippet },
        Search_Search_Edges_Node_Node_Study s => Study(s) with { Detail = "study · " + hit.Snippet },
        Search_Search_Edges_Node_Node_Claim c => Claim(c) with { Detail = "claim · " + hit.Snippet },
        _ => null,
    };

    private static string Join(params string?[] parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
