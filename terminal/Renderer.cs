using System.Globalization;
using System.Text;

namespace NmnGraph.Terminal;

/// <summary>
/// Draws <see cref="Buffer"/> frames on an <see cref="ITerminal"/>, writing only the cells that changed since the
/// previous frame, with as few cursor moves and SGR changes as it can. After a resize (or
/// <see cref="Invalidate"/>) the next frame clears the screen and is drawn in full.
/// </summary>
public sealed class Renderer
{
    private readonly ITerminal _terminal;
    private readonly RendererOptions _options;
    private readonly StringBuilder _output = new();
    private Buffer? _previous;
    private Style _currentStyle;
    private string? _currentLink;
    private int _cursorX = -1;
    private int _cursorY = -1;
    private bool _started;

    public Renderer(ITerminal terminal, RendererOptions? options = null, ColorSupport? colorSupport = null)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        _terminal = terminal;
        _options = options ?? new RendererOptions();
        ColorSupport = colorSupport ?? terminal.ColorSupport;
    }

    public ColorSupport ColorSupport { get; }

    /// <summary>The number of characters the last <see cref="Render"/> wrote.</summary>
    public int LastFrameLength { get; private set; }

    /// <summary>Takes over the screen: alternate screen, hidden cursor, paste and mouse modes as configured.</summary>
    public void Start()
    {
        var setup = new StringBuilder();
        if (_options.AlternateScreen)
        {
            setup.Append(TerminalSequences.EnterAlternateScreen);
        }

        setup.Append(TerminalSequences.HideCursor);
        if (_options.BracketedPaste)
        {
            setup.Append(TerminalSequences.EnableBracketedPaste);
        }

        if (_options.Mouse)
        {
            setup.Append(TerminalSequences.EnableMouse);
        }

        _terminal.Write(setup.ToString());
        _terminal.Flush();
        _started = true;
        Invalidate();
    }

    /// <summary>Gives the screen back: styles reset, modes off, cursor shown, main screen.</summary>
    public void Stop()
    {
        if (!_started)
        {
            return;
        }

        _started = false;
        _terminal.Write(_options.AlternateScreen ? TerminalSequences.RestoreAll : TerminalSequences.ResetStyle + TerminalSequences.DisableMouse + TerminalSequences.DisableBracketedPaste + TerminalSequences.ShowCursor);
        _terminal.Flush();
    }

    /// <summary>Forgets what is on screen, so the next frame is drawn in full.</summary>
    public void Invalidate() => _previous = null;

    /// <summary>Draws <paramref name="frame"/>, writing only what differs from the previous frame.</summary>
    public void Render(Buffer frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        _output.Clear();
        if (_options.SynchronizedOutput)
        {
            _output.Append(TerminalSequences.BeginSynchronizedUpdate);
        }

        Buffer previous;
        if (_previous is null || _previous.Width != frame.Width || _previous.Height != frame.Height)
        {
            // A full redraw: clear, then diff against a blank screen so blank cells cost nothing.
            _output.Append(TerminalSequences.ResetStyle).Append(TerminalSequences.ClearScreen);
            _currentStyle = Style.Default;
            _cursorX = -1;
            _cursorY = -1;
            previous = new Buffer(frame.Width, frame.Height);
        }
        else
        {
            previous = _previous;
        }

        int changes = _output.Length;
        for (int y = 0; y < frame.Height; y++)
        {
            for (int x = 0; x < frame.Width; x++)
            {
                Cell cell = frame[x, y];
                if (cell.IsContinuation || cell == previous[x, y])
                {
                    continue;
                }

                if (cell.Width == 2 && x + 1 >= frame.Width)
                {
                    cell = Cell.Space(cell.Style); // a wide character cannot hang off the edge
                }

                MoveTo(x, y);
                ApplyStyle(cell.Style.Downgrade(ColorSupport));
                if (_options.Hyperlinks && !string.Equals(cell.Link, _currentLink, StringComparison.Ordinal))
                {
                    _output.Append(TerminalSequences.Hyperlink(cell.Link ?? string.Empty));
                    _currentLink = cell.Link;
                }

                _output.Append(cell.Text);
                _cursorX += cell.Width;
            }
        }

        if (_currentLink is not null)
        {
            _output.Append(TerminalSequences.Hyperlink(string.Empty));
            _currentLink = null;
        }

        if (_currentStyle != Style.Default)
        {
            _output.Append(TerminalSequences.ResetStyle);
            _currentStyle = Style.Default;
        }

        bool anything = _output.Length != changes;
        if (_options.SynchronizedOutput)
        {
            _output.Append(TerminalSequences.EndSynchronizedUpdate);
        }

        _previous = frame.Clone();
        if (anything)
        {
            string text = _output.ToString();
            LastFrameLength = text.Length;
            _terminal.Write(text);
            _terminal.Flush();
        }
        else
        {
            LastFrameLength = 0;
        }
    }

    private void MoveTo(int x, int y)
    {
        if (x == _cursorX && y == _cursorY)
        {
            return;
        }

        if (y == _cursorY && x > _cursorX && _cursorX >= 0)
        {
            int distance = x - _cursorX;
            _output.Append("\e[");
            if (distance > 1)
            {
                _output.Append(distance.ToString(CultureInfo.InvariantCulture));
            }

            _output.Append('C');
        }
        else
        {
            _output.Append(TerminalSequences.MoveTo(x, y));
        }

        _cursorX = x;
        _cursorY = y;
    }

    private void ApplyStyle(Style next)
    {
        Style current = _currentStyle;
        if (current == next)
        {
            return;
        }

        var codes = new List<string>();
        TextAttributes removed = current.Attributes & ~next.Attributes;
        if (removed != TextAttributes.None)
        {
            // Turning single attributes off is patchy across terminals; a reset is short and certain.
            codes.Add("0");
            current = Style.Default;
        }

        AddAttributes(codes, next.Attributes & ~current.Attributes);
        if (next.Foreground != current.Foreground)
        {
            AddColor(codes, next.Foreground, background: false);
        }

        if (next.Background != current.Background)
        {
            AddColor(codes, next.Background, background: true);
        }

        _output.Append("\e[").AppendJoin(';', codes).Append('m');
        _currentStyle = next;
    }

    private static void AddAttributes(List<string> codes, TextAttributes added)
    {
        if ((added & TextAttributes.Bold) != 0)
        {
            codes.Add("1");
        }

        if ((added & TextAttributes.Dim) != 0)
        {
            codes.Add("2");
        }

        if ((added & TextAttributes.Italic) != 0)
        {
            codes.Add("3");
        }

        if ((added & TextAttributes.Underline) != 0)
        {
            codes.Add("4");
        }

        if ((added & TextAttributes.Reverse) != 0)
        {
            codes.Add("7");
        }
    }

    private static void AddColor(List<string> codes, Color color, bool background)
    {
        CultureInfo inv = CultureInfo.InvariantCulture;
        switch (color.Kind)
        {
            case ColorKind.Default:
                codes.Add(background ? "49" : "39");
                break;
            case ColorKind.Ansi16:
                int n = (int)color.Value;
                int baseCode = n < 8 ? (background ? 40 : 30) : (background ? 100 : 90);
                codes.Add((baseCode + (n % 8)).ToString(inv));
                break;
            case ColorKind.Indexed:
                codes.Add(string.Create(inv, $"{(background ? 48 : 38)};5;{color.Value}"));
                break;
            default:
                (byte r, byte g, byte b) = color.ToRgb();
                codes.Add(string.Create(inv, $"{(background ? 48 : 38)};2;{r};{g};{b}"));
                break;
        }
    }
}
