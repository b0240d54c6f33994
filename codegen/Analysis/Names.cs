using System.Text;

namespace NmnGraph.Codegen.Analysis;

/// <summary>GraphQL names to C# names.</summary>
public static class Names
{
    private static readonly HashSet<string> s_keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary><c>pageInfo</c> → <c>PageInfo</c>; leading underscores are dropped.</summary>
    public static string Pascal(string name)
    {
        string trimmed = name.TrimStart('_');
        if (trimmed.Length == 0)
        {
            return "Value";
        }

        return char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
    }

    /// <summary><c>pageInfo</c> → <c>pageInfo</c>, escaped when it is a C# keyword (<c>@in</c>).</summary>
    public static string Camel(string name)
    {
        string pascal = Pascal(name);
        string camel = char.ToLowerInvariant(pascal[0]) + pascal[1..];
        return s_keywords.Contains(camel) ? "@" + camel : camel;
    }

    /// <summary><c>PARTIALLY_SUPPORTS</c> → <c>PartiallySupports</c>; names that are not all capitals keep their casing.</summary>
    public static string EnumMember(string name)
    {
        if (!name.Any(char.IsLower))
        {
            var builder = new StringBuilder();
            foreach (string part in name.Split('_', StringSplitOptions.RemoveEmptyEntries))
            {
                builder.Append(part[0]).Append(part[1..].ToLowerInvariant());
            }

            return builder.Length == 0 ? "Value" : builder.ToString();
        }

        return Pascal(name);
    }
}
