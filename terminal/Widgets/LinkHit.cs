namespace NmnGraph.Terminal.Widgets;

/// <summary>Where a visible piece of a tagged span was drawn on screen (for mouse clicks).</summary>
public readonly record struct LinkHit(int SpanIndex, string Tag, Rect Area);
