namespace NmnGraph.Tui.App;

/// <summary>
/// What Tab can complete at a prompt, from data the browser already holds (the loaded lists, the pages in the
/// history): at <c>:</c> the commands, then slugs for <c>:article</c>/<c>:claim</c>/<c>:topic</c> and slugs, DOIs and
/// PMIDs for <c>:study</c>; at <c>f</c> the filter keys and their values; at <c>/</c> DOIs, topic slugs and title words.
/// </summary>
public static class PromptCompletions
{
    /// <summary>The <c>:</c> commands, as completion offers them.</summary>
    public static IReadOnlyList<string> Commands { get; } =
        ["articles", "studies", "claims", "topics", "article", "study", "claim", "topic", "search", "help", "q"];

    /// <summary>Where the word before the cursor starts and the candidates that extend it (sorted, at most 100).</summary>
    public static (int WordStart, IReadOnlyList<string> Candidates) For(BrowserState state, InputMode mode, string beforeCursor)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(beforeCursor);
        int wordStart = beforeCursor.LastIndexOf(' ') + 1;
        string word = beforeCursor[wordStart..];
        IEnumerable<string> pool = mode switch
        {
            InputMode.Command => CommandPool(state, beforeCursor, wordStart),
            InputMode.Filter => FilterPool(state, word),
            _ => SearchPool(state),
        };

        List<string> candidates = [.. pool
            .Where(c => c.Length > word.Length && c.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .Take(100)];
        return (wordStart, candidates);
    }

    private static IEnumerable<string> CommandPool(BrowserState state, string beforeCursor, int wordStart)
    {
        string verb = beforeCursor.TrimStart(':').Split(' ', 2)[0].ToLowerInvariant();
        if (wordStart == 0 || beforeCursor.TrimStart(':').IndexOf(' ', StringComparison.Ordinal) < 0)
        {
            return Commands;
        }

        return verb switch
        {
            "article" or "articles" or "a" => Keys(state, EntityKind.Article),
            "study" or "studies" or "s" => Keys(state, EntityKind.Study).Concat(Dois(state)).Concat(Pmids(state)),
            "claim" or "claims" or "c" => Keys(state, EntityKind.Claim),
            "topic" or "topics" or "t" => Keys(state, EntityKind.Topic),
            _ => [],
        };
    }

    private static IEnumerable<string> FilterPool(BrowserState state, string word)
    {
        int colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return ListFilter.KeysFor(state.Tab).Select(k => k + ":");
        }

        string key = word[..colon].ToLowerInvariant();
        IEnumerable<string> values = key == "topic" ? Keys(state, EntityKind.Topic) : ListFilter.ValuesFor(state.Tab, key);
        return values.Select(v => key + ":" + v);
    }

    private static IEnumerable<string> SearchPool(BrowserState state) =>
        Dois(state).Concat(Keys(state, EntityKind.Topic)).Concat(Items(state).SelectMany(i => Words(i.Title)));

    /// <summary>The slugs of every entity of a kind the browser has seen: list rows, pages and their links.</summary>
    private static IEnumerable<string> Keys(BrowserState state, EntityKind kind) =>
        Items(state).Select(i => i.Target).Concat(Pages(state).Select(p => p.Detail?.Canonical ?? p.Target))
            .Where(t => t.Kind == kind && !t.IsDoi && !t.IsPmid)
            .Select(t => t.Key);

    private static IEnumerable<string> Dois(BrowserState state) =>
        Items(state).Select(i => i.Doi)
            .Concat(Pages(state).Select(p => (p.Detail as EntityDetail.Study)?.Data.Doi))
            .OfType<string>();

    private static IEnumerable<string> Pmids(BrowserState state) =>
        Pages(state).Select(p => (p.Detail as EntityDetail.Study)?.Data.Pmid).OfType<string>();

    private static IEnumerable<ListItem> Items(BrowserState state) => state.Lists.Values.SelectMany(l => l.Items ?? []);

    private static IEnumerable<Page> Pages(BrowserState state) =>
        state.Back.Concat(state.Forward).Concat(state.Current is { } current ? [current] : []);

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', '.', ':', ';', '(', ')', '“', '”', '"', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4)
            .Select(w => w.ToLowerInvariant());
}
