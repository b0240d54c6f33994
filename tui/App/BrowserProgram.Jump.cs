using NmnGraph.Terminal.Runtime;

namespace NmnGraph.Tui.App;

public sealed partial class BrowserProgram
{
    /// <summary>What the <c>:</c> prompt understands, for the help and for the message about an unknown command.</summary>
    public const string JumpUsage = ":articles :studies :claims :topics · :article SLUG · :study DOI-or-SLUG · :claim SLUG · :topic SLUG · :search TEXT · :q";

    private (BrowserState, Command<BrowserMsg>?) Jump(BrowserState state, string command)
    {
        string text = command.TrimStart(':').Trim();
        int space = text.IndexOf(' ', StringComparison.Ordinal);
        string verb = (space < 0 ? text : text[..space]).ToLowerInvariant();
        string argument = space < 0 ? string.Empty : text[(space + 1)..].Trim();
        if (argument.Length == 0)
        {
            switch (verb)
            {
                case "articles" or "article" or "a":
                    return SwitchTab(state, ListTab.Articles);
                case "studies" or "study" or "s":
                    return SwitchTab(state, ListTab.Studies);
                case "claims" or "claim" or "c":
                    return SwitchTab(state, ListTab.Claims);
                case "topics" or "topic" or "t":
                    return SwitchTab(state, ListTab.Topics);
                case "search":
                    return SwitchTab(state, ListTab.Search);
                case "q" or "quit" or "exit":
                    return (state, Command<BrowserMsg>.Quit);
                case "help" or "?":
                    return (state with { Mode = InputMode.Help }, null);
            }
        }
        else
        {
            switch (verb)
            {
                case "article" or "articles" or "a":
                    return Open(state, new EntityRef(EntityKind.Article, argument));
                case "study" or "studies" or "s":
                    return Open(state, new EntityRef(EntityKind.Study, StripDoiPrefix(argument)));
                case "claim" or "claims" or "c":
                    return Open(state, new EntityRef(EntityKind.Claim, argument));
                case "topic" or "topics" or "t":
                    return Open(state, new EntityRef(EntityKind.Topic, argument));
                case "search" or "find" or "/":
                    return Search(state, argument);
            }
        }

        return (state with { Notice = $"Unknown command ':{text}'. Try {JumpUsage}" }, null);
    }

    // Accept the forms people paste: doi:10.…, https://doi.org/10.…
    private static string StripDoiPrefix(string key)
    {
        foreach (string prefix in (string[])["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:"])
        {
            if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return key[prefix.Length..];
            }
        }

        return key;
    }
}
