using System.Collections.Frozen;
using System.Text;

namespace NmnGraph.Server.Domain;

/// <summary>
/// Converts domain enums to and from their schema spelling (<c>FORMAL_REFERENCE</c>), which is also how the
/// database stores them, so that exports read like the API.
/// </summary>
public static class EnumText
{
    public static string ToText<T>(T value)
        where T : struct, Enum => Names<T>.ToText[value];

    public static T Parse<T>(string text)
        where T : struct, Enum
    {
        if (TryParse(text, out T value))
        {
            return value;
        }

        throw new FormatException($"'{text}' is not a {typeof(T).Name} (expected one of {string.Join(", ", Names<T>.ToText.Values.Order(StringComparer.Ordinal))}).");
    }

    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        if (text is not null && Names<T>.FromText.TryGetValue(text, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    private static string ToScreamingSnake(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (i > 0 && char.IsUpper(c))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ToText =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => ToScreamingSnake(v.ToString()));

        public static readonly FrozenDictionary<string, T> FromText =
            ToText.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);
    }
}
