using System.Text.RegularExpressions;
using NmnGraph.Terminal;
using NmnGraph.Terminal.Input;
using NmnGraph.Tui.App;

namespace NmnGraph.Tui.Tests.Browser;

/// <summary>How text is laid out on the whole screen: hanging indents, cut rows, the byline, levels without colour.</summary>
public sealed partial class RenderingTests : IDisposable
{
    private const char NoBreakSpace = '\u00A0';
    private readonly string _directory = Directory.CreateTempSubdirectory("nmngraph-tui-render-").FullName;

    [Fact]
    public void Wrapped_lines_keep_their_hanging_indent_in_the_detail_pane()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        ui.Press(Key.Enter);

        // The formal reference is quoted under its study, indented by three; its wrapped lines start there too.
        int first = ui.Screen.RowOf("   reference: “Reference: Lu A");
        Assert.True(first > 0, $"No reference line:\n{ui.Screen}");
        string[] pane = [.. ui.Screen.Lines.Skip(first).Take(3).Select(DetailPaneText)];
        Assert.Equal(
            [
                "   reference: “Reference: Lu A, et al. J",
                "   Gerontol A Biol Sci Med Sci. 2023.”",
                string.Empty,
            ],
            pane);
    }

    [Fact]
    public void List_rows_cut_to_the_pane_end_with_an_ellipsis()
    {
        using TuiDriver ui = TuiDriver.WithFake();
        int row = ui.Screen.RowOf("NMN prevents inflammatory");
        string list = ListPaneText(ui.Screen.Lines[row]);
        Assert.Equal("  NMN prevents inflammatory s…", list);

        // Wider, the cut moves; a row that fits is not marked.
        ui.Resize(160, 24);
        row = ui.Screen.RowOf("NMN prevents inflammatory");
        Assert.Equal("  NMN prevents inflammatory skin damage  GSHWORLD · 2023-…", ListPaneText(ui.Screen.Lines[row]).TrimEnd());
        ui.AssertScreenIsFreshRender();
        ui.Press('4');
        row = ui.Screen.RowOf("Bone / osteoporosis");
        Assert.True(row > 0, $"No topic row:\n{ui.Screen}");
        Assert.DoesNotContain("…", ListPaneText(ui.Screen.Lines[row]), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_colour_each_claim_quote_in_the_article_text_carries_its_level()
    {
        using TuiDriver ui = TuiDriver.WithFake(colors: ColorSupport.None);
        ui.Press(Key.Enter).Press(Key.PageDown);
        ui.Screen.AssertContains($"[1{NoBreakSpace}in{NoBreakSpace}vitro]NMN can delay")
            .AssertContains($"[2{NoBreakSpace}animal{NoBreakSpace}model]promote bone");
        ui.AssertScreenIsFreshRender();
    }

    [Fact]
    public void With_colour_the_claim_quotes_are_numbered_only()
    {
        using TuiDriver ui = TuiDriver.WithFake(colors: ColorSupport.Ansi16);
        ui.Press(Key.Enter).Press(Key.PageDown);
        ui.Screen.AssertContains("[1]NMN can delay").AssertContains("[2]promote bone").AssertNotContains("vitro]");
    }

    [Fact]
    public void Seed_corpus_byline_names_the_author_once_and_every_quote_has_its_level_without_colour()
    {
        string database = Path.Combine(_directory, "nmngraph.db");
        using var ui = new TuiDriver(100, 30, BrowserBackend.StartedInProcess(ct => EmbeddedServer.StartInMemoryAsync(database, ct)), ColorSupport.None);
        for (int i = 0; i < 10 && ui.State.CurrentList.SelectedItem?.Target.Key != "nmn-bone-formation"; i++)
        {
            ui.Press(Key.Down);
        }

        ui.Press(Key.Enter);
        ui.Screen.AssertContains("By  GSHWORLD (gsh-world.com)").AssertNotContains("GSHWORLD · GSHWORLD");

        // Page through the whole article: every numbered quote in the text spells out its level.
        var article = Assert.IsType<EntityDetail.Article>(ui.State.Current?.Detail);
        var seen = new Dictionary<int, string>();
        for (int page = 0; page < 200 && seen.Count < article.Data.Mentions.Count; page++)
        {
            foreach (Match m in QuoteMarker().Matches(string.Join('\n', ui.Screen.Lines.Select(DetailPaneText))))
            {
                seen[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)] = m.Groups[2].Value;
            }

            ui.Press(Key.PageDown);
        }

        Assert.Equal(Enumerable.Range(1, article.Data.Mentions.Count), seen.Keys.Order());
        Assert.All(seen.Values, level => Assert.Matches("^(in vitro|animal model|human|no evidence|not applicable)", level.Replace(NoBreakSpace, ' ')));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the WAL for a moment; the temp folder is cleaned up by the OS.
        }
    }

    // "[12 animal model]" as drawn in the text section (the list of claims below it writes "[12] ").
    [GeneratedRegex(@"\[(\d+)\u00A0([^\]]+)\]")]
    private static partial Regex QuoteMarker();

    /// <summary>The detail pane's inner text on a two-pane row (the right box, without its borders).</summary>
    private static string DetailPaneText(string row)
    {
        int start = row.IndexOf("││", StringComparison.Ordinal);
        return start < 0 ? string.Empty : row[(start + 2)..^1].TrimEnd();
    }

    /// <summary>The list pane's inner text on a two-pane row.</summary>
    private static string ListPaneText(string row) => row[1..row.IndexOf("││", StringComparison.Ordinal)];
}
