namespace NmnGraph.Terminal.Widgets;

/// <summary>The size of one part of a <see cref="Layout"/> split.</summary>
public readonly record struct Constraint(ConstraintKind Kind, int Value)
{
    public static Constraint Fixed(int cells) => new(ConstraintKind.Fixed, Math.Max(0, cells));

    public static Constraint Percent(int percent) => new(ConstraintKind.Percent, Math.Clamp(percent, 0, 100));

    public static Constraint Fill(int weight = 1) => new(ConstraintKind.Fill, Math.Max(1, weight));
}
