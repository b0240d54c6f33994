using System.Globalization;

namespace NmnGraph.Terminal.Widgets;

/// <summary>
/// <see cref="StyledText"/> word-wrapped to a width (in display columns): hard breaks are kept, words move whole to
/// the next line when they fit there, longer words and wide (CJK) characters break anywhere, and spaces at a soft
/// break are dropped. Wrapped lines hang: they start under the text of their first line, past its indent and a list
/// marker (<c>•</c>, <c>-</c>, <c>[3]</c>, <c>2.</c>), as long as that leaves room. It also records where every tagged
/// span ended up, for link highlighting and navigation.
/// </summary>
public sealed class TextLayout
{
    private readonly List<TextLine> _lines;
    private readonly List<LinkPosition> _linkPieces = [];
    private readonly List<int> _links = [];

    private TextLayout(int width, List<TextLine> lines)
    {
        Width = width;
        _lines = lines;
        var seen = new HashSet<int>();
        for (int y = 0; y < lines.Count; y++)
        {
            foreach (TextSegment segment in lines[y].Segments)
            {
                if (segment.Tag is { } tag)
                {
                    _linkPieces.Add(new LinkPosition(segment.SpanIndex, tag, y, segment.Column, segment.Width));
                    if (seen.Add(segment.SpanIndex))
                    {
                        _links.Add(segment.SpanIndex);
                    }
                }
            }
        }
    }

    public int Width { get; }

    public IReadOnlyList<TextLine> Lines => _lines;

    /// <summary>Every placed piece of every tagged span, in reading order.</summary>
    public IReadOnlyList<LinkPosition> LinkPieces => _linkPieces;

    /// <summary>The span indexes of the tagged spans, in reading order; the ids link navigation works with.</summary>
    public IReadOnlyList<int> Links => _links;

    /// <summary>Wraps <paramref name="text"/> to <paramref name="width"/> columns.</summary>
    public static TextLayout Wrap(StyledText text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new TextLayout(width, width <= 0 ? [] : new Wrapper(width).Run(text.Spans));
    }

    /// <summary>The tagged pieces on lines <paramref name="scroll"/> … <paramref name="scroll"/>+<paramref name="height"/>-1, with lines relative to the viewport.</summary>
    public IReadOnlyList<LinkPosition> VisibleLinks(int scroll, int height) =>
        [.. _linkPieces.Where(p => p.Line >= scroll && p.Line < scroll + height).Select(p => p with { Line = p.Line - scroll })];

    /// <summary>The first line a span appears on, or -1.</summary>
    public int FirstLineOf(int spanIndex)
    {
        foreach (LinkPosition piece in _linkPieces)
        {
            if (piece.SpanIndex == spanIndex)
            {
                return piece.Line;
            }
        }

        return -1;
    }

    /// <summary>The tag of a tagged span, or null.</summary>
    public string? TagOf(int spanIndex)
    {
        foreach (LinkPosition piece in _linkPieces)
        {
            if (piece.SpanIndex == spanIndex)
            {
                return piece.Tag;
            }
        }

        return null;
    }

    public IReadOnlyList<string> ToPlainLines() => [.. _lines.Select(l => l.ToPlainText())];

    private sealed class Wrapper(int width)
    {
        private readonly List<TextLine> _lines = [];
        private readonly List<Piece> _current = [];
        private int _column;
        private bool _softStart;

        // Where the current line starts: 0, or the hanging indent on a wrapped line; -1 until the hard line first wraps.
        private int _lineStart;
        private int _hang = -1;

        public List<TextLine> Run(IReadOnlyList<Span> spans)
        {
            List<Piece> word = [];
            for (int s = 0; s < spans.Count; s++)
            {
                Span span = spans[s];
                string text = span.Text;
                int i = 0;
                while (i < text.Length)
                {
                    int length = StringInfo.GetNextTextElementLength(text, i);
                    string grapheme = text.Substring(i, length);
                    i += length;
                    if (grapheme is "\n" or "\r\n")
                    {
                        PlaceWord(word);
                        Break(soft: false);
                        continue;
                    }

                    if (grapheme is " " or "\t")
                    {
                        PlaceWord(word);
                        PlaceSpace(new Piece(" ", 1, s, span));
                        continue;
                    }

                    int w = DisplayWidth.OfGrapheme(grapheme);
                    if (w == 0)
                    {
                        continue; // a stray mark or control character
                    }

                    if (w == 2)
                    {
                        // Wide characters (CJK) can break on either side.
                        PlaceWord(word);
                        word.Add(new Piece(grapheme, w, s, span));
                        PlaceWord(word);
                        continue;
                    }

                    word.Add(new Piece(grapheme, w, s, span));
                }
            }

            PlaceWord(word);
            if (_current.Count > 0)
            {
                Break(soft: false);
            }

            return _lines;
        }

        private void PlaceSpace(Piece space)
        {
            if (_column == _lineStart && _softStart)
            {
                return;
            }

            if (_column + 1 > width)
            {
                Break(soft: true);
                return;
            }

            Add(space);
        }

        private void PlaceWord(List<Piece> word)
        {
            if (word.Count == 0)
            {
                return;
            }

            int wordWidth = word.Sum(p => p.Width);
            if (_column + wordWidth > width && wordWidth <= width - HangAfterBreak() && _column > _lineStart)
            {
                Break(soft: true);
            }

            if (wordWidth > width && word[0].Span.Link is not null && word.TrueForAll(p => ReferenceEquals(p.Span, word[0].Span)))
            {
                PlaceLongLink(word);
                return;
            }

            foreach (Piece piece in word)
            {
                if (_column + piece.Width > width && _column > _lineStart)
                {
                    Break(soft: true);
                }

                if (piece.Width <= width - _lineStart)
                {
                    Add(piece);
                }
            }

            word.Clear();
        }

        /// <summary>A URL wider than the line is never broken: it gets a line of its own, cut with … (its link keeps all of it).</summary>
        private void PlaceLongLink(List<Piece> word)
        {
            if (_column > 0)
            {
                Break(soft: true);
            }

            Piece first = word[0];
            foreach (Piece piece in word)
            {
                if (_column + piece.Width > width - 1)
                {
                    break;
                }

                Add(piece);
            }

            Add(new Piece("…", 1, first.SpanIndex, first.Span));
            word.Clear();
        }

        private void Add(Piece piece)
        {
            _current.Add(piece);
            _column += piece.Width;
        }

        /// <summary>The indent a soft break here would give the next line.</summary>
        private int HangAfterBreak() => _hang >= 0 ? _hang : Hang(_current, width);

        private void Break(bool soft)
        {
            int hang = soft ? HangAfterBreak() : 0;
            if (soft)
            {
                while (_current.Count > 0 && _current[^1].Text == " ")
                {
                    _current.RemoveAt(_current.Count - 1);
                }
            }

            var segments = new List<TextSegment>();
            int column = _lineStart;
            int start = 0;
            while (start < _current.Count)
            {
                int end = start;
                int segmentWidth = 0;
                var text = new System.Text.StringBuilder();
                while (end < _current.Count && _current[end].SpanIndex == _current[start].SpanIndex)
                {
                    text.Append(_current[end].Text);
                    segmentWidth += _current[end].Width;
                    end++;
                }

                Span span = _current[start].Span;
                segments.Add(new TextSegment(column, segmentWidth, text.ToString(), span.Style, _current[start].SpanIndex, span.Tag) { Link = span.Link });
                column += segmentWidth;
                start = end;
            }

            _lines.Add(new TextLine(segments));
            _current.Clear();
            _hang = soft ? hang : -1;
            _lineStart = hang;
            _column = hang;
            _softStart = soft;
        }

        /// <summary>
        /// The hanging indent for the lines a hard line wraps onto, from its first line: the leading spaces, then a list
        /// marker and the spaces after it. None when it would leave less than half the width (or 8 columns).
        /// </summary>
        private static int Hang(List<Piece> firstLine, int width)
        {
            int i = 0;
            while (i < firstLine.Count && firstLine[i].Text == " ")
            {
                i++;
            }

            int hang = i;
            int markerEnd = i;
            var marker = new System.Text.StringBuilder();
            while (markerEnd < firstLine.Count && firstLine[markerEnd].Text != " " && marker.Length <= 6)
            {
                marker.Append(firstLine[markerEnd].Text);
                markerEnd++;
            }

            if (markerEnd < firstLine.Count && firstLine[markerEnd].Text == " " && IsListMarker(marker.ToString()))
            {
                hang += DisplayWidth.Of(marker.ToString());
                i = markerEnd;
                while (i < firstLine.Count && firstLine[i].Text == " ")
                {
                    hang++;
                    i++;
                }
            }

            return hang <= width / 2 && width - hang >= 8 ? hang : 0;
        }

        private static bool IsListMarker(string word) => word switch
        {
            "•" or "◦" or "‣" or "·" or "-" or "–" or "*" or "▸" => true,
            _ when word.Length >= 3 && word[0] == '[' && word[^1] == ']' => true,
            _ when word.Length >= 2 && (word[^1] is '.' or ')') && word[..^1].All(char.IsAsciiDigit) => true,
            _ => false,
        };
    }

    private readonly record struct Piece(string Text, int Width, int SpanIndex, Span Span);
}
