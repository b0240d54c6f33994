namespace NmnGraph.Terminal;

/// <summary>What the renderer turns on when it takes over the screen.</summary>
public sealed record RendererOptions
{
    public bool AlternateScreen { get; init; } = true;

    public bool Mouse { get; init; } = true;

    public bool BracketedPaste { get; init; } = true;

    /// <summary>Wraps each frame in synchronized-update marks (DEC 2026) so terminals that know them never tear.</summary>
    public bool SynchronizedOutput { get; init; }

    /// <summary>Writes cells' links as OSC 8 hyperlinks (only where the terminal shows them: <see cref="HyperlinkSupport"/>).</summary>
    public bool Hyperlinks { get; init; }
}
