namespace NmnGraph.Terminal;

/// <summary>
/// A foreground or background colour: the terminal default, one of the 16 ANSI colours, a 256-palette index or
/// 24-bit RGB. <see cref="Downgrade"/> maps it to what a terminal supports.
/// </summary>
public readonly record struct Color
{
    // xterm's values for the 16 ANSI colours, used to find the nearest one when downgrading.
    private static readonly (byte R, byte G, byte B)[] s_ansiPalette =
    [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ];

    private static readonly byte[] s_cubeLevels = [0, 95, 135, 175, 215, 255];

    private Color(ColorKind kind, uint value)
    {
        Kind = kind;
        Value = value;
    }

    public ColorKind Kind { get; }

    /// <summary>The ANSI number (0–15), the palette index (0–255) or 0xRRGGBB, depending on <see cref="Kind"/>.</summary>
    public uint Value { get; }

    public static Color Default => default;

    public static Color Black => Ansi(0);

    public static Color Red => Ansi(1);

    public static Color Green => Ansi(2);

    public static Color Yellow => Ansi(3);

    public static Color Blue => Ansi(4);

    public static Color Magenta => Ansi(5);

    public static Color Cyan => Ansi(6);

    public static Color White => Ansi(7);

    public static Color BrightBlack => Ansi(8);

    public static Color BrightRed => Ansi(9);

    public static Color BrightGreen => Ansi(10);

    public static Color BrightYellow => Ansi(11);

    public static Color BrightBlue => Ansi(12);

    public static Color BrightMagenta => Ansi(13);

    public static Color BrightCyan => Ansi(14);

    public static Color BrightWhite => Ansi(15);

    public bool IsDefault => Kind == ColorKind.Default;

    /// <summary>One of the 16 ANSI colours (0–7 normal, 8–15 bright).</summary>
    public static Color Ansi(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 15);
        return new Color(ColorKind.Ansi16, (uint)number);
    }

    /// <summary>An entry of the xterm 256-colour palette.</summary>
    public static Color Indexed(byte index) => new(ColorKind.Indexed, index);

    /// <summary>A 24-bit colour.</summary>
    public static Color Rgb(byte r, byte g, byte b) => new(ColorKind.Rgb, ((uint)r << 16) | ((uint)g << 8) | b);

    /// <summary>The nearest colour the given support level can show (truecolor → 256 → 16 → default).</summary>
    public Color Downgrade(ColorSupport support)
    {
        if (Kind == ColorKind.Default || support == ColorSupport.TrueColor)
        {
            return this;
        }

        if (support == ColorSupport.None)
        {
            return Default;
        }

        if (support == ColorSupport.Indexed256)
        {
            return Kind == ColorKind.Rgb ? Indexed(NearestIndexed(ToRgb())) : this;
        }

        // Ansi16
        return Kind switch
        {
            ColorKind.Ansi16 => this,
            ColorKind.Indexed when Value < 16 => Ansi((int)Value),
            _ => Ansi(NearestAnsi(ToRgb())),
        };
    }

    /// <summary>The colour as RGB (palette entries use xterm's values); the default colour reads as black.</summary>
    public (byte R, byte G, byte B) ToRgb()
    {
        switch (Kind)
        {
            case ColorKind.Rgb:
                return ((byte)(Value >> 16), (byte)(Value >> 8), (byte)Value);
            case ColorKind.Ansi16:
                return s_ansiPalette[Value];
            case ColorKind.Indexed when Value < 16:
                return s_ansiPalette[Value];
            case ColorKind.Indexed when Value < 232:
                uint i = Value - 16;
                return (s_cubeLevels[i / 36], s_cubeLevels[i / 6 % 6], s_cubeLevels[i % 6]);
            case ColorKind.Indexed:
                byte gray = (byte)(8 + ((Value - 232) * 10));
                return (gray, gray, gray);
            default:
                return (0, 0, 0);
        }
    }

    public override string ToString() => Kind switch
    {
        ColorKind.Default => "default",
        ColorKind.Ansi16 => $"ansi{Value}",
        ColorKind.Indexed => $"idx{Value}",
        _ => $"#{Value:x6}",
    };

    private static byte NearestIndexed((byte R, byte G, byte B) rgb)
    {
        int r = CubeStep(rgb.R), g = CubeStep(rgb.G), b = CubeStep(rgb.B);
        (byte R, byte G, byte B) cube = (s_cubeLevels[r], s_cubeLevels[g], s_cubeLevels[b]);
        int cubeIndex = 16 + (36 * r) + (6 * g) + b;

        int average = (rgb.R + rgb.G + rgb.B) / 3;
        int grayStep = Math.Clamp((average - 8 + 5) / 10, 0, 23);
        byte grayLevel = (byte)(8 + (grayStep * 10));
        return Distance(rgb, (grayLevel, grayLevel, grayLevel)) < Distance(rgb, cube) ? (byte)(232 + grayStep) : (byte)cubeIndex;
    }

    private static int CubeStep(byte level)
    {
        int best = 0;
        for (int i = 1; i < s_cubeLevels.Length; i++)
        {
            if (Math.Abs(s_cubeLevels[i] - level) < Math.Abs(s_cubeLevels[best] - level))
            {
                best = i;
            }
        }

        return best;
    }

    private static int NearestAnsi((byte R, byte G, byte B) rgb)
    {
        int best = 0;
        for (int i = 1; i < s_ansiPalette.Length; i++)
        {
            if (Distance(rgb, s_ansiPalette[i]) < Distance(rgb, s_ansiPalette[best]))
            {
                best = i;
            }
        }

        return best;
    }

    private static int Distance((byte R, byte G, byte B) a, (byte R, byte G, byte B) b)
    {
        int dr = a.R - b.R, dg = a.G - b.G, db = a.B - b.B;
        return (dr * dr) + (dg * dg) + (db * db);
    }
}
