using System.Text;

namespace NmnGraph.Server.Store.Search;

/// <summary>One word of a search and how it matches.</summary>
public sealed record SearchWord(string Text, WordMatch Match)
{
    /// <summary>The word as an FTS5 phrase: quoted (so operators are text), with <c>*</c> when it matches as a prefix.</summary>
    public string Phrase(bool prefix)
    {
        var builder = new StringBuilder("\"").Append(Text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        return (prefix ? builder.Append('*') : builder).ToString();
    }
}
