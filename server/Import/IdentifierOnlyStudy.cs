using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Import;

/// <summary>
/// The study an import stores for an identifier that matches no stored study: the DOI and PMID as written and
/// nothing else (no title, authors or design), marked <see cref="VerificationStatus.Unverified"/>.
/// </summary>
public static class IdentifierOnlyStudy
{
    public static StudyRecord For(string? doi, string? pmid)
    {
        if (doi is null && pmid is null)
        {
            throw new ArgumentException("A study needs a DOI or a PMID.", nameof(doi));
        }

        string label = doi is not null ? $"doi:{doi}" : $"PMID {pmid}";
        return new StudyRecord(0, Slugs.From(label), label, null, [], null, null, null, null, null, doi, pmid, [],
            new StudyDesignRecord("Unknown: only the identifier was found in an article.", null, null, null, null, null, null, false),
            [], [],
            new VerificationRecord(VerificationStatus.Unverified,
                "Created by import from an identifier in an article's text; title, authors and design have not been looked up.", []));
    }
}
