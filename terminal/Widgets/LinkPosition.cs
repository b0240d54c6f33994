namespace NmnGraph.Terminal.Widgets;

/// <summary>
/// Where (part of) a tagged span landed in a <see cref="TextLayout"/>: a span wrapped over several lines has one
/// position per line. <see cref="Line"/> counts from the top of the text (or of the viewport, for visible links).
/// </summary>
public readonly record struct LinkPosition(int SpanIndex, string Tag, int Line, int Column, int Width);
