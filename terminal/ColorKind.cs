namespace NmnGraph.Terminal;

/// <summary>How a <see cref="Color"/> is encoded on the wire.</summary>
public enum ColorKind : byte
{
    /// <summary>The terminal's own foreground or background (SGR 39/49).</summary>
    Default,

    /// <summary>One of the 16 ANSI colours (SGR 30–37, 90–97).</summary>
    Ansi16,

    /// <summary>An entry of the xterm 256-colour palette (SGR 38;5;n).</summary>
    Indexed,

    /// <summary>24-bit colour (SGR 38;2;r;g;b).</summary>
    Rgb,
}
