namespace NmnGraph.Terminal.Widgets;

/// <summary>The line characters a <see cref="Block"/> draws with.</summary>
public enum BorderKind
{
    Plain,
    Rounded,
    Double,
    Thick,
    Ascii,
}
