using System.Text;

namespace NmnGraph.Codegen.Emit;

/// <summary>Writes C# source with four-space indentation and <c>\n</c> line endings, whatever the platform.</summary>
public sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>
    /// Writes <paramref name="header"/> (unless empty), an opening brace, the body indented, and the closing brace.
    /// </summary>
    public CodeWriter Block(string header, Action<CodeWriter> body, string closing = "}")
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!string.IsNullOrEmpty(header))
        {
            Line(header);
        }

        Line("{");
        _indent++;
        body(this);
        _indent--;
        return Line(closing);
    }

    /// <summary>Writes the lines of <paramref name="body"/> one level deeper.</summary>
    public CodeWriter Indented(Action<CodeWriter> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        _indent++;
        body(this);
        _indent--;
        return this;
    }

    public override string ToString() => _text.ToString();
}
