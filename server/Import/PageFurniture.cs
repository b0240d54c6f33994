using System.Text.RegularExpressions;

namespace NmnGraph.Server.Import;

/// <summary>
/// Recognizes what a web page puts around an article: navigation and breadcrumb lines, section labels
/// (<c>Industry News</c>), site names and page-title suffixes (<c>… | Site</c>, <c>… - Section</c>), and the share,
/// tag, previous/next and copyright lines after it.
/// </summary>
public static partial class PageFurniture
{
    private static readonly HashSet<string> s_navigation = new(StringComparer.OrdinalIgnoreCase)
    {
        "home", "homepage", "home page", "menu", "main menu", "search", "login", "log in", "sign in", "sign up", "register",
        "skip to content", "skip to main content", "skip to navigation", "cart", "shopping cart", "my account", "account",
        "contact", "contact us", "about", "about us", "language", "english", "中文", "close", "toggle navigation", "back",
        "share", "share this", "share this article", "subscribe", "newsletter", "follow us", "print", "email", "products",
        "shop", "store", "faq", "help", "open menu", "navigation", "top", "back to top", "back to list", "return to list",
        "related articles", "related posts", "related news", "recommended", "recommended reading", "read more",
        "continue reading", "advertisement", "sponsored", "previous", "next", "comments", "leave a comment",
    };

    private static readonly HashSet<string> s_sectionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "news", "blog", "blogs", "research", "science", "insights", "articles", "article", "column", "columns", "stories",
        "health", "industry", "company", "corporate", "product", "press", "knowledge", "updates", "features", "feature",
        "reviews", "latest", "media", "events", "trends", "resources", "learn", "education", "nutrition", "wellness",
        "aging", "ageing", "longevity", "center", "centre", "hub", "library", "releases", "release", "newsroom",
        "technology", "tech", "and", "&", "popular", "science", "frontier", "frontiers", "academic", "information",
    };

    private static readonly HashSet<string> s_coreSectionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "news", "blog", "research", "insights", "articles", "column", "stories", "updates", "newsroom",
    };

    /// <summary>Navigation, breadcrumb, menu and site-furniture lines (a header or footer, not the article).</summary>
    public static bool IsBoilerplate(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        string bare = line.Trim().TrimEnd(':', '：', '>', '»', '›', '…').Trim();
        if (s_navigation.Contains(bare) || IsDomain(bare) || FooterPattern().IsMatch(line) || line.StartsWith("You are here", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Breadcrumbs: short parts joined by > » › / (Home > News > Industry News); from Home, or three parts or more.
        string[] crumbs = BreadcrumbSeparator().Split(line);
        if (crumbs.Length >= 2 && line.Length <= 160
            && crumbs.All(c => c.Trim().Length > 0 && Words(c) <= 6 && !EndsSentence(c.Trim()))
            && (s_navigation.Contains(crumbs[0].Trim()) || (crumbs.Length >= 3 && !line.Contains(" / ", StringComparison.Ordinal))))
        {
            return true;
        }

        // Menus: four or more short items, or three that are all navigation words (Home | Products | News | Contact).
        string[] items = MenuSeparator().Split(line);
        return items.Length >= 2
            && items.All(i => i.Trim().Length > 0 && Words(i) <= 3)
            && (items.Length >= 4 || items.All(i => s_navigation.Contains(i.Trim()) || IsSectionLabel(i.Trim())));
    }

    /// <summary>A line that names a section of a site (<c>NEWS</c>, <c>Industry News</c>, <c>Research</c>), not an article.</summary>
    public static bool IsSectionLabel(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        string[] words = line.Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4)
        {
            return false;
        }

        return words.All(s_sectionWords.Contains)
            || (words.Length <= 3 && s_coreSectionWords.Contains(words[^1]) && words[..^1].All(w => w.Length > 0 && char.IsUpper(w[0])));
    }

    /// <summary>A site address standing alone (<c>example-nmn.com</c>, <c>www.example.org</c>).</summary>
    public static bool IsDomain(string text) => DomainPattern().IsMatch(text.Trim());

    /// <summary>
    /// Splits a page title into the article title and the suffixes naming the site or its section
    /// (<c>NMN and sleep | Industry News | Example Site</c>, <c>NMN and sleep - Blog</c>). The title is a
    /// substring of <paramref name="line"/>; suffixes are returned in reading order.
    /// </summary>
    public static (int Start, int End, IReadOnlyList<string> Suffixes) SplitTitle(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var suffixes = new List<string>();
        int start = 0;
        int end = line.Length;

        // Pipes are page-title separators; the title is the first part that is not a section or site address.
        string[] parts = line.Split(['|', '｜']);
        if (parts.Length > 1)
        {
            int position = 0;
            int chosen = -1;
            for (int i = 0; i < parts.Length; i++)
            {
                string part = parts[i].Trim();
                if (chosen < 0 && part.Length > 0 && !IsSectionLabel(part) && !IsDomain(part))
                {
                    chosen = i;
                    start = position + (parts[i].Length - parts[i].TrimStart().Length);
                    end = start + part.Length;
                }
                else if (part.Length > 0)
                {
                    suffixes.Add(part);
                }

                position += parts[i].Length + 1;
            }

            if (chosen < 0)
            {
                return (0, line.Length, []);
            }
        }

        // Dashes also join words in titles, so a dash suffix is stripped only when it names a section or a site address.
        while (true)
        {
            string title = line[start..end];
            Match dash = DashSuffix().Match(title);
            if (!dash.Success || dash.Index == 0)
            {
                break;
            }

            string suffix = dash.Groups["suffix"].Value.Trim();
            if (!IsSectionLabel(suffix) && !IsDomain(suffix))
            {
                break;
            }

            suffixes.Insert(0, suffix);
            end = start + dash.Index;
        }

        return (start, end, suffixes);
    }

    private static int Words(string text) => text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or '。';

    [GeneratedRegex(@"\s+(?:>|»|›|/|＞)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex BreadcrumbSeparator();

    [GeneratedRegex(@"\s*(?:\||｜|·|•)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex MenuSeparator();

    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|co|io|cn|uk|de|jp|biz|health|news)(?:/\S*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainPattern();

    [GeneratedRegex(@"\s+[-–—]\s+(?<suffix>(?:(?!\s[-–—]\s).)+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DashSuffix();

    [GeneratedRegex(
        @"^(?:(?:Previous|Next|Prev)(?:\s+(?:article|post|page|news))?\s*[:：]|(?:Tags?|Keywords|Share(?:\s+(?:this|on))?)\s*[:：]|"
        + @"(?:Copyright\b|©|\(c\)\s*\d{4})|All rights reserved|(?:Share|Tweet|Pin it|Like)(?:\s*(?:\||·)\s*(?:Share|Tweet|Pin it|Like|Email|Facebook|Twitter|LinkedIn|WhatsApp))+\s*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FooterPattern();
}
