using System.Globalization;
using System.Text;
using NmnGraph.Client;
using NmnGraph.Terminal;
using NmnGraph.Terminal.Widgets;
using NmnGraph.Tui.App;

namespace NmnGraph.Tui.Screens;

/// <summary>
/// Builds the detail pane's text for an entity: metadata, sections, and every cross-reference as a tagged span
/// (<see cref="EntityRef.ToTag"/>), which the pane selects with the arrows and follows with Enter.
/// </summary>
public static class DetailDocument
{
    /// <summary>The text for <paramref name="detail"/> wrapped at <paramref name="width"/> columns.</summary>
    public static TextLayout Layout(EntityDetail detail, int width, bool monochrome = false)
    {
        ArgumentNullException.ThrowIfNull(detail);
        return TextLayout.Wrap(Build(detail, monochrome), Math.Max(1, width));
    }

    /// <summary>
    /// The text for <paramref name="detail"/>. <paramref name="monochrome"/>: the screen shows no colours, so each claim
    /// quote in an article's text has its evidence level spelled out by its number (<c>[2 animal model]</c>).
    /// </summary>
    public static StyledText Build(EntityDetail detail, bool monochrome = false) => detail switch
    {
        EntityDetail.Article a => Article(a.Data, monochrome),
        EntityDetail.Claim c => Claim(c.Data),
        EntityDetail.Study s => Study(s.Data),
        EntityDetail.Topic t => Topic(t.Data),
        _ => StyledText.Plain(detail.Title),
    };

    private static StyledText Article(GetArticle_Article a, bool monochrome)
    {
        var text = new StyledText();
        text.AppendLine(Labels.ArticleTitle(a.Title, a.Slug), a.Title is null ? Theme.Dim : Theme.Title);
        Field(text, "Slug", a.Slug);
        Field(text, "By", Join(Byline(a.Author, a.Publisher)));
        Field(text, "Published", a.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(text, "Column", a.Column);
        LinkField(text, "Source", a.SourceUrl, a.SourceUrl);
        if (a.Topics.Count > 0)
        {
            text.Append("Topics  ", Theme.Label);
            for (int i = 0; i < a.Topics.Count; i++)
            {
                text.Append(i > 0 ? ", " : string.Empty);
                text.Append(a.Topics[i].Label, default, new EntityRef(EntityKind.Topic, a.Topics[i].Slug).ToTag());
            }

            text.AppendLine();
        }

        if (a.Citations.Count > 0)
        {
            int studies = a.Citations.Select(c => c.Study.Slug).Distinct(StringComparer.Ordinal).Count();
            Section(text, $"Cites {studies} stud{(studies == 1 ? "y" : "ies")}");
            foreach (IGrouping<string, GetArticle_Article_Citations> study in a.Citations.GroupBy(c => c.Study.Slug, StringComparer.Ordinal))
            {
                GetArticle_Article_Citations first = study.First();
                text.Append(" • ");
                text.Append(first.Study.Label, default, new EntityRef(EntityKind.Study, first.Study.Slug).ToTag());
                text.AppendLine();
                if (first.Study.Doi is { } doi)
                {
                    text.Append("   doi:", Theme.Dim);
                    text.Append(new Span(doi, Theme.Dim, LinkTags.Doi(doi)) { Link = LinkTags.DoiUrl(doi) });
                    text.AppendLine();
                }

                foreach (GetArticle_Article_Citations citation in study)
                {
                    string mode = citation.Mode == CitationMode.FormalReference ? "reference" : "described";
                    text.Append($"   {mode}: ", Theme.Label);
                    text.AppendLine($"“{Clip(citation.Text, 160)}”", Theme.Dim);
                }
            }
        }

        List<GetArticle_Article_Mentions> mentions = [.. a.Mentions.OrderBy(m => m.Start)];
        Section(text, $"Text — {mentions.Count} claim quote{(mentions.Count == 1 ? string.Empty : "s")} highlighted");
        Body(text, a, mentions, monochrome);

        if (mentions.Count > 0)
        {
            Section(text, "Claims made");
            for (int i = 0; i < mentions.Count; i++)
            {
                GetArticle_Article_Mentions m = mentions[i];
                text.Append($"[{i + 1}] ", Theme.Marker);
                text.Append(m.Claim.Statement, default, new EntityRef(EntityKind.Claim, m.Claim.Slug).ToTag());
                text.Append("  ");
                text.AppendLine(Labels.Level(m.Claim.EvidenceLevel, m.Claim.EvidenceVerification), Theme.Level(m.Claim.EvidenceLevel, m.Claim.EvidenceVerification));
            }
        }

        if (a.Corrections.Count > 0)
        {
            Section(text, $"Corrections ({a.Corrections.Count} suspected transcription errors)");
            foreach (GetArticle_Article_Corrections c in a.Corrections.OrderBy(c => c.Start))
            {
                text.Append(" • ");
                text.Append($"“{c.Original}”", Theme.Warning);
                text.Append(" → ");
                text.Append($"“{c.LikelyIntended}”", Style.Fg(Color.Green));
                text.AppendLine($"  ({c.Confidence.ToString().ToLowerInvariant()} confidence)", Theme.Dim);
                if (!string.IsNullOrWhiteSpace(c.Rationale))
                {
                    text.AppendLine("   " + c.Rationale, Theme.Dim);
                }
            }
        }

        return text;
    }

    /// <summary>
    /// The article text with each claim quote highlighted, numbered ([1], [2]…) in text order and linked to its claim.
    /// Offsets are UTF-16 indexes; a mention that overlaps the previous one keeps only its non-overlapping part.
    /// </summary>
    private static void Body(StyledText text, GetArticle_Article a, List<GetArticle_Article_Mentions> mentions, bool monochrome)
    {
        string body = a.Text;
        int position = 0;
        for (int i = 0; i < mentions.Count; i++)
        {
            GetArticle_Article_Mentions m = mentions[i];
            int start = Math.Clamp(m.Start, position, body.Length);
            int end = Math.Clamp(m.End, start, body.Length);
            Plain(text, a, body, position, start);
            text.Append(monochrome ? $"[{i + 1} {Labels.Level(m.Claim.EvidenceLevel, m.Claim.EvidenceVerification)}]".Replace(' ', '\u00A0') : $"[{i + 1}]", Theme.Marker);
            if (end > start)
            {
                text.Append(body[start..end], Theme.Level(m.Claim.EvidenceLevel, m.Claim.EvidenceVerification), new EntityRef(EntityKind.Claim, m.Claim.Slug).ToTag());
            }

            position = end;
        }

        Plain(text, a, body, position, body.Length);
        text.AppendLine();
    }

    // Unquoted text, styled by the block it belongs to, with runs of blank lines squeezed to one.
    private static void Plain(StyledText text, GetArticle_Article a, string body, int from, int to)
    {
        int position = from;
        while (position < to)
        {
            GetArticle_Article_Blocks? block = a.Blocks.FirstOrDefault(b => b.Start <= position && position < b.End);
            int end = block is null ? NextBlockStart(a, position, to) : Math.Min(block.End, to);
            end = Math.Max(end, position + 1);
            Style style = block?.Kind switch
            {
                BlockKind.Title or BlockKind.Heading => Theme.Heading,
                BlockKind.Caption => Theme.Caption,
                BlockKind.Meta or BlockKind.Reference or BlockKind.Disclaimer or BlockKind.Boilerplate => Theme.Dim,
                _ => default,
            };
            text.Append(SqueezeBlankLines(body[position..end]), style);
            position = end;
        }
    }

    private static int NextBlockStart(GetArticle_Article a, int position, int limit)
    {
        int next = limit;
        foreach (GetArticle_Article_Blocks b in a.Blocks)
        {
            if (b.Start > position && b.Start < next)
            {
                next = b.Start;
            }
        }

        return next;
    }

    private static string SqueezeBlankLines(string s)
    {
        if (!s.Contains("\n\n\n", StringComparison.Ordinal) && !s.Contains('\r', StringComparison.Ordinal))
        {
            return s;
        }

        var builder = new StringBuilder(s.Length);
        int newlines = 0;
        foreach (char c in s)
        {
            if (c == '\r')
            {
                continue;
            }

            newlines = c == '\n' ? newlines + 1 : 0;
            if (newlines <= 2)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static StyledText Claim(GetClaim_Claim c)
    {
        var text = new StyledText();
        text.Append("Claim", Theme.Label);
        text.Append($" · {Labels.Kind(c.Kind)} · evidence: ", Theme.Label);
        text.AppendLine(Labels.Level(c.EvidenceLevel, c.EvidenceVerification), Theme.Level(c.EvidenceLevel, c.EvidenceVerification).Add(TextAttributes.Bold));
        text.AppendLine(c.Statement, Theme.Title);
        Field(text, "Slug", c.Slug);
        text.AppendLine(c.AboutNmn ? "About NMN / NAD+" : "Background or publication fact (not about NMN itself)", Theme.Dim);

        Section(text, "Evidence chain");
        if (c.Evidence.Count == 0)
        {
            text.AppendLine(" No study is linked as evidence.", Theme.Level(EvidenceLevel.None));
        }

        foreach (GetClaim_Claim_Evidence e in c.Evidence.OrderBy(e => e.Level))
        {
            Style level = Theme.Level(e.Level, e.Verification);
            text.Append(e.Verification == EvidenceVerification.ArticleOnly ? " ○ " : " ● ", level);
            text.Append(Labels.Level(e.Level).ToUpperInvariant(), level.Add(TextAttributes.Bold));
            text.Append($"  {Labels.Stance(e.Stance)}  ");
            text.Append(Labels.Verification(e.Verification) + "  ", e.Verification == EvidenceVerification.ArticleOnly ? level : Theme.Dim);
            text.Append(e.Study.Label, default, new EntityRef(EntityKind.Study, e.Study.Slug).ToTag());
            if (e.Study.Verification.Status == VerificationStatus.Unidentified)
            {
                text.Append("  ⚠ UNIDENTIFIED study", Theme.Warning);
            }

            text.AppendLine();
            if (!string.IsNullOrWhiteSpace(e.Note))
            {
                text.AppendLine("   " + e.Note, Theme.Dim);
            }
        }

        if (c.Caveats.Count > 0)
        {
            Section(text, "Caveats");
            foreach (string caveat in c.Caveats)
            {
                text.Append(" ! ", Theme.Warning);
                text.AppendLine(caveat);
            }
        }

        Section(text, $"Made by {Count(c.Articles.TotalCount, "article")}");
        foreach (GetClaim_Claim_Articles_Nodes article in c.Articles.Nodes)
        {
            text.Append(" • ");
            text.Append(Labels.ArticleTitle(article.Title, article.Slug), default, new EntityRef(EntityKind.Article, article.Slug).ToTag());
            text.AppendLine("  " + Join(article.Publisher ?? article.Author, article.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Theme.Dim);
            foreach (GetClaim_Claim_Mentions mention in c.Mentions.Where(m => string.Equals(m.Article.Slug, article.Slug, StringComparison.Ordinal)))
            {
                text.AppendLine($"   “{Clip(mention.Quote, 300)}”", Theme.Dim);
            }
        }

        More(text, c.Articles.TotalCount, c.Articles.Nodes.Count);

        Topics(text, c.Topics.Select(t => (t.Slug, t.Label)));
        return text;
    }

    private static StyledText Study(GetStudy_Study s)
    {
        var text = new StyledText();
        text.AppendLine(s.Label, Theme.Title);
        Field(text, "Slug", s.Slug);
        if (s.Verification.Status == VerificationStatus.Unidentified)
        {
            text.AppendLine("⚠ UNIDENTIFIED — an article describes this study, but it could not be identified.", Theme.Warning);
            text.AppendLine("  Nothing below has been completed from guesswork.", Theme.Warning);
        }

        text.AppendLine(s.Title ?? "(title unknown)", s.Title is null ? Theme.Dim : default);
        Field(text, "Authors", s.Authors.Count == 0 ? null : string.Join(", ", s.Authors));
        string? volume = s.Volume is null ? null : s.Volume + (s.Issue is null ? string.Empty : $"({s.Issue})") + (s.Pages is null ? string.Empty : ":" + s.Pages);
        Field(text, "Journal", Join(s.Journal, s.Year?.ToString(CultureInfo.InvariantCulture), volume));
        LinkField(text, "DOI", s.Doi, s.Doi is { } doi ? LinkTags.DoiUrl(doi) : null, s.Doi is { } d ? LinkTags.Doi(d) : null);
        LinkField(text, "PMID", s.Pmid, s.Pmid is { } pmid ? LinkTags.PubMedUrl(pmid) : null);
        Field(text, "Institutions", s.Institutions.Count == 0 ? null : string.Join("; ", s.Institutions));
        text.Append("Verification  ", Theme.Label);
        text.AppendLine(Labels.Verification(s.Verification.Status), Theme.Verification(s.Verification.Status));
        if (!string.IsNullOrWhiteSpace(s.Verification.Note))
        {
            text.AppendLine("  " + s.Verification.Note, Theme.Dim);
        }

        foreach (string source in s.Verification.Sources)
        {
            text.Append("  source: ", Theme.Dim);
            if (LinkTags.IsWebUrl(source))
            {
                text.Append(new Span(source, Theme.Dim, LinkTags.Url(source)) { Link = source });
                text.AppendLine();
            }
            else
            {
                text.AppendLine(source, Theme.Dim);
            }
        }

        if (s.EvidenceLevels.Count > 0)
        {
            text.Append("Evidence  ", Theme.Label);
            for (int i = 0; i < s.EvidenceLevels.Count; i++)
            {
                text.Append(i > 0 ? ", " : string.Empty);
                text.Append(Labels.Level(s.EvidenceLevels[i]), Theme.Level(s.EvidenceLevels[i]));
            }

            text.AppendLine();
        }

        Section(text, "Design");
        text.AppendLine(" " + s.Design.Summary);
        Field(text, " In vitro", s.Design.InVitro);
        Field(text, " Animal", s.Design.Animal);
        Field(text, " Species", s.Design.Species);
        Field(text, " Dose", s.Design.Dose);
        Field(text, " Route", s.Design.Route);
        Field(text, " Duration", s.Design.Duration);
        Field(text, " Human trial", s.Design.HumanTrial ? "yes" : "no");
        if (s.Findings.Count > 0)
        {
            Section(text, "Findings");
            foreach (string finding in s.Findings)
            {
                text.AppendLine(" • " + finding);
            }
        }

        Section(text, $"Bears on {Count(s.Claims.TotalCount, "claim")}");
        foreach (GetStudy_Study_Claims_Nodes claim in s.Claims.Nodes)
        {
            text.Append(" " + Labels.LevelBadge(claim.EvidenceLevel, claim.EvidenceVerification) + " ", Theme.Level(claim.EvidenceLevel, claim.EvidenceVerification));
            text.Append(claim.Statement, default, new EntityRef(EntityKind.Claim, claim.Slug).ToTag());
            text.AppendLine();
        }

        More(text, s.Claims.TotalCount, s.Claims.Nodes.Count);

        Section(text, $"Cited by {Count(s.CitedBy.TotalCount, "article")}");
        foreach (GetStudy_Study_CitedBy_Edges edge in s.CitedBy.Edges)
        {
            text.Append(" • ");
            text.Append(Labels.ArticleTitle(edge.Node.Title, edge.Node.Slug), default, new EntityRef(EntityKind.Article, edge.Node.Slug).ToTag());
            text.AppendLine("  " + Join(edge.Node.Publisher ?? edge.Node.Author, edge.Node.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Theme.Dim);
        }

        More(text, s.CitedBy.TotalCount, s.CitedBy.Edges.Count);

        Topics(text, s.Topics.Select(t => (t.Slug, t.Label)));
        return text;
    }

    private static StyledText Topic(GetTopic_Topic t)
    {
        var text = new StyledText();
        text.AppendLine(t.Label, Theme.Title);
        Field(text, "Slug", t.Slug);
        if (t.Parent is { } parent)
        {
            text.Append("Part of  ", Theme.Label);
            text.Append(parent.Label, default, new EntityRef(EntityKind.Topic, parent.Slug).ToTag());
            text.AppendLine();
        }

        if (t.Children.Count > 0)
        {
            Topics(text, t.Children.Select(c => (c.Slug, c.Label)), "Narrower topics");
        }

        Section(text, $"Claims ({Number(t.Claims.TotalCount)})");
        foreach (GetTopic_Topic_Claims_Nodes claim in t.Claims.Nodes)
        {
            text.Append(" " + Labels.LevelBadge(claim.EvidenceLevel, claim.EvidenceVerification) + " ", Theme.Level(claim.EvidenceLevel, claim.EvidenceVerification));
            text.Append(claim.Statement, default, new EntityRef(EntityKind.Claim, claim.Slug).ToTag());
            text.AppendLine();
        }

        More(text, t.Claims.TotalCount, t.Claims.Nodes.Count);
        if (t.Studies.TotalCount > 0)
        {
            Section(text, $"Studies ({Number(t.Studies.TotalCount)})");
            foreach (GetTopic_Topic_Studies_Nodes study in t.Studies.Nodes)
            {
                text.Append(" • ");
                text.Append(study.Label, default, new EntityRef(EntityKind.Study, study.Slug).ToTag());
                if (study.Verification.Status == VerificationStatus.Unidentified)
                {
                    text.Append("  ⚠ UNIDENTIFIED", Theme.Warning);
                }

                text.AppendLine();
            }

            More(text, t.Studies.TotalCount, t.Studies.Nodes.Count);
        }

        if (t.Articles.TotalCount > 0)
        {
            Section(text, $"Articles ({Number(t.Articles.TotalCount)})");
            foreach (GetTopic_Topic_Articles_Nodes article in t.Articles.Nodes)
            {
                text.Append(" • ");
                text.Append(Labels.ArticleTitle(article.Title, article.Slug), default, new EntityRef(EntityKind.Article, article.Slug).ToTag());
                text.AppendLine();
            }

            More(text, t.Articles.TotalCount, t.Articles.Nodes.Count);
        }

        return text;
    }

    private static void Topics(StyledText text, IEnumerable<(string Slug, string Label)> topics, string title = "Topics")
    {
        List<(string Slug, string Label)> list = [.. topics];
        if (list.Count == 0)
        {
            return;
        }

        Section(text, title);
        foreach ((string slug, string label) in list)
        {
            text.Append(" • ");
            text.Append(label, default, new EntityRef(EntityKind.Topic, slug).ToTag());
            text.AppendLine();
        }
    }

    /// <summary>Says how much of a connection the page leaves out (the detail shows its first page).</summary>
    private static void More(StyledText text, int total, int shown)
    {
        if (total > shown)
        {
            text.AppendLine($" … {Number(total - shown)} more not shown (first {Number(shown)} of {Number(total)})", Theme.Dim);
        }
    }

    private static string Count(int count, string noun) => $"{Number(count)} {noun}{(count == 1 ? string.Empty : "s")}";

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static void Section(StyledText text, string title)
    {
        text.AppendLine();
        text.AppendLine("── " + title + " ──", Theme.Section);
    }

    /// <summary>A field whose value is a link: drawn as a hyperlink to <paramref name="url"/>, selectable, never broken.</summary>
    private static void LinkField(StyledText text, string label, string? value, string? url, string? tag = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (url is null || !LinkTags.IsWebUrl(url))
        {
            Field(text, label, value);
            return;
        }

        text.Append(label + "  ", Theme.Label);
        text.Append(new Span(value, default, tag ?? LinkTags.Url(url)) { Link = url });
        text.AppendLine();
    }

    private static void Field(StyledText text, string label, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        text.Append(label + "  ", Theme.Label);
        text.AppendLine(value);
    }

    /// <summary>Author and publisher, the author left out when the publisher names it (GSHWORLD · GSHWORLD (gsh-world.com)).</summary>
    private static string?[] Byline(string? author, string? publisher) =>
        author is not null && publisher is not null && publisher.Contains(author.Trim(), StringComparison.OrdinalIgnoreCase) ? [publisher]
        : author is not null && publisher is not null && author.Contains(publisher.Trim(), StringComparison.OrdinalIgnoreCase) ? [author]
        : [author, publisher];

    private static string? Join(params string?[] parts)
    {
        string joined = string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return joined.Length == 0 ? null : joined;
    }

    private static string Clip(string s, int max)
    {
        string flat = s.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : flat[..(max - 1)] + "…";
    }
}
