namespace NmnGraph.Terminal;

/// <summary>How a cell looks: foreground, background and attributes.</summary>
public readonly record struct Style(Color Foreground, Color Background, TextAttributes Attributes)
{
    public static Style Default => default;

    public Style WithForeground(Color color) => this with { Foreground = color };

    public Style WithBackground(Color color) => this with { Background = color };

    public Style Add(TextAttributes attributes) => this with { Attributes = Attributes | attributes };

    public Style Remove(TextAttributes attributes) => this with { Attributes = Attributes & ~attributes };

    public bool Has(TextAttributes attributes) => (Attributes & attributes) == attributes;

    /// <summary>Lays <paramref name="other"/> over this style: its non-default colours win and attributes add up.</summary>
    public Style Patch(Style other) => new(
        other.Foreground.IsDefault ? Foreground : other.Foreground,
        other.Background.IsDefault ? Background : other.Background,
        Attributes | other.Attributes);

    /// <summary>The same style with colours reduced to what <paramref name="support"/> can show.</summary>
    public Style Downgrade(ColorSupport support) =>
        new(Foreground.Downgrade(support), Background.Downgrade(support), Attributes);

    public static Style Fg(Color color) => new(color, Color.Default, TextAttributes.None);

    public static Style Bold => new(Color.Default, Color.Default, TextAttributes.Bold);

    public static Style Reverse => new(Color.Default, Color.Default, TextAttributes.Reverse);
}
