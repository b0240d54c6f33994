using System.Text.RegularExpressions;

namespace NmnGraph.Server.Import;

/// <summary>
/// Finds study identifiers in text: DOIs in any of the usual spellings (<c>10.1093/gerona/glac175</c>,
/// <c>doi:…</c>, <c>https://doi.org/…</c>) and PMIDs (<c>PMID: 36037105</c>, <c>pubmed.ncbi.nlm.nih.gov/36037105</c>).
/// </summary>
public static partial class StudyIdentifiers
{
    /// <summary>Every identifier in <paramref name="text"/>, in text order (repeats included).</summary>
    public static IReadOnlyList<FoundIdentifier> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<FoundIdentifier>();
        foreach (Match match in DoiText.Pattern().Matches(text))
        {
            string doi = DoiText.TrimTrailing(match.Value);
            found.Add(new FoundIdentifier(IdentifierKind.Doi, doi, match.Index, match.Index + doi.Length));
        }

        foreach (Match match in PmidPattern().Matches(text))
        {
            Group digits = match.Groups["pmid"];
            found.Add(new FoundIdentifier(IdentifierKind.Pmid, digits.Value, digits.Index, digits.Index + digits.Length));
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    [GeneratedRegex(@"(?:\bPMID\s*[:：]?\s*|pubmed\.ncbi\.nlm\.nih\.gov/|ncbi\.nlm\.nih\.gov/pubmed/)(?<pmid>[1-9]\d{0,8})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PmidPattern();
}
