namespace NmnGraph.GraphQL.Language;

/// <summary>A 1-based line and column in a GraphQL source text (spec #sec-Source-Text, §7 "locations").</summary>
public readonly record struct SourceLocation(int Line, int Column)
{
    /// <summary>
    /// Computes the line and column of a UTF-16 offset. Lines end at LF, CR LF or a lone CR
    /// (spec #sec-Line-Terminators); columns count UTF-16 code units from 1, as graphql-js does.
    /// </summary>
    public static SourceLocation FromOffset(string text, int offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, text.Length);

        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(line, offset - lineStart + 1);
    }
}
