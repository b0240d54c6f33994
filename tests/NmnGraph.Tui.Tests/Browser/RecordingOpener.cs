using NmnGraph.Tui.App;

namespace NmnGraph.Tui.Tests.Browser;

/// <summary>An opener that records the URLs it is asked to open (<see cref="Program"/> null: as if none were installed).</summary>
internal sealed class RecordingOpener(string? program = "/usr/bin/xdg-open") : IUrlOpener
{
    private readonly List<string> _opened = [];

    public string? Program => program;

    public IReadOnlyList<string> Opened => _opened;

    public bool Open(string url)
    {
        lock (_opened)
        {
            _opened.Add(url);
        }

        return program is not null;
    }
}
