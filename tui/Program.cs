using NmnGraph.Server.Configuration;
using NmnGraph.Terminal;
using NmnGraph.Terminal.Runtime;
using NmnGraph.Tui;
using NmnGraph.Tui.App;
using NmnGraph.Tui.Screens;

(TuiOptions? options, string? error) = TuiOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    return 2;
}

if (options.ShowHelp)
{
    Console.WriteLine(TuiOptions.HelpText);
    return 0;
}

if (options.ShowVersion)
{
    System.Reflection.Assembly assembly = typeof(TuiOptions).Assembly;
    string version = System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>(assembly)?.InformationalVersion
        ?? assembly.GetName().Version?.ToString() ?? "unknown";
    Console.WriteLine("nmngraph-tui " + version);
    return 0;
}

if (!AnsiTerminal.IsSupported)
{
    Console.Error.WriteLine("nmngraph-tui needs an interactive terminal (standard input and output must not be redirected).");
    Console.Error.WriteLine("For scripts, use the server's CLI: dotnet run --project server -- query '{ articles { totalCount } }'");
    return 2;
}

// The embedded default: the same server in-process, logging nowhere (the terminal belongs to the browser). It
// starts while the first frame is already on screen.
// The same database every nmngraph command uses: --db, NMNGRAPH_DB, appsettings NmnGraph:Database, the default.
string database = ServerSettings.ResolveDatabase(options.DatabasePath);
await using BrowserBackend backend = options.Server is { } server
    ? BrowserBackend.Remote(server)
    : options.EmbeddedHttp
        ? BrowserBackend.Started(ct => EmbeddedServer.StartHttpAsync(database, ct))
        : BrowserBackend.StartedInProcess(ct => EmbeddedServer.StartInMemoryAsync(database, ct));

Exception? crash = null;
using (var terminal = new AnsiTerminal())
{
    var program = new BrowserProgram(backend, terminal.Size, new BrowserScreen(terminal.ColorSupport));
    // OSC 8 links only where the terminal is known to show them (NMNGRAPH_HYPERLINKS=1/0 decides otherwise).
    bool hyperlinks = HyperlinkSupport.Detect(Environment.GetEnvironmentVariable);
    var runtimeOptions = new TuiRuntimeOptions { Renderer = new RendererOptions { SynchronizedOutput = true, Hyperlinks = hyperlinks } };
    using var runtime = new TuiRuntime<BrowserState, BrowserMsg>(terminal, program, runtimeOptions);
    try
    {
        await runtime.RunAsync(CancellationToken.None).ConfigureAwait(false);
    }
    catch (Exception ex)
    {
        crash = ex;
    }
}

// The terminal is restored by now, so the message lands on the normal screen.
if (crash is not null)
{
    Console.Error.WriteLine($"nmngraph-tui stopped: {crash}");
    return 1;
}

return 0;
