using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace NmnGraph.Server.Tests.Postgres;

/// <summary>
/// A private PostgreSQL cluster for the test run: initdb and pg_ctl from Debian's <c>postgresql</c> package
/// in a temporary folder, listening on a free loopback port, started once per test process and stopped when
/// it exits. When root, the server runs as the <c>postgres</c> user (initdb refuses root). Each test asks
/// for its own database with <see cref="CreateDatabaseAsync"/>.
/// </summary>
internal sealed class PostgresCluster
{
    public const string InstallCommand = "apt-get install -y postgresql";

    private static readonly Lazy<Task<PostgresCluster>> s_shared = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _binDirectory;
    private readonly string _root;
    private readonly string? _runAs;
    private int _databases;

    private PostgresCluster(string binDirectory, string root, string? runAs, int port)
    {
        _binDirectory = binDirectory;
        _root = root;
        _runAs = runAs;
        Port = port;
    }

    public int Port { get; }

    /// <summary>
    /// The shared cluster. Where PostgreSQL is not installed the calling test is reported as skipped with the
    /// install command, except under CI (<c>CI=true</c>), where it fails: CI installs the package.
    /// </summary>
    public static async Task<PostgresCluster> GetAsync()
    {
        if (FindBinDirectory() is null)
        {
            string message = $"PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin); install it with: {InstallCommand}";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(message);
            }

            Skip.If(true, message);
        }

        return await s_shared.Value;
    }

    /// <summary>A new empty database and its <c>postgres://</c> URL.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        int number = Interlocked.Increment(ref _databases);
        // At most ~50 characters, under PostgreSQL's 63-byte identifier limit, whatever the process id.
        string name = string.Create(CultureInfo.InvariantCulture, $"t{Environment.ProcessId}_{number}_{Guid.NewGuid():N}");
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return UrlOf(name);
    }

    public string UrlOf(string database) => string.Create(CultureInfo.InvariantCulture, $"postgres://nmngraph@127.0.0.1:{Port}/{database}");

    private string AdminConnectionString => string.Create(CultureInfo.InvariantCulture,
        $"Host=127.0.0.1;Port={Port};Username=nmngraph;Database=postgres;Pooling=false");

    private static string? FindBinDirectory()
    {
        string? configured = Environment.GetEnvironmentVariable("NMNGRAPH_PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;
        }

        const string Root = "/usr/lib/postgresql";
        if (!Directory.Exists(Root))
        {
            return null;
        }

        return Directory.GetDirectories(Root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : 0)
            .FirstOrDefault();
    }

    private static async Task<PostgresCluster> StartAsync()
    {
        string bin = FindBinDirectory() ?? throw new InvalidOperationException($"PostgreSQL is not installed; {InstallCommand}");
        string root = Path.Combine(Path.GetTempPath(), "nmngraph-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        string? runAs = IsRoot() ? "postgres" : null;
        if (runAs is not null)
        {
            await RunAsync("chown", ["-R", runAs + ":", root], null);
        }

        int port = FreePort();
        var cluster = new PostgresCluster(bin, root, runAs, port);
        await cluster.RunToolAsync("initdb", ["-D", cluster.DataDirectory, "-U", "nmngraph", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
        await cluster.RunToolAsync("pg_ctl", ["-D", cluster.DataDirectory, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "-o",
            string.Create(CultureInfo.InvariantCulture, $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"),
            "start"]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return cluster;
    }

    private string DataDirectory => Path.Combine(_root, "data");

    /// <summary>
    /// Stops the server and removes the folder in one child shell: the test host may be ended before an exit
    /// handler finishes, and the shell carries on regardless, so no cluster and no folder outlive the run.
    /// </summary>
    private void Stop()
    {
        (string file, string[] prefix) = Tool("pg_ctl");
        string[] command = [file, .. prefix, "-D", DataDirectory, "-m", "immediate", "-w", "stop"];
        string stop = string.Join(' ', command.Select(Quote));
        var start = new ProcessStartInfo("sh") { UseShellExecute = false, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"{stop} >/dev/null 2>&1; rm -rf {Quote(_root)}");
        using Process? process = Process.Start(start);
        process?.WaitForExit(TimeSpan.FromSeconds(30));

        static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    private (string File, string[] Prefix) Tool(string name)
    {
        string path = Path.Combine(_binDirectory, name);
        return _runAs is null ? (path, []) : ("runuser", ["-u", _runAs, "--", path]);
    }

    private Task RunToolAsync(string name, string[] arguments)
    {
        (string file, string[] prefix) = Tool(name);
        return RunAsync(file, [.. prefix, .. arguments], _root);
    }

    private static async Task RunAsync(string file, IEnumerable<string> arguments, string? workingDirectory)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}: {await output}{await error}");
        }
    }

    private static bool IsRoot()
    {
        try
        {
            return File.ReadAllLines("/proc/self/status").Any(l => l.StartsWith("Uid:", StringComparison.Ordinal)
                && l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1) == "0");
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
