namespace NmnGraph.Terminal;

/// <summary>Works out <see cref="ColorSupport"/> from environment variables (NO_COLOR, COLORTERM, TERM).</summary>
public static class ColorSupportDetector
{
    /// <summary>Detects support from the given variables; pass a lookup so tests need no real environment.</summary>
    public static ColorSupport Detect(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);

        // https://no-color.org: present and not empty disables colour, whatever its value.
        if (!string.IsNullOrEmpty(getVariable("NO_COLOR")))
        {
            return ColorSupport.None;
        }

        string colorTerm = getVariable("COLORTERM") ?? string.Empty;
        if (colorTerm.Equals("truecolor", StringComparison.OrdinalIgnoreCase) || colorTerm.Equals("24bit", StringComparison.OrdinalIgnoreCase))
        {
            return ColorSupport.TrueColor;
        }

        string term = getVariable("TERM") ?? string.Empty;
        if (term.Length == 0 || term.Equals("dumb", StringComparison.Ordinal))
        {
            return ColorSupport.None;
        }

        if (term.Contains("truecolor", StringComparison.Ordinal) || term.Contains("24bit", StringComparison.Ordinal) || term.Contains("direct", StringComparison.Ordinal))
        {
            return ColorSupport.TrueColor;
        }

        return term.Contains("256", StringComparison.Ordinal) ? ColorSupport.Indexed256 : ColorSupport.Ansi16;
    }

    /// <summary>Detects support from the process environment.</summary>
    public static ColorSupport FromEnvironment() => Detect(Environment.GetEnvironmentVariable);
}
