using System.Globalization;
using System.Text;
using System.Data.Common;

namespace NmnGraph.Server.Store.Querying;

/// <summary>
/// An ordering for keyset paging: keys that are never null and end in a unique id, so that a row's key values
/// name its place and "the rows after this one" is a condition an index can answer, whatever the depth.
/// </summary>
public sealed class KeysetOrder
{
    public KeysetOrder(IReadOnlyList<SortKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            throw new ArgumentException("An order needs at least one key.", nameof(keys));
        }

        Keys = keys;
        Tag = TagOf(keys);
    }

    public IReadOnlyList<SortKey> Keys { get; }

    /// <summary>Names the order inside cursors, so that a cursor of another order is refused rather than misread.</summary>
    public string Tag { get; }

    /// <summary>The key expressions as a select list.</summary>
    public string Columns => string.Join(", ", Keys.Select(k => k.Expression));

    /// <summary>The <c>ORDER BY</c> list; <paramref name="reverse"/> walks from the end (for <c>last</c>).</summary>
    public string OrderBy(bool reverse = false) =>
        string.Join(", ", Keys.Select(k => k.Expression + (k.Descending != reverse ? " DESC" : " ASC")));

    /// <summary>A condition true for the rows strictly after <paramref name="position"/> (strictly before when <paramref name="after"/> is false).</summary>
    internal string Beyond(SortPosition position, bool after, SqlParameters parameters)
    {
        string[] values = [.. position.Values.Select(parameters.Add)];
        string op = Keys[0].Descending == after ? "<" : ">";
        if (Keys.Count == 1)
        {
            return $"{Keys[0].Expression} {op} {values[0]}";
        }

        // The first key's bound is implied by what follows; stated alone it is what lets SQLite search an index on
        // expressions or collations (it does not take a range from a row value over such columns).
        string bound = $"{Keys[0].Expression} {op}= {values[0]} AND ";

        // One direction throughout: a row-value comparison.
        if (Keys.All(k => k.Descending == Keys[0].Descending))
        {
            return $"({bound}({Columns}) {op} ({string.Join(", ", values)}))";
        }

        // Mixed directions: (k1 beyond) OR (k1 equal AND k2 beyond) OR …
        var alternatives = new List<string>();
        for (int i = 0; i < Keys.Count; i++)
        {
            var parts = new List<string>();
            for (int j = 0; j < i; j++)
            {
                parts.Add($"{Keys[j].Expression} = {values[j]}");
            }

            parts.Add($"{Keys[i].Expression} {(Keys[i].Descending == after ? "<" : ">")} {values[i]}");
            alternatives.Add("(" + string.Join(" AND ", parts) + ")");
        }

        return "(" + bound + "(" + string.Join(" OR ", alternatives) + "))";
    }

    /// <summary>Reads a row's position from the key columns starting at <paramref name="firstColumn"/>.</summary>
    internal SortPosition Read(DbDataReader reader, int firstColumn)
    {
        var values = new object[Keys.Count];
        for (int i = 0; i < values.Length; i++)
        {
            // PostgreSQL reads INTEGER keys as int and CASE ranks as int: cursors hold long, as SQLite reads them.
            values[i] = reader.GetValue(firstColumn + i) switch
            {
                int n => (long)n,
                short n => (long)n,
                decimal d => (double)d,
                float f => (double)f,
                object v => v,
            };
        }

        return new SortPosition(Tag, values);
    }

    /// <summary>Refuses a position that does not belong to this order.</summary>
    internal void Check(SortPosition? position, string argument)
    {
        if (position is null)
        {
            return;
        }

        if (!string.Equals(position.OrderTag, Tag, StringComparison.Ordinal)
            || position.Values.Count != Keys.Count
            || position.Values.Any(v => v is not (long or string or double)))
        {
            throw new StoreException("BAD_CURSOR", $"The cursor given for {argument} belongs to another list or order.");
        }
    }

    private static string TagOf(IReadOnlyList<SortKey> keys)
    {
        // FNV-1a: short and stable across processes (string.GetHashCode is randomized).
        uint hash = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(string.Join("|", keys.Select(k => k.Expression + (k.Descending ? "-" : "+")))))
        {
            hash = (hash ^ b) * 16777619;
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
