namespace NmnGraph.Terminal.Widgets;

/// <summary>How a <see cref="Constraint"/> sizes its part of a split.</summary>
public enum ConstraintKind
{
    /// <summary>Exactly this many cells (less when there is not enough room).</summary>
    Fixed,

    /// <summary>This percentage of the whole.</summary>
    Percent,

    /// <summary>A share (by weight) of whatever the fixed and percentage parts leave.</summary>
    Fill,
}
