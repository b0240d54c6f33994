namespace NmnGraph.Terminal.Tests;

public sealed class ColorTests
{
    public static TheoryData<string?, string?, string?, ColorSupport> Environments => new()
    {
        { null, "truecolor", "xterm-256color", ColorSupport.TrueColor },
        { null, "24bit", "xterm", ColorSupport.TrueColor },
        { null, null, "xterm-256color", ColorSupport.Indexed256 },
        { null, null, "xterm", ColorSupport.Ansi16 },
        { null, null, "dumb", ColorSupport.None },
        { null, null, null, ColorSupport.None },
        { "1", "truecolor", "xterm-256color", ColorSupport.None },
        { "anything", null, "xterm", ColorSupport.None },
        { "", "truecolor", "xterm", ColorSupport.TrueColor }, // present but empty does not count
    };

    [Theory]
    [MemberData(nameof(Environments))]
    public void Detects_support_from_environment(string? noColor, string? colorTerm, string? term, ColorSupport expected)
    {
        var env = new Dictionary<string, string?>(StringComparer.Ordinal) { ["NO_COLOR"] = noColor, ["COLORTERM"] = colorTerm, ["TERM"] = term };
        Assert.Equal(expected, ColorSupportDetector.Detect(name => env.GetValueOrDefault(name)));
    }

    [Fact]
    public void Truecolor_keeps_everything()
    {
        Color orange = Color.Rgb(255, 135, 0);
        Assert.Equal(orange, orange.Downgrade(ColorSupport.TrueColor));
    }

    [Theory]
    [InlineData(255, 0, 0, 196)]
    [InlineData(0, 0, 0, 16)]
    [InlineData(255, 255, 255, 231)]
    [InlineData(255, 135, 0, 208)]
    [InlineData(128, 128, 128, 244)] // grey ramp beats the cube
    [InlineData(95, 135, 175, 67)]
    public void Rgb_falls_back_to_the_nearest_palette_entry(byte r, byte g, byte b, int expectedIndex) =>
        Assert.Equal(Color.Indexed((byte)expectedIndex), Color.Rgb(r, g, b).Downgrade(ColorSupport.Indexed256));

    [Theory]
    [InlineData(250, 10, 10, 9)] // bright red
    [InlineData(200, 0, 0, 1)] // red
    [InlineData(10, 10, 10, 0)] // black
    [InlineData(250, 250, 250, 15)] // bright white
    [InlineData(225, 225, 225, 7)] // white
    [InlineData(0, 200, 200, 6)] // cyan
    public void Rgb_falls_back_to_the_nearest_ansi_colour(byte r, byte g, byte b, int expected) =>
        Assert.Equal(Color.Ansi(expected), Color.Rgb(r, g, b).Downgrade(ColorSupport.Ansi16));

    [Fact]
    public void Indexed_falls_back_to_ansi()
    {
        Assert.Equal(Color.Ansi(3), Color.Indexed(3).Downgrade(ColorSupport.Ansi16));
        Assert.Equal(Color.BrightRed, Color.Indexed(196).Downgrade(ColorSupport.Ansi16));
        Assert.Equal(Color.Indexed(196), Color.Indexed(196).Downgrade(ColorSupport.Indexed256));
    }

    [Fact]
    public void No_colour_support_drops_colours_but_keeps_attributes()
    {
        var style = new Style(Color.Rgb(1, 2, 3), Color.Blue, TextAttributes.Bold | TextAttributes.Reverse);
        Style plain = style.Downgrade(ColorSupport.None);
        Assert.Equal(Color.Default, plain.Foreground);
        Assert.Equal(Color.Default, plain.Background);
        Assert.Equal(TextAttributes.Bold | TextAttributes.Reverse, plain.Attributes);
    }

    [Fact]
    public void Patch_overlays_colours_and_adds_attributes()
    {
        var baseStyle = new Style(Color.Red, Color.Blue, TextAttributes.Bold);
        Style patched = baseStyle.Patch(new Style(Color.Default, Color.Green, TextAttributes.Underline));
        Assert.Equal(new Style(Color.Red, Color.Green, TextAttributes.Bold | TextAttributes.Underline), patched);
    }
}
