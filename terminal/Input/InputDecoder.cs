using System.Text;

namespace NmnGraph.Terminal.Input;

/// <summary>
/// Turns the bytes a terminal sends into <see cref="InputEvent"/>s: keys (UTF-8 text, control keys, CSI and SS3
/// sequences with modifiers, Alt as an ESC prefix), bracketed paste and SGR mouse reports.
/// </summary>
/// <remarks>
/// <para>
/// Feed the decoder each chunk as it is read. There is no Escape delay: an ESC that ends a chunk is reported as
/// the Escape key at once, because terminals write an escape sequence in one go and so it arrives in one read.
/// The trade-off: a sequence split by the transport right after its ESC (rare; slow links) is read as Escape
/// followed by ordinary keys, and Alt+key typed very slowly is two keys. An ESC followed in the same chunk by
/// <c>[</c> or <c>O</c> starts a sequence, which is completed by later chunks if it is cut short.
/// </para>
/// <para>Unknown or malformed sequences are swallowed whole; they never turn into typed characters.</para>
/// </remarks>
public sealed class InputDecoder
{
    private const byte Esc = 0x1B;
    private const int MaxSequenceLength = 64;
    private static readonly byte[] s_pasteEnd = "\e[201~"u8.ToArray();

    private readonly List<byte> _pending = [];
    private readonly List<byte> _paste = [];
    private bool _inPaste;

    /// <summary>Decodes one chunk and returns the complete events in it.</summary>
    public IReadOnlyList<InputEvent> Decode(ReadOnlySpan<byte> chunk)
    {
        var events = new List<InputEvent>();
        Decode(chunk, events);
        return events;
    }

    /// <summary>Decodes one chunk given as text (it is encoded as UTF-8 first); for tests and injected input.</summary>
    public IReadOnlyList<InputEvent> Decode(string chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        return Decode(Encoding.UTF8.GetBytes(chunk));
    }

    /// <summary>Decodes one chunk, appending the complete events to <paramref name="events"/>.</summary>
    public void Decode(ReadOnlySpan<byte> chunk, List<InputEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        byte[] data;
        if (_pending.Count > 0)
        {
            data = new byte[_pending.Count + chunk.Length];
            _pending.CopyTo(data);
            chunk.CopyTo(data.AsSpan(_pending.Count));
            _pending.Clear();
        }
        else
        {
            data = chunk.ToArray();
        }

        int pos = 0;
        while (pos < data.Length)
        {
            if (_inPaste)
            {
                pos = ContinuePaste(data, pos, events);
                continue;
            }

            int consumed = DecodeOne(data, pos, events);
            if (consumed == 0)
            {
                // An incomplete sequence or character: keep it for the next chunk.
                _pending.AddRange(data.AsSpan(pos).ToArray());
                return;
            }

            pos += consumed;
        }
    }

    private int ContinuePaste(byte[] data, int pos, List<InputEvent> events)
    {
        int end = data.AsSpan(pos).IndexOf(s_pasteEnd);
        if (end >= 0)
        {
            _paste.AddRange(data.AsSpan(pos, end).ToArray());
            events.Add(new PasteEvent(Encoding.UTF8.GetString([.. _paste])));
            _paste.Clear();
            _inPaste = false;
            return pos + end + s_pasteEnd.Length;
        }

        // Keep a possible partial terminator at the end for the next chunk.
        int keep = 0;
        for (int k = Math.Min(s_pasteEnd.Length - 1, data.Length - pos); k > 0; k--)
        {
            if (data.AsSpan(data.Length - k).SequenceEqual(s_pasteEnd.AsSpan(0, k)))
            {
                keep = k;
                break;
            }
        }

        _paste.AddRange(data.AsSpan(pos, data.Length - pos - keep).ToArray());
        if (keep > 0)
        {
            _pending.AddRange(data.AsSpan(data.Length - keep).ToArray());
        }

        return data.Length;
    }

    // Decodes the event at data[pos]; returns the bytes used, or 0 when more bytes are needed.
    private int DecodeOne(byte[] data, int pos, List<InputEvent> events)
    {
        byte b = data[pos];
        if (b != Esc)
        {
            return DecodePlain(data, pos, Modifiers.None, events);
        }

        if (pos + 1 == data.Length)
        {
            events.Add(new KeyEvent(Key.Escape));
            return 1;
        }

        byte next = data[pos + 1];
        switch (next)
        {
            case (byte)'[':
                return DecodeCsi(data, pos, events);
            case (byte)'O':
                return DecodeSs3(data, pos, events);
            case Esc:
                events.Add(new KeyEvent(Key.Escape));
                return 1;
            default:
                int used = DecodePlain(data, pos + 1, Modifiers.Alt, events);
                return used == 0 ? 0 : used + 1;
        }
    }

    private static int DecodePlain(byte[] data, int pos, Modifiers modifiers, List<InputEvent> events)
    {
        byte b = data[pos];
        switch (b)
        {
            case 0x0D:
            case 0x0A:
                events.Add(new KeyEvent(Key.Enter, modifiers));
                return 1;
            case 0x09:
                events.Add(new KeyEvent(Key.Tab, modifiers));
                return 1;
            case 0x7F:
            case 0x08:
                events.Add(new KeyEvent(Key.Backspace, modifiers));
                return 1;
            case 0x00:
                events.Add(new KeyEvent(Key.Char, modifiers | Modifiers.Ctrl, new Rune(' ')));
                return 1;
            case < 0x1B:
                events.Add(new KeyEvent(Key.Char, modifiers | Modifiers.Ctrl, new Rune('a' + b - 1)));
                return 1;
            case < 0x20:
                // 0x1C–0x1F: Ctrl+\ Ctrl+] Ctrl+^ Ctrl+_
                events.Add(new KeyEvent(Key.Char, modifiers | Modifiers.Ctrl, new Rune("\\]^_"[b - 0x1C])));
                return 1;
            case < 0x7F:
                events.Add(new KeyEvent(Key.Char, modifiers, new Rune(b)));
                return 1;
        }

        int length = b switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => -1,
        };
        if (length < 0)
        {
            return 1; // not a UTF-8 lead byte: drop it
        }

        if (pos + length > data.Length)
        {
            // Wait for the rest unless what we have is already invalid.
            for (int i = pos + 1; i < data.Length; i++)
            {
                if ((data[i] & 0xC0) != 0x80)
                {
                    return i - pos;
                }
            }

            return 0;
        }

        if (Rune.DecodeFromUtf8(data.AsSpan(pos, length), out Rune rune, out int consumed) == System.Buffers.OperationStatus.Done)
        {
            events.Add(new KeyEvent(Key.Char, modifiers, rune));
            return consumed;
        }

        return Math.Max(1, consumed);
    }

    private int DecodeCsi(byte[] data, int pos, List<InputEvent> events)
    {
        int i = pos + 2;
        int paramStart = i;
        while (i < data.Length && data[i] is >= 0x30 and <= 0x3F)
        {
            i++;
        }

        int paramEnd = i;
        while (i < data.Length && data[i] is >= 0x20 and <= 0x2F)
        {
            i++;
        }

        if (i == data.Length)
        {
            // Wait for the rest, but not forever: no real sequence is this long.
            return data.Length - pos > MaxSequenceLength ? data.Length - pos : 0;
        }

        byte final = data[i];
        int length = i + 1 - pos;
        if (final is < 0x40 or > 0x7E)
        {
            // Malformed: drop what we have read so far (without the offending byte).
            return i - pos;
        }

        string parameters = Encoding.ASCII.GetString(data, paramStart, paramEnd - paramStart);
        if (paramEnd != i)
        {
            return length; // intermediates: nothing we know
        }

        if (parameters.StartsWith('<'))
        {
            if (final is (byte)'M' or (byte)'m' && TryDecodeMouse(parameters.AsSpan(1), final == 'M') is { } mouse)
            {
                events.Add(mouse);
            }

            return length;
        }

        if (parameters.Length > 0 && parameters[0] is '?' or '>' or '=')
        {
            return length; // private replies (device attributes and the like)
        }

        int[] numbers = ParseNumbers(parameters);
        int first = numbers.Length > 0 ? numbers[0] : 1;
        Modifiers modifiers = numbers.Length > 1 ? ToModifiers(numbers[1]) : Modifiers.None;

        Key key = Key.Unknown;
        switch ((char)final)
        {
            case 'A': key = Key.Up; break;
            case 'B': key = Key.Down; break;
            case 'C': key = Key.Right; break;
            case 'D': key = Key.Left; break;
            case 'H': key = Key.Home; break;
            case 'F': key = Key.End; break;
            case 'P': key = Key.F1; break;
            case 'Q': key = Key.F2; break;
            case 'R': key = Key.F3; break;
            case 'S': key = Key.F4; break;
            case 'Z':
                events.Add(new KeyEvent(Key.Tab, modifiers | Modifiers.Shift));
                return length;
            case '~':
                if (first == 200)
                {
                    _inPaste = true;
                    return length;
                }

                key = TildeKey(first);
                break;
            case 'u':
                if (numbers.Length > 0)
                {
                    events.Add(CodepointKey(first, modifiers));
                }

                return length;
        }

        if (key != Key.Unknown)
        {
            events.Add(new KeyEvent(key, modifiers));
        }

        return length;
    }

    private static int DecodeSs3(byte[] data, int pos, List<InputEvent> events)
    {
        int i = pos + 2;
        int modifierParam = 0;
        while (i < data.Length && data[i] is >= (byte)'0' and <= (byte)'9')
        {
            modifierParam = (modifierParam * 10) + (data[i] - '0');
            i++;
        }

        if (i == data.Length)
        {
            return 0;
        }

        Modifiers modifiers = modifierParam > 1 ? ToModifiers(modifierParam) : Modifiers.None;
        Key key = (char)data[i] switch
        {
            'A' => Key.Up,
            'B' => Key.Down,
            'C' => Key.Right,
            'D' => Key.Left,
            'H' => Key.Home,
            'F' => Key.End,
            'P' => Key.F1,
            'Q' => Key.F2,
            'R' => Key.F3,
            'S' => Key.F4,
            'M' => Key.Enter,
            _ => Key.Unknown,
        };
        if (key != Key.Unknown)
        {
            events.Add(new KeyEvent(key, modifiers));
        }

        return i + 1 - pos;
    }

    private static Key TildeKey(int code) => code switch
    {
        1 or 7 => Key.Home,
        2 => Key.Insert,
        3 => Key.Delete,
        4 or 8 => Key.End,
        5 => Key.PageUp,
        6 => Key.PageDown,
        11 => Key.F1,
        12 => Key.F2,
        13 => Key.F3,
        14 => Key.F4,
        15 => Key.F5,
        17 => Key.F6,
        18 => Key.F7,
        19 => Key.F8,
        20 => Key.F9,
        21 => Key.F10,
        23 => Key.F11,
        24 => Key.F12,
        _ => Key.Unknown,
    };

    // The kitty keyboard protocol's CSI codepoint;modifiers u.
    private static KeyEvent CodepointKey(int codepoint, Modifiers modifiers) => codepoint switch
    {
        13 => new KeyEvent(Key.Enter, modifiers),
        9 => new KeyEvent(Key.Tab, modifiers),
        27 => new KeyEvent(Key.Escape, modifiers),
        127 or 8 => new KeyEvent(Key.Backspace, modifiers),
        _ when Rune.IsValid(codepoint) && codepoint >= 0x20 => new KeyEvent(Key.Char, modifiers, new Rune(codepoint)),
        _ => new KeyEvent(Key.Unknown, modifiers),
    };

    // xterm encodes modifiers as 1 + (shift 1 | alt 2 | ctrl 4 | meta 8).
    private static Modifiers ToModifiers(int parameter)
    {
        int bits = Math.Max(0, parameter - 1);
        Modifiers modifiers = Modifiers.None;
        if ((bits & 1) != 0)
        {
            modifiers |= Modifiers.Shift;
        }

        if ((bits & (2 | 8)) != 0)
        {
            modifiers |= Modifiers.Alt;
        }

        if ((bits & 4) != 0)
        {
            modifiers |= Modifiers.Ctrl;
        }

        return modifiers;
    }

    private static MouseEvent? TryDecodeMouse(ReadOnlySpan<char> parameters, bool pressed)
    {
        int[] numbers = ParseNumbers(parameters.ToString());
        if (numbers.Length != 3 || numbers[1] < 1 || numbers[2] < 1)
        {
            return null;
        }

        int code = numbers[0];
        int x = numbers[1] - 1, y = numbers[2] - 1;
        Modifiers modifiers = Modifiers.None;
        if ((code & 4) != 0)
        {
            modifiers |= Modifiers.Shift;
        }

        if ((code & 8) != 0)
        {
            modifiers |= Modifiers.Alt;
        }

        if ((code & 16) != 0)
        {
            modifiers |= Modifiers.Ctrl;
        }

        int buttonBits = code & 3;
        if ((code & 64) != 0)
        {
            return buttonBits switch
            {
                0 => new MouseEvent(MouseAction.WheelUp, MouseButton.None, x, y, modifiers),
                1 => new MouseEvent(MouseAction.WheelDown, MouseButton.None, x, y, modifiers),
                _ => null, // horizontal wheel
            };
        }

        MouseButton button = buttonBits switch
        {
            0 => MouseButton.Left,
            1 => MouseButton.Middle,
            2 => MouseButton.Right,
            _ => MouseButton.None,
        };
        MouseAction action = (code & 32) != 0
            ? (button == MouseButton.None ? MouseAction.Move : MouseAction.Drag)
            : (pressed ? MouseAction.Press : MouseAction.Release);
        return new MouseEvent(action, button, x, y, modifiers);
    }

    private static int[] ParseNumbers(string parameters)
    {
        if (parameters.Length == 0)
        {
            return [];
        }

        string[] parts = parameters.Split(';');
        var numbers = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            // Sub-parameters (kitty: 97:65) keep only their first value.
            string part = parts[i];
            int colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0)
            {
                part = part[..colon];
            }

            numbers[i] = int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) ? Math.Min(n, 100_000) : 1;
        }

        return numbers;
    }
}
