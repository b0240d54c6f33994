namespace NmnGraph.Tui.App;

/// <summary>Opens a URL in the user's browser (<see cref="SystemUrlOpener"/>; tests record instead).</summary>
public interface IUrlOpener
{
    /// <summary>The program that opens URLs here (<c>xdg-open</c>, <c>open</c>), or null when there is none.</summary>
    string? Program { get; }

    /// <summary>Opens <paramref name="url"/>; false when no program could.</summary>
    bool Open(string url);
}
