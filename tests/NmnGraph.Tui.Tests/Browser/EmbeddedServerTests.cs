using NmnGraph.Terminal.Input;
using NmnGraph.Tui.App;

namespace NmnGraph.Tui.Tests.Browser;

/// <summary>The browser against the real server, hosted in-process on a temporary database seeded with the corpus.</summary>
public sealed class EmbeddedServerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nmngraph-tui-").FullName;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Seed_corpus_article_to_claim_to_study_to_citing_article_and_back(bool http)
    {
        using TuiDriver ui = Start(100, 30, http);
        ui.Screen.AssertContains("NMN promotes bone formation").AssertContains("Articles 1/2");
        Assert.StartsWith(http ? "embedded server http://127.0.0.1:" : "in-process server on ", ui.State.ServerDescription, StringComparison.Ordinal);

        // The bone article: open it, its first claim quote is [1].
        for (int i = 0; i < 10 && ui.State.CurrentList.SelectedItem?.Target.Key != "nmn-bone-formation"; i++)
        {
            ui.Press(Key.Down);
        }

        ui.Press(Key.Enter);
        ui.Screen.AssertContains("Article: NMN promotes bone formation").AssertContains("[1]");
        Assert.True(ui.State.Current?.Detail is EntityDetail.Article { Data.Mentions.Count: > 0 });

        ui.Follow("claim:bone-nmn-delays-human-bone-cell-aging");
        ui.Screen.AssertContains("Evidence chain").AssertContains("Made by 1 article");

        ui.Follow("study:lu-2023-gerona");
        ui.Screen.AssertContains("Study: Lu").AssertContains("Verification");
        var study = Assert.IsType<EntityDetail.Study>(ui.State.Current?.Detail);
        Assert.Contains(study.Data.CitedBy.Edges, e => e.Node.Slug == "nmn-bone-formation");

        ui.Follow("article:nmn-bone-formation");
        ui.Screen.AssertContains("Article: NMN promotes bone formation");
        Assert.Equal(3, ui.State.Back.Count);

        ui.PressNoWait(Key.Escape);
        Assert.Equal(0, ui.CommandsInFlight);
        ui.Screen.AssertContains("Study: Lu");
        ui.PressNoWait(Key.Escape);
        ui.Screen.AssertContains("Evidence chain");
        ui.AssertScreenIsFreshRender();
    }

    [Fact]
    public void Seed_corpus_search_and_jump_to_the_unidentified_study()
    {
        using TuiDriver ui = Start(80, 24, http: false);
        ui.Press('/').Type("osteoporosis\r");
        Assert.Equal(ListTab.Search, ui.State.Tab);
        Assert.NotEmpty(ui.State.CurrentList.Items!);
        ui.Screen.AssertContains("Search results");

        ui.Type(":study wuhan-2023-intimmunopharmacol-nmn-atopic-dermatitis\r");
        var study = Assert.IsType<EntityDetail.Study>(ui.State.Current?.Detail);
        if (study.Data.Verification.Status == NmnGraph.Client.VerificationStatus.Unidentified)
        {
            ui.Screen.AssertContains("⚠ UNIDENTIFIED");
        }

        ui.Resize(40, 12);
        ui.Screen.AssertContains("Study:");
        ui.AssertScreenIsFreshRender();
        ui.Resize(80, 24);
        ui.AssertScreenIsFreshRender();
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

    private TuiDriver Start(int width, int height, bool http)
    {
        string database = Path.Combine(_directory, "nmngraph.db");
        BrowserBackend backend = http
            ? BrowserBackend.Started(ct => EmbeddedServer.StartHttpAsync(database, ct))
            : BrowserBackend.StartedInProcess(ct => EmbeddedServer.StartInMemoryAsync(database, ct));
        return new TuiDriver(width, height, backend);
    }
}
