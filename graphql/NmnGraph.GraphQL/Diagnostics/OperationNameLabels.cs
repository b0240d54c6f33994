using System.Collections.Concurrent;

namespace NmnGraph.GraphQL.Diagnostics;

/// <summary>
/// Bounds the operation names metrics are tagged with: clients choose the names, and every distinct tag value is a
/// separate time series. The first <see cref="Capacity"/> names are kept; later ones, and names longer than
/// <see cref="MaxLength"/>, count as <see cref="Other"/>; an operation without a name counts as <see cref="Anonymous"/>.
/// Each executor keeps its own list.
/// </summary>
internal sealed class OperationNameLabels(int capacity = OperationNameLabels.DefaultCapacity)
{
    public const int DefaultCapacity = 100;
    public const int MaxLength = 100;
    public const string Anonymous = "(anonymous)";
    public const string Other = "(other)";

    private readonly ConcurrentDictionary<string, string> _known = new(StringComparer.Ordinal);

    public int Capacity { get; } = capacity;

    /// <summary>The tag value for <paramref name="name"/>.</summary>
    public string For(string? name)
    {
        if (name is null)
        {
            return Anonymous;
        }

        if (_known.TryGetValue(name, out string? known))
        {
            return known;
        }

        // Two threads may both add past the bound at once; the overshoot is at most the number of threads.
        if (name.Length > MaxLength || _known.Count >= Capacity)
        {
            return Other;
        }

        return _known.GetOrAdd(name, name);
    }
}
