using System.Diagnostics;

namespace NmnGraph.Tui.App;

/// <summary>
/// Opens URLs with the system's opener: <c>xdg-open</c> on Linux and BSD, <c>open</c> on macOS, the shell on
/// Windows, when it is on the PATH. Its output is discarded so that it cannot scribble over the screen.
/// </summary>
public sealed class SystemUrlOpener : IUrlOpener
{
    public SystemUrlOpener(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        Program = OperatingSystem.IsWindows() ? "explorer" : Find(OperatingSystem.IsMacOS() ? "open" : "xdg-open", environment("PATH"));
    }

    public string? Program { get; }

    public bool Open(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (Program is null || !Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("http" or "https"))
        {
            return false;
        }

        var start = new ProcessStartInfo(Program)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(uri.AbsoluteUri);
        Process? process = Process.Start(start);
        if (process is null)
        {
            return false;
        }

        // Drain its output in the background (nothing of it may reach the terminal) and reap it when it ends.
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        _ = process.WaitForExitAsync().ContinueWith(_ => process.Dispose(), TaskScheduler.Default);
        return true;
    }

    private static string? Find(string name, string? path)
    {
        foreach (string directory in (path ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
