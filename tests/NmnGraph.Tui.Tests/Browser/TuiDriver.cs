using NmnGraph.Client;
using NmnGraph.Terminal;
using NmnGraph.Terminal.Input;
using NmnGraph.Terminal.Runtime;
using NmnGraph.Terminal.Widgets;
using NmnGraph.Tui.App;
using NmnGraph.Tui.Screens;

namespace NmnGraph.Tui.Tests.Browser;

/// <summary>
/// Drives the real browser program on a <see cref="VirtualTerminal"/>: keys go through the runtime, commands run
/// for real (against a fake transport or the embedded server), and each step waits until nothing is in flight.
/// </summary>
internal sealed class TuiDriver : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly TuiRuntime<BrowserState, BrowserMsg> _runtime;
    private readonly BrowserBackend _backend;

    public TuiDriver(int width, int height, BrowserBackend backend, ColorSupport colors = ColorSupport.TrueColor, IUrlOpener? opener = null, bool hyperlinks = false)
    {
        _backend = backend;
        Terminal = new VirtualTerminal(width, height, colors);
        var program = new BrowserProgram(backend, Terminal.Size, new BrowserScreen(Terminal.ColorSupport), opener: opener ?? new RecordingOpener());
        var options = new TuiRuntimeOptions { TickInterval = null, Renderer = new RendererOptions { Hyperlinks = hyperlinks } };
        _runtime = new TuiRuntime<BrowserState, BrowserMsg>(Terminal, program, options);
        _runtime.Start();
        Idle();
    }

    public TuiDriver(int width, int height, FakeTransport transport, ColorSupport colors = ColorSupport.TrueColor, IUrlOpener? opener = null, bool hyperlinks = false)
        : this(width, height, BrowserBackend.ForTransport(transport, "fake server"), colors, opener, hyperlinks)
    {
    }

    /// <summary>A left click at a zero-based cell, typed as the SGR mouse report (press and release) a terminal sends.</summary>
    public TuiDriver Click(int x, int y)
    {
        Terminal.InjectInput($"\e[<0;{x + 1};{y + 1}M\e[<0;{x + 1};{y + 1}m");
        return Idle();
    }

    /// <summary>Clicks the first place the screen shows <paramref name="text"/> (its first cell), from row <paramref name="fromRow"/> on.</summary>
    public TuiDriver Click(string text, int fromRow = 0)
    {
        for (int y = fromRow; y < Screen.Lines.Count; y++)
        {
            int x = Screen.Lines[y].IndexOf(text, StringComparison.Ordinal);
            if (x >= 0)
            {
                return Click(x, y);
            }
        }

        Assert.Fail($"The screen does not show \"{text}\" to click:\n{Screen}");
        return this;
    }

    /// <summary>Turns the mouse wheel once over a cell (down: towards the end).</summary>
    public TuiDriver Wheel(int x, int y, bool down)
    {
        Terminal.InjectInput($"\e[<{(down ? 65 : 64)};{x + 1};{y + 1}M");
        return Idle();
    }

    public VirtualTerminal Terminal { get; }

    public BrowserState State => _runtime.State;

    public ScreenText Screen => new(Terminal.Screen);

    public bool HasQuit => _runtime.HasQuit;

    public int CommandsInFlight => _runtime.CommandsInFlight;

    public static TuiDriver WithFake(FakeTransport? transport = null, int width = 80, int height = 24, ColorSupport colors = ColorSupport.TrueColor) =>
        new(width, height, transport ?? new FakeTransport(), colors);

    /// <summary>Presses a key and waits until its effects (and any loads it started) are on screen.</summary>
    public TuiDriver Press(Key key, Modifiers modifiers = Modifiers.None)
    {
        Terminal.Press(key, modifiers);
        return Idle();
    }

    public TuiDriver Press(char c)
    {
        Terminal.Inject(KeyEvent.Char(c));
        return Idle();
    }

    /// <summary>Types text as key presses (through the real input decoder).</summary>
    public TuiDriver Type(string text)
    {
        Terminal.InjectInput(text);
        return Idle();
    }

    /// <summary>Presses a key without waiting for the loads it starts.</summary>
    public TuiDriver PressNoWait(Key key)
    {
        Terminal.Press(key);
        _runtime.ProcessPending();
        return this;
    }

    public TuiDriver Resize(int width, int height)
    {
        Terminal.Resize(width, height);
        return Idle();
    }

    public TuiDriver Tick()
    {
        _runtime.Tick();
        _runtime.ProcessPending();
        return this;
    }

    public TuiDriver Idle()
    {
        _runtime.RunUntilIdleAsync(CancellationToken.None).WaitAsync(Timeout).GetAwaiter().GetResult();
        return this;
    }

    public TuiDriver WaitFor(Func<BrowserState, bool> predicate)
    {
        _runtime.WaitForAsync(predicate, Timeout).GetAwaiter().GetResult();
        return this;
    }

    /// <summary>The tag of the link selected in the detail pane, or null.</summary>
    public string? SelectedLink
    {
        get
        {
            if (State.Current is not { Detail: { } detail } page)
            {
                return null;
            }

            Rect viewport = BrowserLayout.DetailViewport(State);
            return page.View.SelectedTag(DetailDocument.Layout(detail, viewport.Width, Terminal.ColorSupport == ColorSupport.None));
        }
    }

    /// <summary>Moves down through the detail pane's links until <paramref name="tag"/> is selected, then presses Enter.</summary>
    public TuiDriver Follow(string tag)
    {
        for (int i = 0; i < 200 && !string.Equals(SelectedLink, tag, StringComparison.Ordinal); i++)
        {
            Press(Key.Down);
        }

        Assert.True(string.Equals(SelectedLink, tag, StringComparison.Ordinal), $"No link {tag} in the detail pane; selected: {SelectedLink}.\n{Screen}");
        return Press(Key.Enter);
    }

    /// <summary>The screen drawn step by step by the diff renderer must equal the state drawn from scratch.</summary>
    public void AssertScreenIsFreshRender()
    {
        var fresh = new Buffer(Terminal.Screen.Width, Terminal.Screen.Height);
        new BrowserScreen(Terminal.ColorSupport).Render(State, fresh);
        Assert.Equal(fresh.ToLines(), Terminal.Screen.ToLines());
    }

    public void Dispose()
    {
        _runtime.Dispose();
        _backend.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
