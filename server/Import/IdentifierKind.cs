namespace NmnGraph.Server.Import;

/// <summary>The kinds of study identifier an article text can carry.</summary>
public enum IdentifierKind
{
    Doi,
    Pmid,
}
