namespace NmnGraph.Server.Import;

/// <summary>
/// The best value seen so far for one field while parsing: an explicit label outranks a byline, which outranks a
/// section label, which outranks a page-title suffix; among equals the first in the text wins.
/// </summary>
internal sealed class FieldCandidate<T>
    where T : notnull
{
    private int _rank = int.MaxValue;

    public bool HasValue { get; private set; }

    public T? Value { get; private set; }

    public FieldSource Source { get; private set; } = FieldSource.NotFound;

    public void Offer(T value, FieldSource source, int rank)
    {
        if (rank < _rank)
        {
            _rank = rank;
            HasValue = true;
            Value = value;
            Source = source;
        }
    }

    /// <summary>Records why a candidate was not used, unless a value or an earlier note is already there.</summary>
    public void Note(FieldSource source)
    {
        if (!HasValue && Source.Line is null && ReferenceEquals(Source, FieldSource.NotFound))
        {
            Source = source;
        }
    }
}
