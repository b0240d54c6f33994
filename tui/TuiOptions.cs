namespace NmnGraph.Tui;

/// <summary>The browser's command line: <c>[--server URL] [--db PATH]</c> (DESIGN.md, "Command-line contract").</summary>
public sealed record TuiOptions(Uri? Server, string? DatabasePath)
{
    public const string Usage = "usage: nmngraph-tui [--server URL] [--db PATH] [--http] [--help] [--version]";

    /// <summary>What <c>--help</c> prints.</summary>
    public const string HelpText = Usage + """


        The NmnGraph terminal browser: articles about NMN, the studies they cite and the claims they make.

          --server URL   browse a running NmnGraph server (http://host:port or its /graphql endpoint)
          --db PATH      without --server: the database the embedded server opens (default: $NMNGRAPH_DB, else
                         $XDG_DATA_HOME/nmngraph/nmngraph.db, else ~/.local/share/nmngraph/nmngraph.db)
          --http         without --server: reach the embedded server over a loopback port instead of in memory
          --help         print this help and exit
          --version      print the version and exit

        In the browser, ? lists the keys that apply; q quits.
        """;

    /// <summary><c>--help</c>: print <see cref="HelpText"/> and exit 0.</summary>
    public bool ShowHelp { get; init; }

    /// <summary><c>--version</c>: print the version and exit 0.</summary>
    public bool ShowVersion { get; init; }

    /// <summary>
    /// <c>--http</c>: host the embedded server on a loopback port and talk HTTP to it (as to a standalone server)
    /// instead of through the in-memory transport.
    /// </summary>
    public bool EmbeddedHttp { get; init; }

    /// <summary>Parses the arguments, or returns a message that says what is wrong with them.</summary>
    public static (TuiOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        Uri? server = null;
        string? db = null;
        bool http = false;
        bool help = false;
        bool version = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string? value = i + 1 < args.Count ? args[i + 1] : null;
            switch (arg)
            {
                case "--server":
                    if (value is null || !Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                    {
                        return (null, $"--server needs an http(s) URL, got '{value}'.\n{Usage}");
                    }

                    server = uri;
                    i++;
                    break;
                case "--db":
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        return (null, $"--db needs a file path.\n{Usage}");
                    }

                    db = value;
                    i++;
                    break;
                case "--http":
                    http = true;
                    break;
                case "--help" or "-h":
                    help = true;
                    break;
                case "--version":
                    version = true;
                    break;
                default:
                    return (null, $"Unknown argument '{arg}'.\n{Usage}");
            }
        }

        return (new TuiOptions(server, db) { EmbeddedHttp = http, ShowHelp = help, ShowVersion = version }, null);
    }
}
