namespace NmnGraph.Server.Store.Querying;

/// <summary>
/// Where a row stands in a <see cref="KeysetOrder"/>: the tag of the order and the row's values of its keys
/// (the last one is the row's id). A cursor is this, encoded.
/// </summary>
public sealed record SortPosition(string OrderTag, IReadOnlyList<object> Values)
{
    /// <summary>A text equal for equal positions (records compare lists by reference), to share loaders between equal requests.</summary>
    public string Key => OrderTag + "|" + string.Join("|", Values.Select(v => v switch
    {
        string text => "s" + text.Replace("|", "||", StringComparison.Ordinal),
        IFormattable number => "n" + number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => "?",
    }));
}
