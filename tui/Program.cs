using NmnGraph.Tui;

(TuiOptions? options, string? error) = TuiOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    return 2;
}

// The browser is completed by the terminal-browser issue.
Console.WriteLine(options.Server is null ? "nmngraph: embedded server" : $"nmngraph: server {options.Server}");
return 0;
