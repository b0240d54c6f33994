using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Channels;
using Microsoft.Win32.SafeHandles;
using NmnGraph.Terminal.Input;

namespace NmnGraph.Terminal;

/// <summary>
/// The real terminal on Linux/macOS: raw mode through libc's termios (tcgetattr/cfmakeraw/tcsetattr), input read
/// from file descriptor 0 on a background thread and decoded, SIGWINCH for resizes, and the terminal restored on
/// every way out: normal exit, SIGINT/SIGTERM/SIGHUP/SIGQUIT, unhandled exceptions and process exit.
/// </summary>
/// <remarks>
/// It deliberately bypasses <see cref="Console"/> for input and output: on Unix, reading through the console
/// stream switches on .NET's own line editing and echo and rewrites the terminal settings. Only the size falls back
/// to <see cref="Console"/> where the TIOCGWINSZ ioctl is not known.
/// </remarks>
public sealed partial class AnsiTerminal : ITerminal
{
    private const int StdinFd = 0;
    private const int StdoutFd = 1;
    private const int EIntr = 4;
    private const nuint LinuxTiocgwinsz = 0x5413;
    private const int TcsaFlush = 2;
    private const int TermiosBufferSize = 256; // larger than struct termios on every libc we run on

    private readonly Channel<InputEvent> _events = Channel.CreateUnbounded<InputEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly StreamWriter _output;
    private readonly Lock _gate = new();
    private readonly List<PosixSignalRegistration> _signals = [];
    private byte[]? _originalTermios;
    private Thread? _reader;
    private bool _raw;
    private bool _disposed;
    private TerminalSize _size;

    public AnsiTerminal()
        : this(ColorSupportDetector.FromEnvironment())
    {
    }

    public AnsiTerminal(ColorSupport colorSupport)
    {
        ColorSupport = colorSupport;
        var stdout = new FileStream(new SafeFileHandle(StdoutFd, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        _output = new StreamWriter(stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16)
        {
            AutoFlush = false,
        };
        _size = ReadSize();
    }

    public event Action<TerminalSize>? Resized;

    public TerminalSize Size
    {
        get
        {
            lock (_gate)
            {
                return _size;
            }
        }
    }

    public ColorSupport ColorSupport { get; }

    public ChannelReader<InputEvent> Events => _events.Reader;

    /// <summary>True when standard input and output are a terminal the TUI can take over.</summary>
    public static bool IsSupported =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        && !Console.IsInputRedirected && !Console.IsOutputRedirected;

    public void Write(ReadOnlySpan<char> text)
    {
        lock (_gate)
        {
            _output.Write(text);
        }
    }

    public void Write(string text)
    {
        lock (_gate)
        {
            _output.Write(text);
        }
    }

    public void Flush()
    {
        lock (_gate)
        {
            _output.Flush();
        }
    }

    public void EnterRawMode()
    {
        lock (_gate)
        {
            if (_raw)
            {
                return;
            }

            if (!IsSupported)
            {
                throw new InvalidOperationException("The terminal browser needs an interactive terminal (standard input and output must not be redirected).");
            }

            byte[] original = new byte[TermiosBufferSize];
            if (TcGetAttr(StdinFd, original) != 0)
            {
                throw new InvalidOperationException($"Cannot read the terminal settings (errno {Marshal.GetLastPInvokeError()}).");
            }

            byte[] raw = (byte[])original.Clone();
            CfMakeRaw(raw);
            if (TcSetAttr(StdinFd, TcsaFlush, raw) != 0)
            {
                throw new InvalidOperationException($"Cannot switch the terminal to raw mode (errno {Marshal.GetLastPInvokeError()}).");
            }

            _originalTermios = original;
            _raw = true;
        }

        AppDomain.CurrentDomain.UnhandledException += OnUnhandledException;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        foreach (PosixSignal signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
        {
            // Restore, then let the signal do what it normally does (end the process).
            _signals.Add(PosixSignalRegistration.Create(signal, _ => Restore()));
        }

        if (!OperatingSystem.IsWindows())
        {
            _signals.Add(PosixSignalRegistration.Create(PosixSignal.SIGWINCH, context =>
            {
                context.Cancel = true;
                OnWindowChanged();
            }));
        }

        _reader ??= new Thread(ReadInput) { IsBackground = true, Name = "nmngraph terminal input" };
        if (!_reader.IsAlive)
        {
            _reader.Start();
        }
    }

    public void Restore()
    {
        lock (_gate)
        {
            if (!_raw)
            {
                return;
            }

            _raw = false;
            try
            {
                _output.Write(TerminalSequences.RestoreAll);
                _output.Flush();
            }
            catch (IOException)
            {
                // The terminal may already be gone (SIGHUP); the settings below still matter.
            }

            if (_originalTermios is not null)
            {
                _ = TcSetAttr(StdinFd, TcsaFlush, _originalTermios);
            }
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Restore();
        AppDomain.CurrentDomain.UnhandledException -= OnUnhandledException;
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        foreach (PosixSignalRegistration registration in _signals)
        {
            registration.Dispose();
        }

        _signals.Clear();
        _events.Writer.TryComplete();
    }

    private void OnUnhandledException(object? sender, UnhandledExceptionEventArgs e) => Restore();

    private void OnProcessExit(object? sender, EventArgs e) => Restore();

    private void OnWindowChanged()
    {
        TerminalSize size = ReadSize();
        lock (_gate)
        {
            if (size == _size)
            {
                return;
            }

            _size = size;
        }

        Resized?.Invoke(size);
        _events.Writer.TryWrite(new ResizeEvent(size.Width, size.Height));
    }

    private void ReadInput()
    {
        var decoder = new InputDecoder();
        var events = new List<InputEvent>();
        byte[] chunk = new byte[4096];
        while (true)
        {
            nint read = ReadBytes(StdinFd, chunk, chunk.Length);
            if (read < 0 && Marshal.GetLastPInvokeError() == EIntr)
            {
                continue; // a signal (SIGWINCH) interrupted the read
            }

            if (read <= 0)
            {
                break; // end of input or the terminal went away
            }

            events.Clear();
            decoder.Decode(chunk.AsSpan(0, (int)read), events);
            foreach (InputEvent e in events)
            {
                _events.Writer.TryWrite(e);
            }
        }

        _events.Writer.TryComplete();
    }

    private static TerminalSize ReadSize()
    {
        if (OperatingSystem.IsLinux() && GetWindowSize(StdoutFd, LinuxTiocgwinsz, out WindowSize size) == 0 && size.Columns > 0 && size.Rows > 0)
        {
            return new TerminalSize(size.Columns, size.Rows);
        }

        try
        {
            return new TerminalSize(Math.Max(1, Console.WindowWidth), Math.Max(1, Console.WindowHeight));
        }
        catch (IOException)
        {
            return new TerminalSize(80, 24);
        }
    }

    [LibraryImport("libc", EntryPoint = "tcgetattr", SetLastError = true)]
    private static partial int TcGetAttr(int fd, [Out] byte[] termios);

    [LibraryImport("libc", EntryPoint = "tcsetattr", SetLastError = true)]
    private static partial int TcSetAttr(int fd, int optionalActions, byte[] termios);

    [LibraryImport("libc", EntryPoint = "cfmakeraw")]
    private static partial void CfMakeRaw([In, Out] byte[] termios);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint ReadBytes(int fd, [Out] byte[] buffer, nint count);

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    private static partial int GetWindowSize(int fd, nuint request, out WindowSize size);

    [StructLayout(LayoutKind.Sequential)]
    private struct WindowSize
    {
        public ushort Rows;
        public ushort Columns;
        public ushort PixelWidth;
        public ushort PixelHeight;
    }
}
