using NmnGraph.Server.Configuration;
using NmnGraph.Server.Hosting;
using NmnGraph.Tui;
using NmnGraph.Tui.App;
using NmnGraph.Tui.Terminal;

(TuiOptions? options, string? error) = TuiOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    return 2;
}

if (!AnsiTerminal.IsSupported)
{
    Console.Error.WriteLine("nmngraph-tui needs an interactive terminal (standard input and output must not be redirected).");
    Console.Error.WriteLine("For scripts, use the server's CLI: dotnet run --project server -- query '{ articles { totalCount } }'");
    return 2;
}

await using BrowserBackend backend = options.Server is { } server
    ? BrowserBackend.Remote(server)
    : BrowserBackend.Started(async ct =>
    {
        // The embedded default: the same server, in-process on a loopback ephemeral port, logging nowhere (the
        // terminal belongs to the browser).
        string database = options.DatabasePath ?? DefaultDatabasePath.Resolve();
        NmnServerHandle handle = await NmnServerHost.StartAsync(
            new NmnServerOptions { DatabasePath = database, Urls = "http://127.0.0.1:0", ConsoleLogging = false },
            ct).ConfigureAwait(false);
        return (handle.GraphQLEndpoint, $"embedded server {handle.GraphQLEndpoint} on {database}", handle);
    });

Exception? crash = null;
using (var terminal = new AnsiTerminal())
{
    var program = new BrowserProgram(backend, terminal.Size);
    var runtimeOptions = new NmnGraph.Tui.App.TuiRuntimeOptions { Renderer = new RendererOptions { SynchronizedOutput = true } };
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
