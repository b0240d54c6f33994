using NmnGraph.Terminal.Input;
using NmnGraph.Terminal.Runtime;
using NmnGraph.Terminal.Widgets;

namespace NmnGraph.Tui.App;

public sealed partial class BrowserProgram
{
    /// <summary>The most lines each prompt remembers.</summary>
    private const int PromptHistoryLimit = 50;

    /// <summary>Opens a prompt (search, jump or filter), loading the topics first so that Tab can complete their slugs.</summary>
    private (BrowserState, Command<BrowserMsg>?) OpenPrompt(BrowserState state, InputMode mode, string text = "")
    {
        state = state with { Mode = mode, Input = TextInputState.WithText(text), Completion = null, PromptHistoryIndex = -1, PromptDraft = string.Empty };
        ListPane topics = state.ListOf(ListTab.Topics);
        if (mode != InputMode.Search && topics.Items is null && !topics.Loading && state.Connection == ConnectionState.Connected)
        {
            return (state.WithList(ListTab.Topics, topics with { Loading = true, Error = null }), LoadList(state, ListTab.Topics));
        }

        return (state, null);
    }

    /// <summary>Prompt keys, dispatched through <see cref="BrowserKeyMap"/>; the rest edit the line.</summary>
    private (BrowserState, Command<BrowserMsg>?) OnInputKey(BrowserState state, KeyEvent key)
    {
        switch (BrowserKeyMap.FindAtPrompt(key)?.Action)
        {
            case BrowserAction.Back:
                return (state with { Mode = InputMode.Browse, Input = TextInputState.Empty, Completion = null }, null);
            case BrowserAction.Open:
                string text = state.Input.Text.Trim();
                InputMode mode = state.Mode;
                BrowserState browsing = Remember(state with { Mode = InputMode.Browse, Input = TextInputState.Empty, Completion = null }, mode, text);
                return mode switch
                {
                    InputMode.Filter => ApplyFilter(browsing, text),
                    _ when text.Length == 0 => (browsing, null),
                    InputMode.Search => Search(browsing, text),
                    _ => Jump(browsing, text),
                };
            case BrowserAction.Complete:
                return (Complete(state), null);
            case BrowserAction.History:
                return (WalkHistory(state, key.Key == Key.Up ? -1 : 1), null);
        }

        if (key.Key == Key.Backspace && state.Input.Text.Length == 0)
        {
            return (state with { Mode = InputMode.Browse, Completion = null }, null); // as in vim: deleting the prompt leaves it
        }

        (TextInputState input, _) = state.Input.Handle(key);
        return (state with { Input = input, Completion = null }, null);
    }

    /// <summary>
    /// Tab: the word before the cursor becomes the only candidate, or the candidates' common prefix, or (Tab again)
    /// the next candidate in turn. The footer lists the candidates meanwhile.
    /// </summary>
    private static BrowserState Complete(BrowserState state)
    {
        string line = state.Input.Text;
        if (state.Completion is { } open && string.Equals(open.Line, line, StringComparison.Ordinal) && open.Candidates.Count > 1)
        {
            int next = (open.Index + 1) % open.Candidates.Count;
            return Put(state, open.WordStart, open.Candidates[next], open.Candidates, next);
        }

        string before = line[..state.Input.Cursor];
        (int wordStart, IReadOnlyList<string> candidates) = PromptCompletions.For(state, state.Mode, before);
        if (candidates.Count == 0)
        {
            return state with { Completion = null, Notice = "Nothing to complete." };
        }

        if (candidates.Count == 1)
        {
            string only = candidates[0];
            return Put(state, wordStart, only.EndsWith(':') ? only : only + " ", candidates, 0) with { Completion = null };
        }

        string prefix = CommonPrefix(candidates);
        return prefix.Length > before.Length - wordStart
            ? Put(state, wordStart, prefix, candidates, -1)
            : Put(state, wordStart, candidates[0], candidates, 0);
    }

    private static BrowserState Put(BrowserState state, int wordStart, string word, IReadOnlyList<string> candidates, int index)
    {
        string line = state.Input.Text;
        string text = line[..wordStart] + word + line[state.Input.Cursor..];
        var input = new TextInputState(text, wordStart + word.Length);
        return state with { Input = input, Completion = new PromptCompletion(wordStart, candidates, index, text) };
    }

    private static string CommonPrefix(IReadOnlyList<string> words)
    {
        string prefix = words[0];
        foreach (string word in words)
        {
            int i = 0;
            while (i < prefix.Length && i < word.Length && char.ToLowerInvariant(prefix[i]) == char.ToLowerInvariant(word[i]))
            {
                i++;
            }

            prefix = prefix[..i];
        }

        return prefix;
    }

    /// <summary>↑ shows the previous line entered at this prompt, ↓ the next, and past the latest the line being typed.</summary>
    private static BrowserState WalkHistory(BrowserState state, int step)
    {
        IReadOnlyList<string> lines = state.HistoryOf(state.Mode);
        if (lines.Count == 0)
        {
            return state;
        }

        int index = state.PromptHistoryIndex < 0 ? lines.Count : state.PromptHistoryIndex;
        string draft = state.PromptHistoryIndex < 0 ? state.Input.Text : state.PromptDraft;
        index = Math.Clamp(index + step, 0, lines.Count);
        string text = index == lines.Count ? draft : lines[index];
        return state with
        {
            Input = TextInputState.WithText(text),
            PromptHistoryIndex = index == lines.Count ? -1 : index,
            PromptDraft = draft,
            Completion = null,
        };
    }

    private static BrowserState Remember(BrowserState state, InputMode mode, string text)
    {
        if (text.Length == 0)
        {
            return state;
        }

        var lines = state.HistoryOf(mode).Remove(text).Add(text);
        if (lines.Count > PromptHistoryLimit)
        {
            lines = lines.RemoveAt(0);
        }

        return state with { PromptHistory = state.PromptHistory.SetItem(mode, lines), PromptHistoryIndex = -1, PromptDraft = string.Empty };
    }
}
