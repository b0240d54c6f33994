using System.Diagnostics;

namespace NmnGraph.Server.Tests.Hosting;

/// <summary>
/// A size-limited tmpfs mounted for one test (needs root and mount rights), so a disk can be filled for real
/// without touching the machine's disks. <see cref="TryMount"/> says why when it cannot mount.
/// </summary>
internal sealed class SmallVolume : IDisposable
{
    private SmallVolume(string path) => Path = path;

    public string Path { get; }

    public static SmallVolume? TryMount(string path, long bytes, out string? whyNot)
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            whyNot = $"not root on Linux (user {Environment.UserName})";
            return null;
        }

        Directory.CreateDirectory(path);
        (int exit, string output) = Run("mount", "-t", "tmpfs", "-o", $"size={bytes}", "tmpfs", path);
        whyNot = exit == 0 ? null : $"mount failed ({exit}): {output.Trim()}";
        return exit == 0 ? new SmallVolume(path) : null;
    }

    /// <summary>Writes a filler file until the volume refuses another byte; returns the filler's path.</summary>
    public string Fill()
    {
        string filler = System.IO.Path.Combine(Path, "filler");
        using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
        foreach (int chunk in new[] { 64 * 1024, 4096, 512, 1 })
        {
            byte[] zeros = new byte[chunk];
            while (true)
            {
                try
                {
                    stream.Write(zeros);
                    stream.Flush();
                }
                catch (IOException)
                {
                    break;
                }
            }
        }

        return filler;
    }

    public long FreeBytes => new DriveInfo(Path).AvailableFreeSpace;

    public void Dispose()
    {
        // Lazy: a pooled SQLite handle still open must not keep the mount behind.
        (int exit, string output) = Run("umount", "-l", Path);
        if (exit != 0)
        {
            throw new InvalidOperationException($"umount {Path} failed ({exit}): {output}");
        }
    }

    private static (int Exit, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using Process process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return (-1, exception.Message);
        }
    }
}
