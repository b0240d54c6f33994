using NmnGraph.Client;
using NmnGraph.Tui.App;
using NmnGraph.Terminal.Input;

namespace NmnGraph.Tui.Tests.Browser;

/// <summary><c>s</c> cycles the orders the API offers and <c>f</c> filters through its <c>where</c>; the title says which.</summary>
public sealed class ListShapeTests
{
    [Fact]
    public void S_cycles_the_orders_of_the_api_and_the_title_names_the_one_in_force()
    {
        var fake = new FakeTransport();
        using TuiDriver ui = TuiDriver.WithFake(fake, width: 120, height: 30);
        ui.Press('3');
        Assert.DoesNotContain("orderBy", fake.LastVariables("Claims"), StringComparison.Ordinal);
        ui.Press('s');
        ui.Screen.AssertContains("Claims 1/3 · strongest evidence first");
        Assert.Contains("\"orderBy\":[{\"evidenceLevel\":\"ASC\"}]", fake.LastVariables("Claims"), StringComparison.Ordinal);
        ui.Press('s');
        Assert.Contains("\"orderBy\":[{\"evidenceLevel\":\"DESC\"}]", fake.LastVariables("Claims"), StringComparison.Ordinal);
        ui.Press('s').Press('s');
        ui.Screen.AssertContains("Claims 1/3 ─");
        Assert.DoesNotContain("orderBy", fake.LastVariables("Claims"), StringComparison.Ordinal);

        ui.Press('4').Press('s');
        Assert.Equal("Topics have one order.", ui.State.Notice);
    }

    [Fact]
    public void F_filters_through_where_with_completion_and_an_empty_filter_clears_it()
    {
        var fake = new FakeTransport();
        using TuiDriver ui = TuiDriver.WithFake(fake, width: 120, height: 30);
        ui.Press('3').Press('f');
        ui.Screen.AssertContains("filter claims:");
        ui.Type("lev").Press(Key.Tab);
        Assert.Equal("level:", ui.State.Input.Text);
        ui.Type("ani").Press(Key.Tab).Press(Key.Enter);
        ui.Screen.AssertContains("Claims 1/2 · level:animal-model").AssertNotContains(Fixtures.AgingStatement).AssertContains("Topical NMN reduced eczema");
        Assert.Contains("\"where\":{\"evidenceLevel\":\"ANIMAL_MODEL\"}", fake.LastVariables("Claims"), StringComparison.Ordinal);
        Assert.All(ui.State.CurrentList.Items!, i => Assert.Equal(EvidenceLevel.AnimalModel, i.Level));

        // f again holds the filter in force; emptied, it clears.
        ui.Press('f');
        Assert.Equal("level:animal-model ", ui.State.Input.Text);
        ui.Type("\u0015\r");
        ui.Screen.AssertContains("Claims 1/3 ─");
        Assert.DoesNotContain("where", fake.LastVariables("Claims"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('3', "colour:red", "'colour:red' is not a filter for claims; use topic:…, level:…, verification:….")]
    [InlineData('1', "level:in-vitro", "'level:in-vitro' is not a filter for articles; use topic:…, year:….")]
    [InlineData('2', "year:soon", "'soon' is not a year; use a year such as 2023.")]
    [InlineData('2', "verification:maybe", "'maybe' is not a verification; use verified, partial, unidentified, unverified.")]
    public void A_filter_that_is_not_understood_says_what_would_be(char tab, string filter, string message)
    {
        var fake = new FakeTransport();
        using TuiDriver ui = TuiDriver.WithFake(fake, width: 120, height: 30);
        ui.Press(tab).Press('f');
        int loads = fake.TotalRequests;
        ui.Type(filter + "\r");
        Assert.Equal(message, ui.State.Notice);
        Assert.Equal(loads, fake.TotalRequests);
    }

    [Fact]
    public void Filters_read_back_as_typed_and_become_the_api_where()
    {
        (ListFilter? filter, string? error) = ListFilter.Parse("topic:bone-osteoporosis level:human-trial verification:verified year:2023", ListTab.Studies);
        Assert.Null(error);
        Assert.Equal("topic:bone-osteoporosis level:human-trial verification:verified year:2023", filter!.ToText());
        StudyFilter where = filter.ToStudies()!;
        Assert.Equal((2023, EvidenceLevel.HumanTrial, VerificationStatus.Verified), (where.Year.Value, where.EvidenceLevel.Value, where.Verification.Value));
        Assert.False(where.Title.HasValue);
        ArticleFilter articles = ListFilter.Parse("year:2023", ListTab.Articles).Filter!.ToArticles()!;
        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (articles.PublishedOn.Value!.From.Value, articles.PublishedOn.Value!.To.Value));
        Assert.False(articles.Topic.HasValue);
        Assert.Null(ListFilter.Parse("  ", ListTab.Claims).Filter!.ToClaims());
    }
}
