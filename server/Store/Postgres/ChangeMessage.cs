using System.Globalization;
using System.Text;
using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store.Postgres;

/// <summary>
/// Corpus changes as a <c>NOTIFY</c> payload: the sending process's id on the first line, then one line per
/// change, <c>Kind Entity Id At</c> with the time as ticks (UTC), so that a replica rebuilds exactly the change
/// another one made, and the sender knows its own (it has delivered them already).
/// </summary>
internal static class ChangeMessage
{
    public static string Write(Guid origin, IEnumerable<CorpusChange> changes)
    {
        var builder = new StringBuilder().Append(origin.ToString("N")).Append('\n');
        foreach (CorpusChange change in changes)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{change.Kind} {change.Entity} {change.Id} {change.At.UtcTicks}\n");
        }

        return builder.ToString();
    }

    /// <summary>The changes of a payload; lines this version cannot read are skipped (a newer replica's kinds).</summary>
    public static (Guid Origin, IReadOnlyList<CorpusChange> Changes) Read(string payload)
    {
        var changes = new List<CorpusChange>();
        string[] lines = payload.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0 || !Guid.TryParseExact(lines[0], "N", out Guid origin))
        {
            return (Guid.Empty, changes);
        }

        foreach (string line in lines.Skip(1))
        {
            string[] parts = line.Split(' ');
            if (parts.Length == 4
                && Enum.TryParse(parts[0], out ChangeKind kind) && Enum.IsDefined(kind)
                && Enum.TryParse(parts[1], out EntityKind entity) && Enum.IsDefined(entity)
                && long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out long id)
                && long.TryParse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out long ticks)
                && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks)
            {
                changes.Add(new CorpusChange(kind, entity, id, new DateTimeOffset(ticks, TimeSpan.Zero)));
            }
        }

        return (origin, changes);
    }
}
