using NmnGraph.Terminal;
using NmnGraph.Terminal.Input;
using NmnGraph.Terminal.Runtime;

namespace NmnGraph.Tui.App;

/// <summary>
/// The NmnGraph terminal browser as an Elm-style program: <see cref="Update"/> (in <c>BrowserProgram.Update.cs</c>)
/// is pure and returns commands from <see cref="BrowserCommands"/>, the only code that calls the client;
/// <see cref="View"/> draws through the <see cref="IBrowserScreen"/> it is given.
/// </summary>
public sealed partial class BrowserProgram : ITuiProgram<BrowserState, BrowserMsg>
{
    /// <summary>How long the list selection rests on a row before the detail pane previews it.</summary>
    public static readonly TimeSpan DefaultPreviewDelay = TimeSpan.FromMilliseconds(100);

    private readonly BrowserCommands _commands;
    private readonly TerminalSize _initialSize;
    private readonly IBrowserScreen _screen;
    private readonly TimeSpan _previewDelay;

    public BrowserProgram(BrowserBackend backend, TerminalSize initialSize, IBrowserScreen screen, TimeSpan? previewDelay = null, IUrlOpener? opener = null)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(screen);
        _commands = new BrowserCommands(backend, opener ?? new SystemUrlOpener());
        _initialSize = initialSize;
        _screen = screen;
        _previewDelay = previewDelay ?? DefaultPreviewDelay;
    }

    public (BrowserState State, Command<BrowserMsg>? Command) Init()
    {
        var state = new BrowserState
        {
            Width = _initialSize.Width,
            Height = _initialSize.Height,
            Lists = BrowserState.NoLists.SetItem(ListTab.Articles, ListPane.NotLoaded with { Loading = true }),
        };
        return (state, _commands.Connect());
    }

    public void View(BrowserState state, Buffer buffer) => _screen.Render(state, buffer);

    public BrowserMsg? OnInput(BrowserState state, InputEvent input) => input switch
    {
        KeyEvent key => new BrowserMsg.KeyPressed(key),
        PasteEvent paste => new BrowserMsg.Pasted(paste.Text),
        ResizeEvent resize => new BrowserMsg.Resized(resize.Width, resize.Height),
        MouseEvent { Action: MouseAction.WheelDown or MouseAction.WheelUp } or MouseEvent { Action: MouseAction.Press, Button: MouseButton.Left } =>
            new BrowserMsg.Mouse((MouseEvent)input, Environment.TickCount64),
        _ => null,
    };

    public BrowserMsg? OnTick(BrowserState state) => state.IsBusy ? new BrowserMsg.Tick() : null;

    public BrowserMsg? OnCommandFailed(BrowserState state, Exception error) => new BrowserMsg.Failed(BrowserCommands.Describe(error));
}
