namespace NmnGraph.Server.Store.Search;

/// <summary>How one word of a search matches the index's terms.</summary>
public enum WordMatch
{
    /// <summary>The word is a whole term (numbers, DOIs).</summary>
    Whole,

    /// <summary>Any term that starts with the word (typed with <c>*</c>, or a word with punctuation).</summary>
    Prefix,

    /// <summary>A plain word: whole when the index holds it as a term, else a prefix.</summary>
    WholeIfIndexed,
}
