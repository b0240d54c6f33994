namespace NmnGraph.Terminal;

/// <summary>Text attributes; these are kept when colours are turned off.</summary>
[Flags]
public enum TextAttributes : byte
{
    None = 0,
    Bold = 1,
    Dim = 2,
    Italic = 4,
    Underline = 8,
    Reverse = 16,
}
