using System.Globalization;

namespace NmnGraph.Terminal;

public sealed partial class VirtualTerminal
{
    // Interprets the escape sequence at text[start]; returns its length, or 0 when it is cut off.
    private int InterpretEscape(string text, int start)
    {
        if (start + 1 >= text.Length)
        {
            return 0;
        }

        char kind = text[start + 1];
        if (kind == '[')
        {
            int i = start + 2;
            while (i < text.Length && text[i] is >= '0' and <= '?')
            {
                i++;
            }

            int paramEnd = i;
            while (i < text.Length && text[i] is >= ' ' and <= '/')
            {
                i++;
            }

            if (i >= text.Length)
            {
                return 0;
            }

            string parameters = text[(start + 2)..paramEnd];
            if (paramEnd != i)
            {
                _unknownSequences.Add(text[start..(i + 1)]);
            }
            else
            {
                InterpretCsi(parameters, text[i], text[start..(i + 1)]);
            }

            return i + 1 - start;
        }

        if (kind == ']')
        {
            // OSC: up to BEL or ST; titles and the like do not change the grid, hyperlinks (8) and the clipboard (52) are kept.
            for (int i = start + 2; i < text.Length; i++)
            {
                bool bell = text[i] == '\a';
                if (bell || (text[i] == '\e' && i + 1 < text.Length && text[i + 1] == '\\'))
                {
                    InterpretOsc(text[(start + 2)..i]);
                    return i + (bell ? 1 : 2) - start;
                }
            }

            return 0;
        }

        switch (kind)
        {
            case 'c':
                FullReset();
                break;
            default:
                _unknownSequences.Add(text.Substring(start, 2));
                break;
        }

        return 2;
    }

    private void InterpretOsc(string body)
    {
        string[] parts = body.Split(';', 3);
        if (parts is ["8", _, var url])
        {
            Link = url.Length == 0 ? null : url;
        }
        else if (parts is ["52", _, var data])
        {
            Clipboard = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(data));
        }
    }

    private void InterpretCsi(string parameters, char final, string whole)
    {
        if (parameters.StartsWith('?'))
        {
            if (final is 'h' or 'l')
            {
                foreach (int mode in Numbers(parameters[1..]))
                {
                    SetPrivateMode(mode, final == 'h', whole);
                }
            }
            else
            {
                _unknownSequences.Add(whole);
            }

            return;
        }

        int[] n = Numbers(parameters);
        int First(int fallback) => n.Length > 0 && n[0] > 0 ? n[0] : fallback;
        Buffer screen = Screen;
        switch (final)
        {
            case 'H':
            case 'f':
                CursorY = Math.Clamp((n.Length > 0 && n[0] > 0 ? n[0] : 1) - 1, 0, Math.Max(0, screen.Height - 1));
                CursorX = Math.Clamp((n.Length > 1 && n[1] > 0 ? n[1] : 1) - 1, 0, Math.Max(0, screen.Width - 1));
                _pendingWrap = false;
                break;
            case 'A':
                CursorY = Math.Max(0, CursorY - First(1));
                _pendingWrap = false;
                break;
            case 'B':
                CursorY = Math.Min(screen.Height - 1, CursorY + First(1));
                _pendingWrap = false;
                break;
            case 'C':
                CursorX = Math.Min(screen.Width - 1, CursorX + First(1));
                _pendingWrap = false;
                break;
            case 'D':
                CursorX = Math.Max(0, CursorX - First(1));
                _pendingWrap = false;
                break;
            case 'G':
                CursorX = Math.Clamp(First(1) - 1, 0, screen.Width - 1);
                _pendingWrap = false;
                break;
            case 'd':
                CursorY = Math.Clamp(First(1) - 1, 0, screen.Height - 1);
                _pendingWrap = false;
                break;
            case 'J':
                EraseDisplay(n.Length > 0 ? n[0] : 0);
                break;
            case 'K':
                EraseLine(n.Length > 0 ? n[0] : 0);
                break;
            case 'm':
                ApplySgr(n, whole);
                break;
            default:
                _unknownSequences.Add(whole);
                break;
        }
    }

    private void SetPrivateMode(int mode, bool on, string whole)
    {
        switch (mode)
        {
            case 1049:
            case 1047:
            case 47:
                if (on && !IsAlternateScreen)
                {
                    _alternate.Clear();
                }

                IsAlternateScreen = on;
                _pendingWrap = false;
                break;
            case 25:
                CursorVisible = on;
                break;
            case 2004:
                BracketedPaste = on;
                break;
            case 1000:
            case 1002:
            case 1003:
                MouseReporting = on;
                break;
            case 1006:
            case 2026:
                break;
            default:
                _unknownSequences.Add(whole);
                break;
        }
    }

    private void EraseDisplay(int mode)
    {
        Buffer screen = Screen;
        Cell blank = BlankCell();
        switch (mode)
        {
            case 0:
                EraseLine(0);
                screen.Fill(new Rect(0, CursorY + 1, screen.Width, screen.Height - CursorY - 1), blank);
                break;
            case 1:
                EraseLine(1);
                screen.Fill(new Rect(0, 0, screen.Width, CursorY), blank);
                break;
            default:
                screen.Fill(screen.Area, blank);
                break;
        }
    }

    private void EraseLine(int mode)
    {
        Buffer screen = Screen;
        Cell blank = BlankCell();
        Rect row = mode switch
        {
            0 => new Rect(CursorX, CursorY, screen.Width - CursorX, 1),
            1 => new Rect(0, CursorY, CursorX + 1, 1),
            _ => new Rect(0, CursorY, screen.Width, 1),
        };
        screen.Fill(row, blank);
    }

    // Erasing paints with the current background, as terminals do.
    private Cell BlankCell() => CurrentStyle.Background.IsDefault ? Cell.Blank : Cell.Space(Style.Default.WithBackground(CurrentStyle.Background));

    private void ApplySgr(int[] codes, string whole)
    {
        if (codes.Length == 0)
        {
            CurrentStyle = Style.Default;
            return;
        }

        Style style = CurrentStyle;
        for (int i = 0; i < codes.Length; i++)
        {
            int code = codes[i];
            switch (code)
            {
                case 0: style = Style.Default; break;
                case 1: style = style.Add(TextAttributes.Bold); break;
                case 2: style = style.Add(TextAttributes.Dim); break;
                case 3: style = style.Add(TextAttributes.Italic); break;
                case 4: style = style.Add(TextAttributes.Underline); break;
                case 7: style = style.Add(TextAttributes.Reverse); break;
                case 22: style = style.Remove(TextAttributes.Bold | TextAttributes.Dim); break;
                case 23: style = style.Remove(TextAttributes.Italic); break;
                case 24: style = style.Remove(TextAttributes.Underline); break;
                case 27: style = style.Remove(TextAttributes.Reverse); break;
                case >= 30 and <= 37: style = style.WithForeground(Color.Ansi(code - 30)); break;
                case >= 90 and <= 97: style = style.WithForeground(Color.Ansi(code - 90 + 8)); break;
                case >= 40 and <= 47: style = style.WithBackground(Color.Ansi(code - 40)); break;
                case >= 100 and <= 107: style = style.WithBackground(Color.Ansi(code - 100 + 8)); break;
                case 39: style = style.WithForeground(Color.Default); break;
                case 49: style = style.WithBackground(Color.Default); break;
                case 38:
                case 48:
                    if (!TryExtendedColor(codes, ref i, out Color color))
                    {
                        _unknownSequences.Add(whole);
                        return;
                    }

                    style = code == 38 ? style.WithForeground(color) : style.WithBackground(color);
                    break;
                default:
                    _unknownSequences.Add(whole);
                    break;
            }
        }

        CurrentStyle = style;
    }

    private static bool TryExtendedColor(int[] codes, ref int i, out Color color)
    {
        color = Color.Default;
        if (i + 2 < codes.Length && codes[i + 1] == 5)
        {
            color = Color.Indexed((byte)Math.Clamp(codes[i + 2], 0, 255));
            i += 2;
            return true;
        }

        if (i + 4 < codes.Length && codes[i + 1] == 2)
        {
            color = Color.Rgb((byte)codes[i + 2], (byte)codes[i + 3], (byte)codes[i + 4]);
            i += 4;
            return true;
        }

        return false;
    }

    private void FullReset()
    {
        _main.Clear();
        _alternate.Clear();
        IsAlternateScreen = false;
        CursorX = 0;
        CursorY = 0;
        CursorVisible = true;
        CurrentStyle = Style.Default;
        _pendingWrap = false;
    }

    private static int[] Numbers(string parameters)
    {
        if (parameters.Length == 0)
        {
            return [];
        }

        string[] parts = parameters.Split(';');
        var numbers = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            numbers[i] = int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : 0;
        }

        return numbers;
    }
}
