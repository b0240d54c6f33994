namespace NmnGraph.Terminal;

/// <summary>How many colours a terminal can show; colours are downgraded to fit (<see cref="Color.Downgrade"/>).</summary>
public enum ColorSupport
{
    /// <summary>No colours at all (NO_COLOR, dumb terminals); attributes such as bold still work.</summary>
    None,

    /// <summary>The 16 ANSI colours.</summary>
    Ansi16,

    /// <summary>The xterm 256-colour palette.</summary>
    Indexed256,

    /// <summary>24-bit colour.</summary>
    TrueColor,
}
