using NmnGraph.Terminal.Widgets;
using NmnGraph.Tui.App;

namespace NmnGraph.Tui.Screens;

/// <summary>
/// The detail text laid out for one width, kept until the detail or the width changes: Update (moving between links,
/// clamping the scroll) and View (drawing) share one layout per change instead of wrapping the document twice.
/// </summary>
public sealed class DetailLayoutCache(bool monochrome)
{
    private Entry? _last;

    /// <summary>The layout of <paramref name="detail"/> at <paramref name="width"/>, reused while both are the same.</summary>
    public TextLayout Get(EntityDetail detail, int width)
    {
        ArgumentNullException.ThrowIfNull(detail);
        // Details are immutable and replaced when reloaded, so the instance identifies the content.
        if (_last is { } last && ReferenceEquals(last.Detail, detail) && last.Width == width)
        {
            return last.Layout;
        }

        var entry = new Entry(detail, width, DetailDocument.Layout(detail, width, monochrome));
        _last = entry;
        return entry.Layout;
    }

    private sealed record Entry(EntityDetail Detail, int Width, TextLayout Layout);
}
