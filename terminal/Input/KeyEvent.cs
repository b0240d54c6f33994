using System.Text;

namespace NmnGraph.Terminal.Input;

/// <summary>
/// A key press. Printable characters are <see cref="Key.Char"/> with <see cref="Rune"/> set; Ctrl+letter is
/// <see cref="Key.Char"/> with the lower-case letter and <see cref="Modifiers.Ctrl"/>.
/// </summary>
public sealed record KeyEvent(Key Key, Modifiers Modifiers = Modifiers.None, Rune? Rune = null) : InputEvent
{
    public bool Ctrl => (Modifiers & Modifiers.Ctrl) != 0;

    public bool Alt => (Modifiers & Modifiers.Alt) != 0;

    public bool Shift => (Modifiers & Modifiers.Shift) != 0;

    /// <summary>A printable character with no modifiers other than Shift.</summary>
    public static KeyEvent Char(char c, Modifiers modifiers = Modifiers.None) => new(Key.Char, modifiers, new Rune(c));

    /// <summary>Ctrl plus a letter, as sent by the terminal (bytes 0x01–0x1A).</summary>
    public static KeyEvent CtrlChar(char letter) => new(Key.Char, Modifiers.Ctrl, new Rune(char.ToLowerInvariant(letter)));

    /// <summary>True when this is the character <paramref name="c"/> with no Ctrl or Alt.</summary>
    public bool IsChar(char c) => Key == Key.Char && Rune is { } r && r.Value == c && (Modifiers & (Modifiers.Ctrl | Modifiers.Alt)) == 0;

    /// <summary>True when this is Ctrl+<paramref name="letter"/>.</summary>
    public bool IsCtrl(char letter) => Key == Key.Char && Ctrl && Rune is { } r && r.Value == char.ToLowerInvariant(letter);

    public override string ToString()
    {
        var builder = new StringBuilder();
        if (Ctrl)
        {
            builder.Append("Ctrl+");
        }

        if (Alt)
        {
            builder.Append("Alt+");
        }

        if (Shift)
        {
            builder.Append("Shift+");
        }

        builder.Append(Key == Key.Char && Rune is { } rune ? rune.ToString() : Key.ToString());
        return builder.ToString();
    }
}
