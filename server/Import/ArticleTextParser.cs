using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Import;

/// <summary>
/// Reads an article in the seed format: a title line, an optional metadata line
/// (<c>Author: … Release time: … Column: …</c> or a bare <c>Release time: …</c>), paragraphs separated by
/// blank lines, numbered headings, <c>△</c> figure captions, <c>Reference:</c> lines and a closing
/// disclaimer. Any part may be missing. Block offsets are UTF-16 indexes into the text, which is kept as given.
/// </summary>
public static partial class ArticleTextParser
{
    private const int MaxTitleLength = 200;
    private const int MaxHeadingLength = 120;

    /// <summary>Decodes a file's bytes as UTF-8 text; refuses empty, binary and non-UTF-8 content.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new ArticleFormatException("the file is empty");
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new ArticleFormatException("the file is binary (it contains NUL bytes), not article text");
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            throw new ArticleFormatException($"the file is not UTF-8 text (invalid byte at offset {exception.Index})", exception);
        }

        return text.StartsWith('\uFEFF') ? text[1..] : text;
    }

    /// <summary>Splits <paramref name="text"/> into blocks and reads title and metadata.</summary>
    public static ParsedArticle Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleFormatException("the text is empty");
        }

        foreach (char c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                throw new ArticleFormatException($"the text contains the control character U+{(int)c:X4}; it looks binary");
            }
        }

        var blocks = new List<ParsedBlock>();
        string? author = null;
        string? column = null;
        DateOnly? publishedOn = null;
        bool bodyStarted = false;

        foreach ((int start, int end) in NonBlankLines(text))
        {
            string line = text[start..end];
            BlockKind kind;
            if (!bodyStarted && IsMeta(line))
            {
                kind = BlockKind.Meta;
                ReadMeta(line, ref author, ref publishedOn, ref column);
            }
            else if (blocks.Count == 0 && line.Length <= MaxTitleLength && !EndsSentence(line))
            {
                kind = BlockKind.Title;
            }
            else
            {
                bodyStarted = true;
                kind = Classify(line);
            }

            blocks.Add(new ParsedBlock(kind, start, end));
        }

        if (!blocks.Exists(b => b.Kind is BlockKind.Paragraph or BlockKind.Heading or BlockKind.Caption))
        {
            throw new ArticleFormatException("no article body: expected paragraphs after the title and metadata lines");
        }

        string title = FindTitle(text, blocks);
        return new ParsedArticle(text, title, author, publishedOn, column, blocks);
    }

    private static IEnumerable<(int Start, int End)> NonBlankLines(string text)
    {
        int position = 0;
        while (position < text.Length)
        {
            int newline = text.IndexOf('\n', position);
            int lineEnd = newline < 0 ? text.Length : newline;
            int start = position;
            int end = lineEnd;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                yield return (start, end);
            }

            position = lineEnd + 1;
        }
    }

    private static BlockKind Classify(string line)
    {
        if (line.StartsWith('△'))
        {
            return BlockKind.Caption;
        }

        if (ReferencePattern().IsMatch(line))
        {
            return BlockKind.Reference;
        }

        if (DisclaimerPattern().IsMatch(line))
        {
            return BlockKind.Disclaimer;
        }

        if (line.Length <= MaxHeadingLength && !EndsSentence(line) && (NumberedPattern().IsMatch(line) || !line.Contains(". ", StringComparison.Ordinal)))
        {
            return BlockKind.Heading;
        }

        return BlockKind.Paragraph;
    }

    private static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or '。' or '"' or '”' or ')' or ':' or ';' or ',';

    private static bool IsMeta(string line) =>
        line.StartsWith("Author:", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("Release time:", StringComparison.OrdinalIgnoreCase)
        || (line.Length <= MaxTitleLength && line.Contains("Release time:", StringComparison.OrdinalIgnoreCase));

    private static void ReadMeta(string line, ref string? author, ref DateOnly? publishedOn, ref string? column)
    {
        Match match = MetaPattern().Match(line);
        if (!match.Success)
        {
            return;
        }

        if (match.Groups["author"] is { Success: true, Value.Length: > 0 } a)
        {
            author = a.Value.Trim();
        }

        if (match.Groups["date"] is { Success: true } d
            && DateOnly.TryParseExact(d.Value, ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-M-d", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            publishedOn = date;
        }

        if (match.Groups["column"] is { Success: true, Value.Length: > 0 } c)
        {
            column = c.Value.Trim();
        }
    }

    private static string FindTitle(string text, List<ParsedBlock> blocks)
    {
        if (blocks.Find(b => b.Kind == BlockKind.Title) is { } title)
        {
            return text[title.Start..title.End];
        }

        // No title line: the first heading without its number, else the start of the first paragraph.
        if (blocks.Find(b => b.Kind == BlockKind.Heading) is { } heading)
        {
            return NumberedPattern().Replace(text[heading.Start..heading.End], string.Empty);
        }

        ParsedBlock first = blocks.First(b => b.Kind is BlockKind.Paragraph or BlockKind.Caption);
        string paragraph = text[first.Start..first.End].TrimStart('△');
        if (paragraph.Length <= 80)
        {
            return paragraph;
        }

        int cut = paragraph.LastIndexOf(' ', 80);
        return paragraph[..(cut > 20 ? cut : 80)] + "…";
    }

    [GeneratedRegex(@"^(?:Author:\s*(?<author>.*?)\s*)?(?:Release time:\s*(?<date>\S+)\s*)?(?:Column:\s*(?<column>.*?))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaPattern();

    [GeneratedRegex(@"^References?\s*[:：]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^\*?\s*(?:Special note|Disclaimer)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DisclaimerPattern();

    [GeneratedRegex(@"^\d{1,2}\s*[.)、]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedPattern();
}
