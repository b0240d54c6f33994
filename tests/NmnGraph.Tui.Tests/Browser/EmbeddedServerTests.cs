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

    [Fact]
    public void Seed_corpus_preview_on_move_clicks_links_and_copy()
    {
        using TuiDriver ui = Start(100, 30, http: false);
        IReadOnlyList<ListItem> rows = ui.State.CurrentList.Items!;
        ui.Press(Key.Down);
        Assert.Equal(rows[1].Target, ui.State.Current?.Target);
        Assert.Equal(PaneFocus.List, ui.State.Focus);
        ui.Screen.AssertContains("Slug  " + rows[1].Target.Key);

        // A click selects (and previews) the first row; a second click on it opens it.
        string first = rows[0].Title[..20];
        ui.Click(first, fromRow: 3);
        Assert.Equal((0, rows[0].Target), (ui.State.CurrentList.Selection.Selected, ui.State.Current?.Target));
        ui.Click(first, fromRow: 3);
        Assert.Equal(PaneFocus.Detail, ui.State.Focus);

        // A click on a cited study follows the link; y copies the study's DOI.
        var article = Assert.IsType<EntityDetail.Article>(ui.State.Current?.Detail);
        var cited = article.Data.Citations[0].Study;
        ui.Click(cited.Label, fromRow: 3);
        var study = Assert.IsType<EntityDetail.Study>(ui.State.Current?.Detail);
        Assert.Equal(cited.Slug, study.Data.Slug);
        ui.Press('y');
        Assert.Equal(study.Data.Doi ?? study.Data.Slug, ui.Terminal.Clipboard);
    }

    [Fact]
    public void Seed_corpus_jumps_by_pmid_without_duplicates_failed_jumps_and_completion()
    {
        using TuiDriver ui = Start(100, 30, http: false);
        ui.Type(":study lu-2023-gerona\r");
        var lu = Assert.IsType<EntityDetail.Study>(ui.State.Current?.Detail);
        string pmid = Assert.IsType<string>(lu.Data.Pmid);
        ui.Type(":study " + pmid + "\r").Type(":study " + lu.Data.Doi + "\r");
        Assert.Empty(ui.State.Back);

        ui.Type(":claim no-such-claim\r");
        Assert.Equal("lu-2023-gerona", ui.State.Current?.Target.Key);
        Assert.Empty(ui.State.Back);
        Assert.Equal("No claim 'no-such-claim' in the corpus.", ui.State.Notice);

        using TuiDriver fresh = Start(100, 30, http: false);
        fresh.Type(":study " + pmid + "\r");
        Assert.Equal(new EntityRef(EntityKind.Study, "lu-2023-gerona"), fresh.State.Current?.Target);

        // Tab completes a topic slug the prompt loaded, and the jump opens it.
        fresh.Type(":topic bon").Press(Key.Tab);
        Assert.Equal("topic bone-osteoporosis ", fresh.State.Input.Text);
        fresh.Press(Key.Enter);
        fresh.Screen.AssertContains("Slug  bone-osteoporosis");
    }

    [Fact]
    public void Seed_corpus_lists_sorted_and_filtered_through_the_api()
    {
        using TuiDriver ui = Start(120, 40, http: true);
        ui.Press('3').Press('f').Type("level:animal-model\r");
        ui.Screen.AssertContains("· level:animal-model");
        IReadOnlyList<ListItem> animal = ui.State.CurrentList.Items!;
        Assert.NotEmpty(animal);
        Assert.All(animal, i => Assert.Equal(NmnGraph.Client.EvidenceLevel.AnimalModel, i.Level));
        Assert.Equal(animal.Count, ui.State.CurrentList.TotalCount);

        ui.Press('f').Type("\u0015\r").Press('s');
        ui.Screen.AssertContains("· strongest evidence first");
        List<NmnGraph.Client.EvidenceLevel> levels = [.. ui.State.CurrentList.Items!.Select(i => i.Level!.Value)];
        Assert.Equal(levels.Order(), levels);
        Assert.True(levels.Distinct().Count() > 1);

        ui.Press('2').Press('f').Type("verification:unidentified\r");
        Assert.NotEmpty(ui.State.CurrentList.Items!);
        Assert.All(ui.State.CurrentList.Items!, i => Assert.Equal(NmnGraph.Client.VerificationStatus.Unidentified, i.Verification));
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
