using System.Globalization;
using System.Text;
using NmnGraph.Terminal.Input;

namespace NmnGraph.Terminal.Widgets;

/// <summary>
/// A single line being edited. <see cref="Cursor"/> is a UTF-16 index that always sits on a grapheme boundary, so
/// moving and deleting never splits a surrogate pair or separates a combining mark from its base.
/// </summary>
public sealed record TextInputState(string Text = "", int Cursor = 0)
{
    public static TextInputState Empty { get; } = new();

    public static TextInputState WithText(string text) => new(Sanitize(text), Sanitize(text).Length);

    /// <summary>Inserts at the cursor; line breaks and control characters become spaces or are dropped.</summary>
    public TextInputState Insert(string text)
    {
        string clean = Sanitize(text);
        return clean.Length == 0 ? this : new TextInputState(Text.Insert(Cursor, clean), Cursor + clean.Length);
    }

    public TextInputState Backspace()
    {
        int previous = PreviousBoundary(Cursor);
        return previous == Cursor ? this : new TextInputState(Text.Remove(previous, Cursor - previous), previous);
    }

    public TextInputState Delete()
    {
        int next = NextBoundary(Cursor);
        return next == Cursor ? this : this with { Text = Text.Remove(Cursor, next - Cursor) };
    }

    public TextInputState Left() => this with { Cursor = PreviousBoundary(Cursor) };

    public TextInputState Right() => this with { Cursor = NextBoundary(Cursor) };

    public TextInputState Home() => this with { Cursor = 0 };

    public TextInputState End() => this with { Cursor = Text.Length };

    /// <summary>Ctrl+U: deletes everything before the cursor.</summary>
    public TextInputState DeleteToStart() => new(Text[Cursor..], 0);

    /// <summary>Ctrl+K: deletes everything from the cursor on.</summary>
    public TextInputState DeleteToEnd() => this with { Text = Text[..Cursor] };

    /// <summary>Ctrl+W: deletes the word before the cursor and the spaces after it.</summary>
    public TextInputState DeleteWordBackward()
    {
        int start = Cursor;
        while (start > 0 && Text[start - 1] == ' ')
        {
            start--;
        }

        while (start > 0 && Text[start - 1] != ' ')
        {
            start--;
        }

        return new TextInputState(Text.Remove(start, Cursor - start), start);
    }

    /// <summary>Applies an editing key; Handled is false for keys that are not editing keys (Enter, Esc, Tab…).</summary>
    public (TextInputState State, bool Handled) Handle(KeyEvent key)
    {
        ArgumentNullException.ThrowIfNull(key);
        switch (key.Key)
        {
            case Key.Backspace when key.Alt || key.Ctrl:
                return (DeleteWordBackward(), true);
            case Key.Backspace:
                return (Backspace(), true);
            case Key.Delete:
                return (Delete(), true);
            case Key.Left:
                return (Left(), true);
            case Key.Right:
                return (Right(), true);
            case Key.Home:
                return (Home(), true);
            case Key.End:
                return (End(), true);
        }

        if (key.Key != Key.Char || key.Rune is not { } rune)
        {
            return (this, false);
        }

        if (key.Ctrl)
        {
            return char.ToLowerInvariant((char)rune.Value) switch
            {
                'u' => (DeleteToStart(), true),
                'k' => (DeleteToEnd(), true),
                'w' => (DeleteWordBackward(), true),
                'a' => (Home(), true),
                'e' => (End(), true),
                'b' => (Left(), true),
                'f' => (Right(), true),
                'd' => (Delete(), true),
                'h' => (Backspace(), true),
                _ => (this, false),
            };
        }

        return key.Alt ? (this, false) : (Insert(rune.ToString()), true);
    }

    /// <summary>Inserts pasted text (joined onto one line).</summary>
    public TextInputState Paste(PasteEvent paste)
    {
        ArgumentNullException.ThrowIfNull(paste);
        return Insert(paste.Text);
    }

    private int NextBoundary(int index) =>
        index >= Text.Length ? Text.Length : index + StringInfo.GetNextTextElementLength(Text, index);

    private int PreviousBoundary(int index)
    {
        int boundary = 0;
        while (boundary < Text.Length)
        {
            int next = boundary + StringInfo.GetNextTextElementLength(Text, boundary);
            if (next >= index)
            {
                break;
            }

            boundary = next;
        }

        return Math.Min(boundary, index);
    }

    private static string Sanitize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (c is '\n' or '\r' or '\t')
            {
                builder.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
