using System.Text.RegularExpressions;

namespace NmnGraph.Server.Import;

/// <summary>Finds and normalizes DOIs (<c>10.1093/gerona/glac175</c>).</summary>
public static partial class DoiText
{
    /// <summary>The DOIs in <paramref name="text"/>, without trailing punctuation, in order, each once.</summary>
    public static IReadOnlyList<string> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<string>();
        foreach (Match match in Pattern().Matches(text))
        {
            string doi = TrimTrailing(match.Value);
            if (!found.Contains(doi, StringComparer.OrdinalIgnoreCase))
            {
                found.Add(doi);
            }
        }

        return found;
    }

    /// <summary>Strips a <c>doi:</c> or <c>https://doi.org/</c> prefix and surrounding blanks.</summary>
    public static string Normalize(string doi)
    {
        ArgumentNullException.ThrowIfNull(doi);
        string value = doi.Trim();
        foreach (string prefix in (string[])["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"])
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                value = value[prefix.Length..].Trim();
                break;
            }
        }

        return value;
    }

    /// <summary>A DOI as matched by <see cref="Pattern"/> without the punctuation that ends the sentence around it.</summary>
    public static string TrimTrailing(string doi)
    {
        ArgumentNullException.ThrowIfNull(doi);
        string value = doi.TrimEnd('.', ',', ';', ':', ']', '\'', '"');
        // A closing parenthesis belongs to the DOI only when the DOI opened one (10.1016/S0140-6736(20)30183-5).
        while (value.EndsWith(')') && value.Count(c => c == ')') > value.Count(c => c == '('))
        {
            value = value[..^1].TrimEnd('.', ',', ';', ':', ']', '\'', '"');
        }

        return value;
    }

    [GeneratedRegex(@"10\.\d{4,9}/[-._;()/:A-Za-z0-9<>]+", RegexOptions.CultureInvariant)]
    internal static partial Regex Pattern();
}
