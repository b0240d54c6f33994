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
        foreach (Match match in DoiPattern().Matches(text))
        {
            string doi = match.Value.TrimEnd('.', ',', ';', ':', ')', ']', '\'', '"');
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

    [GeneratedRegex(@"10\.\d{4,9}/[-._;()/:A-Za-z0-9<>]+", RegexOptions.CultureInvariant)]
    private static partial Regex DoiPattern();
}
