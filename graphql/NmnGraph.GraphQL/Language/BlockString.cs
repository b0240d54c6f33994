using System.Text;

namespace NmnGraph.GraphQL.Language;

/// <summary>Block string helpers: the spec's BlockStringValue (spec #BlockStringValue()) and graphql-js printBlockString.</summary>
public static class BlockString
{
    /// <summary>
    /// BlockStringValue(rawValue) applied to the raw value's lines: removes the common indentation of every line
    /// but the first, then leading and trailing blank lines, and joins with LF.
    /// </summary>
    public static string DedentLines(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        int commonIndent = int.MaxValue;
        int firstNonEmpty = -1;
        int lastNonEmpty = -1;

        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            int indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonEmpty < 0)
            {
                firstNonEmpty = i;
            }

            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmpty < 0)
        {
            return string.Empty;
        }

        if (firstNonEmpty == lastNonEmpty && firstNonEmpty == 0)
        {
            return lines[0];
        }

        var builder = new StringBuilder();
        for (int i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            if (i != firstNonEmpty)
            {
                builder.Append('\n');
            }

            string line = lines[i];
            if (i == 0)
            {
                builder.Append(line);
            }
            else if (line.Length > commonIndent)
            {
                builder.Append(line, commonIndent, line.Length - commonIndent);
            }
        }

        return builder.ToString();
    }

    /// <summary>BlockStringValue(rawValue) of a raw block string (the text between the triple quotes, unescaped).</summary>
    public static string Dedent(string rawValue)
    {
        ArgumentNullException.ThrowIfNull(rawValue);
        var lines = new List<string>();
        int lineStart = 0;
        for (int i = 0; i < rawValue.Length; i++)
        {
            char c = rawValue[i];
            if (c == '\n' || c == '\r')
            {
                lines.Add(rawValue[lineStart..i]);
                if (c == '\r' && i + 1 < rawValue.Length && rawValue[i + 1] == '\n')
                {
                    i++;
                }

                lineStart = i + 1;
            }
        }

        lines.Add(rawValue[lineStart..]);
        return DedentLines(lines);
    }

    /// <summary>
    /// Prints a string value as a block string the way graphql-js printBlockString does: escapes <c>"""</c>,
    /// and puts the content on its own lines when that keeps the value intact or reads better.
    /// </summary>
    public static string Print(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);

        bool isSingleLine = true;
        bool forceLeadingNewLine = true;
        bool anyLineBreak = false;
        for (int i = 0; i < escaped.Length; i++)
        {
            char c = escaped[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            anyLineBreak = true;
            isSingleLine = false;
            if (c == '\r' && i + 1 < escaped.Length && escaped[i + 1] == '\n')
            {
                i++;
            }

            // Every line after the first must be empty or start with whitespace to force a leading new line.
            int next = i + 1;
            if (next < escaped.Length && escaped[next] != '\n' && escaped[next] != '\r' && escaped[next] != ' ' && escaped[next] != '\t')
            {
                forceLeadingNewLine = false;
            }
        }

        if (!anyLineBreak)
        {
            forceLeadingNewLine = false;
        }

        bool hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        bool hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        bool hasTrailingSlash = value.EndsWith('\\');
        bool forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;

        bool printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;

        var result = new StringBuilder(escaped.Length + 8);
        result.Append("\"\"\"");
        bool skipLeadingNewLine = isSingleLine && value.Length > 0 && (value[0] == ' ' || value[0] == '\t');
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }

        result.Append("\"\"\"");
        return result.ToString();
    }

    private static int LeadingWhitespace(string line)
    {
        int i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
        {
            i++;
        }

        return i;
    }
}
