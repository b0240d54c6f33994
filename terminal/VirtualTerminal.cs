using System.Globalization;
using System.Text;
using System.Threading.Channels;
using NmnGraph.Terminal.Input;

namespace NmnGraph.Terminal;

/// <summary>
/// An in-memory terminal for tests: it interprets the ANSI written to it (cursor moves, SGR, erase, alternate
/// screen, cursor visibility, modes) into a <see cref="Screen"/> grid, and lets tests inject input and resize.
/// </summary>
public sealed partial class VirtualTerminal : ITerminal
{
    private readonly Channel<InputEvent> _events = Channel.CreateUnbounded<InputEvent>();
    private readonly InputDecoder _decoder = new();
    private readonly StringBuilder _queued = new();
    private readonly StringBuilder _flushed = new();
    private readonly List<string> _unknownSequences = [];
    private string _partial = string.Empty;
    private Buffer _main;
    private Buffer _alternate;
    private bool _pendingWrap;

    public VirtualTerminal(int width, int height, ColorSupport colorSupport = ColorSupport.TrueColor)
    {
        _main = new Buffer(width, height);
        _alternate = new Buffer(width, height);
        ColorSupport = colorSupport;
    }

    public event Action<TerminalSize>? Resized;

    public TerminalSize Size => new(_main.Width, _main.Height);

    public ColorSupport ColorSupport { get; }

    public ChannelReader<InputEvent> Events => _events.Reader;

    /// <summary>The screen being shown (the alternate one while it is active).</summary>
    public Buffer Screen => IsAlternateScreen ? _alternate : _main;

    public Buffer MainScreen => _main;

    public int CursorX { get; private set; }

    public int CursorY { get; private set; }

    public bool CursorVisible { get; private set; } = true;

    public bool IsAlternateScreen { get; private set; }

    public bool BracketedPaste { get; private set; }

    public bool MouseReporting { get; private set; }

    public bool InRawMode { get; private set; }

    /// <summary>How many times <see cref="Restore"/> ran.</summary>
    public int RestoreCount { get; private set; }

    /// <summary>The style the next printed character gets.</summary>
    public Style CurrentStyle { get; private set; }

    /// <summary>The OSC 8 hyperlink in force (printed cells link to it), or null.</summary>
    public string? Link { get; private set; }

    /// <summary>What the program last put on the clipboard through OSC 52, or null.</summary>
    public string? Clipboard { get; private set; }

    /// <summary>Every character flushed so far.</summary>
    public long TotalWritten { get; private set; }

    /// <summary>Sequences this terminal did not understand (a renderer bug if anything shows up here).</summary>
    public IReadOnlyList<string> UnknownSequences => _unknownSequences;

    public void Write(ReadOnlySpan<char> text) => _queued.Append(text);

    public void Write(string text) => _queued.Append(text);

    public void Flush()
    {
        string text = _queued.ToString();
        _queued.Clear();
        _flushed.Append(text);
        TotalWritten += text.Length;
        Interpret(text);
    }

    /// <summary>Returns what was flushed since the last call, and forgets it.</summary>
    public string TakeOutput()
    {
        string text = _flushed.ToString();
        _flushed.Clear();
        return text;
    }

    public void EnterRawMode() => InRawMode = true;

    /// <summary>Like <see cref="AnsiTerminal.Restore"/>: leaves raw mode and writes the sequences that undo every mode.</summary>
    public void Restore()
    {
        RestoreCount++;
        if (InRawMode)
        {
            InRawMode = false;
            Write(TerminalSequences.RestoreAll);
            Flush();
        }
    }

    /// <summary>Feeds bytes as if typed, through the real <see cref="InputDecoder"/>.</summary>
    public void InjectInput(ReadOnlySpan<byte> bytes)
    {
        foreach (InputEvent e in _decoder.Decode(bytes))
        {
            _events.Writer.TryWrite(e);
        }
    }

    /// <summary>Feeds text (encoded as UTF-8) as if typed; escape sequences are decoded.</summary>
    public void InjectInput(string text) => InjectInput(Encoding.UTF8.GetBytes(text));

    /// <summary>Queues a key press.</summary>
    public void Press(Key key, Modifiers modifiers = Modifiers.None) => _events.Writer.TryWrite(new KeyEvent(key, modifiers));

    /// <summary>Queues an already decoded event.</summary>
    public void Inject(InputEvent inputEvent) => _events.Writer.TryWrite(inputEvent);

    /// <summary>Changes the size as a window resize would: both screens are cleared and a resize event is queued.</summary>
    public void Resize(int width, int height)
    {
        _main.Resize(width, height);
        _alternate.Resize(width, height);
        CursorX = Math.Min(CursorX, Math.Max(0, width - 1));
        CursorY = Math.Min(CursorY, Math.Max(0, height - 1));
        _pendingWrap = false;
        Resized?.Invoke(new TerminalSize(width, height));
        _events.Writer.TryWrite(new ResizeEvent(width, height));
    }

    /// <summary>Ends the input stream, as when the terminal goes away.</summary>
    public void CloseInput() => _events.Writer.TryComplete();

    public void Dispose() => _events.Writer.TryComplete();

    private void Interpret(string text)
    {
        text = _partial + text;
        _partial = string.Empty;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\e')
            {
                int used = InterpretEscape(text, i);
                if (used == 0)
                {
                    _partial = text[i..];
                    return;
                }

                i += used;
                continue;
            }

            if (char.IsControl(c))
            {
                InterpretControl(c);
                i++;
                continue;
            }

            int length = StringInfo.GetNextTextElementLength(text, i);
            int controlAt = text.AsSpan(i, length).IndexOfAny('\e', '\r', '\n');
            if (controlAt > 0)
            {
                length = controlAt;
            }

            Print(text.AsSpan(i, length));
            i += length;
        }
    }

    private void InterpretControl(char c)
    {
        switch (c)
        {
            case '\r':
                CursorX = 0;
                _pendingWrap = false;
                break;
            case '\n':
                LineFeed();
                break;
            case '\b':
                CursorX = Math.Max(0, CursorX - 1);
                _pendingWrap = false;
                break;
            case '\t':
                CursorX = Math.Min(Screen.Width - 1, ((CursorX / 8) + 1) * 8);
                break;
            case '\a':
                break;
            default:
                _unknownSequences.Add($"C0 0x{(int)c:x2}");
                break;
        }
    }

    private void Print(ReadOnlySpan<char> grapheme)
    {
        Buffer screen = Screen;
        if (screen.Width == 0 || screen.Height == 0)
        {
            return;
        }

        int width = DisplayWidth.OfGrapheme(grapheme);
        if (width == 0)
        {
            int x = _pendingWrap ? CursorX : CursorX - 1;
            if (x >= 0)
            {
                Cell previous = screen[x, CursorY];
                if (previous.IsContinuation && x > 0)
                {
                    x--;
                    previous = screen[x, CursorY];
                }

                screen[x, CursorY] = new Cell(previous.Text + grapheme.ToString(), previous.Style, previous.Width);
            }

            return;
        }

        if (_pendingWrap || CursorX + width > screen.Width)
        {
            CursorX = 0;
            LineFeed();
        }

        screen[CursorX, CursorY] = new Cell(grapheme.ToString(), CurrentStyle, width) { Link = Link };
        if (width == 2 && CursorX + 1 < screen.Width)
        {
            screen[CursorX + 1, CursorY] = Cell.Continuation(CurrentStyle);
        }

        CursorX += width;
        if (CursorX >= screen.Width)
        {
            CursorX = screen.Width - 1;
            _pendingWrap = true;
        }
    }

    private void LineFeed()
    {
        _pendingWrap = false;
        Buffer screen = Screen;
        if (CursorY + 1 < screen.Height)
        {
            CursorY++;
            return;
        }

        // Scroll the whole screen up by one row.
        for (int y = 1; y < screen.Height; y++)
        {
            for (int x = 0; x < screen.Width; x++)
            {
                screen[x, y - 1] = screen[x, y];
            }
        }

        screen.Fill(new Rect(0, screen.Height - 1, screen.Width, 1), Cell.Blank);
    }
}
