using System.Text;
using System.Text.RegularExpressions;
using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Import;

/// <summary>
/// Reads an article text as pasted from a web page. A header of site boilerplate, a section label, the title
/// (page-title suffixes stripped) and metadata lines (labelled fields in any order, bare dates, bylines) comes
/// first, in any combination and with any part missing; then the body: paragraphs, numbered headings, captions
/// (<see cref="CaptionMarker"/>), <c>Reference:</c> lines, a disclaimer and footer boilerplate, possibly cut off.
/// Every field records where it was read (<see cref="FieldSource"/>); nothing is guessed. Block offsets are
/// UTF-16 indexes into the text, which is kept as given.
/// </summary>
public static partial class ArticleTextParser
{
    private const int MaxTitleLength = 200;
    private const int MaxHeadingLength = 120;

    // Ranks of the rules that can set a field (FieldCandidate): lower wins.
    private const int LabelRank = 0;
    private const int BylineRank = 1;
    private const int SecondaryLabelRank = 2;
    private const int SectionLabelRank = 3;
    private const int TitleSuffixRank = 4;

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

        List<TextLine> lines = NonBlankLines(text);
        var blocks = new List<ParsedBlock>();
        var title = new FieldCandidate<string>();
        var author = new FieldCandidate<string>();
        var date = new FieldCandidate<DateOnly>();
        var column = new FieldCandidate<string>();
        int index = ReadHeader(text, lines, blocks, title, author, date, column);
        for (; index < lines.Count; index++)
        {
            TextLine line = lines[index];
            blocks.Add(new ParsedBlock(ClassifyBody(line.Of(text)), line.Start, line.End));
        }

        if (!blocks.Exists(b => b.Kind is BlockKind.Paragraph or BlockKind.Heading or BlockKind.Caption))
        {
            throw new ArticleFormatException("no article body: expected paragraphs after the title and metadata lines");
        }

        string? truncation = CheckEnding(text, blocks);
        if (!title.HasValue)
        {
            title.Note(new FieldSource(null, blocks[0].Kind == BlockKind.Paragraph
                ? "not found: the text starts with a paragraph"
                : "not found: no title line before the metadata or body"));
        }

        return new ParsedArticle(text, title.Value, title.Source, author.Value, author.Source,
            date.HasValue ? date.Value : null, date.Source, column.Value, column.Source,
            blocks, StudyIdentifiers.FindAll(text), truncation);
    }

    /// <summary>Reads the lines before the body; returns the index of the first body line.</summary>
    private static int ReadHeader(string text, List<TextLine> lines, List<ParsedBlock> blocks, FieldCandidate<string> title,
        FieldCandidate<string> author, FieldCandidate<DateOnly> date, FieldCandidate<string> column)
    {
        int boilerplate = 0;
        int? sectionLine = null;
        bool metaSeen = false;
        int index = 0;
        for (; index < lines.Count; index++)
        {
            TextLine line = lines[index];
            string content = line.Of(text);
            BlockKind kind;
            if (MetaLine.TryRead(content) is { } fields)
            {
                kind = BlockKind.Meta;
                metaSeen = true;
                ReadMeta(fields, line.Number, author, date, column);
            }
            else if (Byline.TryRead(content) is { } byline)
            {
                kind = BlockKind.Meta;
                metaSeen = true;
                string rule = byline.AuthorAfterBy || byline.Date is null ? "byline" : "date line";
                if (byline.Date is { } found)
                {
                    date.Offer(found, new FieldSource(line.Number, rule, byline.DateWritten), BylineRank);
                }

                if (byline.Author is { } name)
                {
                    author.Offer(name, new FieldSource(line.Number, byline.AuthorAfterBy ? "byline" : "after the date"), BylineRank);
                }

                if (byline.Column is { } section)
                {
                    column.Offer(section, new FieldSource(line.Number, rule), BylineRank);
                }
            }
            else if (PageFurniture.IsBoilerplate(content))
            {
                kind = BlockKind.Boilerplate;
                boilerplate++;
            }
            else if (!title.HasValue && !metaSeen && PageFurniture.IsSectionLabel(content))
            {
                kind = BlockKind.Meta;
                sectionLine ??= line.Number;
                column.Offer(content, new FieldSource(line.Number, "section label above the title"), SectionLabelRank);
            }
            else if (!title.HasValue && !metaSeen && IsTitleLike(content))
            {
                kind = BlockKind.Title;
                (int start, int end, IReadOnlyList<string> suffixes) = PageFurniture.SplitTitle(content);
                string rule = sectionLine is not null ? "after the section label"
                    : boilerplate > 0 ? "after boilerplate"
                    : index == 0 ? "first line" : "title line";
                if (suffixes.Count > 0)
                {
                    rule += $"; suffix '{string.Join(" | ", suffixes)}' stripped";
                    if (suffixes.FirstOrDefault(PageFurniture.IsSectionLabel) is { } section)
                    {
                        column.Offer(section, new FieldSource(line.Number, "page-title suffix"), TitleSuffixRank);
                    }
                }

                title.Offer(content[start..end], new FieldSource(line.Number, rule), LabelRank);
            }
            else
            {
                break;
            }

            blocks.Add(new ParsedBlock(kind, line.Start, line.End));
        }

        return index;
    }

    private static void ReadMeta(IReadOnlyList<MetaField> fields, int lineNumber, FieldCandidate<string> author, FieldCandidate<DateOnly> date, FieldCandidate<string> column)
    {
        foreach (MetaField field in fields)
        {
            string rule = field.Label.Length == 0 ? "date before the labels" : $"label '{field.Label}:'";
            if (field.Value.Length == 0)
            {
                continue;
            }

            switch (field.Role)
            {
                case MetaRole.Author:
                    author.Offer(field.Value, new FieldSource(lineNumber, rule), LabelRank);
                    break;
                case MetaRole.Editor:
                    author.Offer(field.Value, new FieldSource(lineNumber, rule), SecondaryLabelRank);
                    break;
                case MetaRole.Column:
                    column.Offer(field.Value, new FieldSource(lineNumber, rule), LabelRank);
                    break;
                case MetaRole.Date or MetaRole.UpdatedDate:
                    int rank = field.Role == MetaRole.Date ? LabelRank : SecondaryLabelRank;
                    if (DateText.TryReadAtStart(field.Value, out DateOnly found, out int length))
                    {
                        date.Offer(found, new FieldSource(lineNumber, rule, field.Value[..length].Trim()), rank);
                    }
                    else
                    {
                        string why = DateText.IsAmbiguousNumeric(field.Value) ? "day and month cannot be told apart" : "not a date format this parser reads";
                        date.Note(new FieldSource(lineNumber, $"{rule} not read: {why}", field.Value));
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private static bool IsTitleLike(string line) =>
        line.Length <= MaxTitleLength
        && line[^1] is not ('.' or ',' or ';' or ':' or '。' or '，' or '：')
        && !NumberedPattern().IsMatch(line)
        && CaptionMarker.Find(line) is null
        && !ReferencePattern().IsMatch(line)
        && !DisclaimerPattern().IsMatch(line);

    private static BlockKind ClassifyBody(string line)
    {
        if (CaptionMarker.Find(line) is not null)
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

        if (PageFurniture.IsBoilerplate(line))
        {
            return BlockKind.Boilerplate;
        }

        if (line.Length <= MaxHeadingLength && !EndsSentence(line) && (NumberedPattern().IsMatch(line) || !line.Contains(". ", StringComparison.Ordinal)))
        {
            return BlockKind.Heading;
        }

        // A numbered question of one sentence ("2. Should it be taken at night?") heads a section.
        if (line.Length <= MaxHeadingLength && line[^1] == '?' && NumberedPattern().Match(line) is { Success: true } number
            && !line[number.Length..].Contains(". ", StringComparison.Ordinal))
        {
            return BlockKind.Heading;
        }

        return BlockKind.Paragraph;
    }

    /// <summary>
    /// Says why the text looks cut off, or null: its last content line stops mid-sentence or with an ellipsis. A long
    /// unpunctuated last line taken for a heading is a cut-off paragraph.
    /// </summary>
    private static string? CheckEnding(string text, List<ParsedBlock> blocks)
    {
        int last = blocks.FindLastIndex(b => b.Kind is not (BlockKind.Boilerplate or BlockKind.Title or BlockKind.Meta));
        if (last < 0)
        {
            return null;
        }

        ParsedBlock block = blocks[last];
        string line = text[block.Start..block.End];
        if (line.EndsWith('…') || line.EndsWith("...", StringComparison.Ordinal) || line.EndsWith("[…]", StringComparison.Ordinal))
        {
            return $"line {LineNumber(text, block.Start)} ends with an ellipsis";
        }

        if (line[^1] is '.' or '!' or '?' or '。' or '！' or '？' or '"' or '”' or '’' or '\'' or ')' or '）' or ']')
        {
            return null;
        }

        int words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (block.Kind == BlockKind.Heading)
        {
            if (words < 8 || NumberedPattern().IsMatch(line))
            {
                return last == blocks.Count - 1 ? $"line {LineNumber(text, block.Start)} is a heading with nothing after it" : null;
            }

            blocks[last] = block with { Kind = BlockKind.Paragraph };
        }
        else if (block.Kind is BlockKind.Caption)
        {
            return null;
        }

        return $"line {LineNumber(text, block.Start)} stops mid-sentence";
    }

    private static int LineNumber(string text, int offset) => text.AsSpan(0, offset).Count('\n') + 1;

    private static List<TextLine> NonBlankLines(string text)
    {
        var lines = new List<TextLine>();
        int position = 0;
        int number = 1;
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
                lines.Add(new TextLine(number, start, end));
            }

            position = lineEnd + 1;
            number++;
        }

        return lines;
    }

    private static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or '。' or '"' or '”' or ')' or ':' or ';' or ',';

    [GeneratedRegex(@"^References?\s*[:：]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^\*?\s*(?:Special note|Disclaimer)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DisclaimerPattern();

    [GeneratedRegex(@"^\d{1,2}\s*[.)、]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedPattern();

    /// <summary>A non-blank line: its 1-based number and its UTF-16 offsets without surrounding blanks.</summary>
    private readonly record struct TextLine(int Number, int Start, int End)
    {
        public string Of(string text) => text[Start..End];
    }
}
