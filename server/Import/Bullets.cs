namespace NmnGraph.Server.Import;

/// <summary>The list bullets pages put before metadata lines (<c>• Mar 5, 2024</c>, <c>- By Jane Roe</c>).</summary>
public static class Bullets
{
    /// <summary><paramref name="line"/> without a leading bullet and the blanks after it; <paramref name="offset"/> is what was cut.</summary>
    public static string Strip(string line, out int offset)
    {
        ArgumentNullException.ThrowIfNull(line);
        offset = 0;
        if (line.Length > 1 && line[0] is '•' or '·' or '-' or '*' or '▪' or '◦' or '‣' or '–' && char.IsWhiteSpace(line[1]))
        {
            offset = 1;
            while (offset < line.Length && char.IsWhiteSpace(line[offset]))
            {
                offset++;
            }
        }

        return line[offset..];
    }
}
