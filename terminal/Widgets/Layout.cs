namespace NmnGraph.Terminal.Widgets;

/// <summary>Splits a rectangle into rows or columns by <see cref="Constraint"/>s.</summary>
public static class Layout
{
    /// <summary>Splits into rows, top to bottom.</summary>
    public static Rect[] Vertical(Rect area, params Constraint[] constraints)
    {
        int[] sizes = Sizes(area.Height, 0, constraints);
        var rects = new Rect[sizes.Length];
        int y = area.Y;
        for (int i = 0; i < sizes.Length; i++)
        {
            rects[i] = new Rect(area.X, y, area.Width, sizes[i]);
            y += sizes[i];
        }

        return rects;
    }

    /// <summary>Splits into columns, left to right, with <paramref name="spacing"/> blank cells between them.</summary>
    public static Rect[] Horizontal(Rect area, int spacing, params Constraint[] constraints)
    {
        int[] sizes = Sizes(area.Width, spacing, constraints);
        var rects = new Rect[sizes.Length];
        int x = area.X;
        for (int i = 0; i < sizes.Length; i++)
        {
            rects[i] = new Rect(x, area.Y, sizes[i], area.Height);
            x += sizes[i] + spacing;
        }

        return rects;
    }

    /// <summary>Splits into columns, left to right.</summary>
    public static Rect[] Horizontal(Rect area, params Constraint[] constraints) => Horizontal(area, 0, constraints);

    /// <summary>
    /// The sizes of the parts: fixed and percentage parts first (cut short, last first, when they do not fit), then
    /// the rest shared among the fill parts by weight.
    /// </summary>
    public static int[] Sizes(int total, int spacing, IReadOnlyList<Constraint> constraints)
    {
        ArgumentNullException.ThrowIfNull(constraints);
        var sizes = new int[constraints.Count];
        int available = Math.Max(0, total - (Math.Max(0, spacing) * Math.Max(0, constraints.Count - 1)));
        int used = 0;
        int fillWeight = 0;
        for (int i = 0; i < constraints.Count; i++)
        {
            Constraint c = constraints[i];
            int wanted = c.Kind switch
            {
                ConstraintKind.Fixed => c.Value,
                ConstraintKind.Percent => available * c.Value / 100,
                _ => 0,
            };
            if (c.Kind == ConstraintKind.Fill)
            {
                fillWeight += c.Value;
            }

            sizes[i] = Math.Min(wanted, available - used);
            used += sizes[i];
        }

        int rest = available - used;
        if (fillWeight > 0 && rest > 0)
        {
            int given = 0;
            int lastFill = -1;
            for (int i = 0; i < constraints.Count; i++)
            {
                if (constraints[i].Kind == ConstraintKind.Fill)
                {
                    sizes[i] = rest * constraints[i].Value / fillWeight;
                    given += sizes[i];
                    lastFill = i;
                }
            }

            sizes[lastFill] += rest - given; // rounding leftovers go to the last fill part
        }

        return sizes;
    }
}
