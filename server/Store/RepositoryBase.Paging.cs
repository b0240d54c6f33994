using System.Globalization;
using System.Data.Common;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Store;

/// <summary>
/// Keyset paging: a page starts from the position a cursor holds (its sort key values and id), never from an
/// offset, so page 5,000 reads what page 1 reads.
/// </summary>
public abstract partial class RepositoryBase
{
    /// <summary>One page of a list, with the size of the whole list when asked: one or two statements (one or two more with cursors).</summary>
    private protected async Task<Page<T>> PageAsync<T>(
        KeysetSource source,
        PageRequest request,
        Func<DbDataReader, int, T> map,
        CancellationToken cancellationToken)
    {
        Validate(source.Order, request);
        KeysetOrder order = source.Order;
        SqlParameters parameters = source.Parameters;
        await using DbConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        int? total = request.CountTotal
            ? Convert.ToInt32(await ScalarAsync(connection, "SELECT count(*) " + source.FromWhere, parameters, cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture)
            : null;

        (bool backward, int? limit) = Direction(request);
        string window = Window(source.FromWhere, order, request, parameters);
        string sql = $"SELECT {order.Columns}, {source.Columns} {window} ORDER BY {order.OrderBy(backward)}" + LimitClause(" LIMIT ", limit);
        var rows = new List<(SortPosition Position, T Item)>();
        await using (DbCommand command = Database.CreateCommand(connection, sql))
        {
            parameters.BindTo(command);
            await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((order.Read(reader, 0), map(reader, order.Keys.Count)));
            }
        }

        bool beforeAfter = request.After is { } after
            && await ScalarAsync(connection, $"SELECT 1 {source.FromWhere} AND NOT {order.Beyond(after, true, parameters)} LIMIT 1", parameters, cancellationToken).ConfigureAwait(false) is not null;
        bool beyondBefore = request.Before is { } before
            && await ScalarAsync(connection, $"SELECT 1 {source.FromWhere} AND NOT {order.Beyond(before, false, parameters)} LIMIT 1", parameters, cancellationToken).ConfigureAwait(false) is not null;
        return Assemble(rows, total, request, beforeAfter, beyondBefore);
    }

    /// <summary>
    /// The same window of each parent's list (<c>Topic.claims(first: 10)</c> for every topic of a response) and
    /// each list's size, in a fixed number of statements whatever the number of parents.
    /// </summary>
    private protected async Task<IReadOnlyDictionary<long, Page<T>>> GroupPageAsync<T>(
        KeysetSource source,
        IReadOnlyList<long> parentIds,
        PageRequest request,
        Func<DbDataReader, int, T> map,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parentIds);
        Validate(source.Order, request);
        long[] distinct = [.. parentIds.Distinct()];
        var pages = new Dictionary<long, Page<T>>();
        if (distinct.Length == 1)
        {
            // One parent: the plain page, which an index on (parent, key) answers without sorting the whole list.
            string parent = source.Parameters.Add(distinct[0]);
            pages[distinct[0]] = await PageAsync(
                source with { FromWhere = source.FromWhere.Replace("{ids}", parent, StringComparison.Ordinal) },
                request, map, cancellationToken).ConfigureAwait(false);
            return pages;
        }

        KeysetOrder order = source.Order;
        (bool backward, int? limit) = Direction(request);
        string parentColumn = source.ParentColumn ?? throw new InvalidOperationException("A grouped page needs a parent column.");
        await using DbConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        foreach (long[] chunk in distinct.Chunk(Database.Backend.IdBatchSize))
        {
            SqlParameters parameters = source.Parameters;
            string fromWhere = source.FromWhere.Replace("{ids}", string.Join(", ", chunk.Select(id => parameters.Add(id))), StringComparison.Ordinal);
            var totals = new Dictionary<long, int>();
            if (request.CountTotal)
            {
                await ReadAsync(connection, $"SELECT {parentColumn}, count(*) {fromWhere} GROUP BY {parentColumn}", parameters,
                    r => totals[r.GetInt64(0)] = Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
            }

            string window = Window(fromWhere, order, request, parameters);
            string rank = $"row_number() OVER (PARTITION BY {parentColumn} ORDER BY {order.OrderBy(backward)})";
            string sql = $"SELECT * FROM (SELECT {parentColumn}, {order.Columns}, {source.Columns}, {rank} AS page_row {window}) AS numbered"
                + LimitClause(" WHERE page_row <= ", limit)
                + " ORDER BY 1, page_row";
            var rows = chunk.ToDictionary(id => id, _ => new List<(SortPosition, T)>());
            await ReadAsync(connection, sql, parameters,
                r => rows[r.GetInt64(0)].Add((order.Read(r, 1), map(r, 1 + order.Keys.Count))), cancellationToken).ConfigureAwait(false);

            HashSet<long> beforeAfter = request.After is { } after
                ? await ParentsAsync(connection, $"SELECT DISTINCT {parentColumn} {fromWhere} AND NOT {order.Beyond(after, true, parameters)}", parameters, cancellationToken).ConfigureAwait(false)
                : [];
            HashSet<long> beyondBefore = request.Before is { } before
                ? await ParentsAsync(connection, $"SELECT DISTINCT {parentColumn} {fromWhere} AND NOT {order.Beyond(before, false, parameters)}", parameters, cancellationToken).ConfigureAwait(false)
                : [];
            foreach (long id in chunk)
            {
                pages[id] = Assemble(rows[id], request.CountTotal ? totals.GetValueOrDefault(id) : null, request, beforeAfter.Contains(id), beyondBefore.Contains(id));
            }
        }

        return pages;
    }

    private static void Validate(KeysetOrder order, PageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.First < 0 || request.Last < 0)
        {
            throw new StoreException("BAD_PAGE", "first and last must not be negative.");
        }

        order.Check(request.After, "after");
        order.Check(request.Before, "before");
    }

    /// <summary>Reads from the end (for <c>last</c> without <c>first</c>), and how many rows a page takes.</summary>
    private static (bool Backward, int? Limit) Direction(PageRequest request) =>
        request.Last is { } last && request.First is null ? (true, last) : (false, request.First);

    /// <summary>
    /// The bound on the rows read (one more than the page, to tell whether more follow), written into the statement:
    /// SQLite (3.50) compiles a statement again on every run when its LIMIT is a bound parameter, which cost as much
    /// as the rest of a small page's statement; a page size is a validated small integer, never user text.
    /// </summary>
    private static string LimitClause(string prefix, int? limit) =>
        limit is { } l ? prefix + (l + 1).ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static string Window(string fromWhere, KeysetOrder order, PageRequest request, SqlParameters parameters)
    {
        string window = fromWhere;
        if (request.After is { } after)
        {
            window += " AND " + order.Beyond(after, true, parameters);
        }

        if (request.Before is { } before)
        {
            window += " AND " + order.Beyond(before, false, parameters);
        }

        return window;
    }

    /// <summary>
    /// Turns the rows read (one more than asked, to tell whether more follow) into a page in list order.
    /// <paramref name="rowsUpToAfter"/>: rows exist at or before the <c>after</c> cursor;
    /// <paramref name="rowsFromBefore"/>: rows exist at or after the <c>before</c> cursor.
    /// </summary>
    private static Page<T> Assemble<T>(List<(SortPosition Position, T Item)> rows, int? total, PageRequest request, bool rowsUpToAfter, bool rowsFromBefore)
    {
        (bool backward, int? limit) = Direction(request);
        bool more = limit is { } l && rows.Count > l;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (backward)
        {
            rows.Reverse();
        }

        int trimmed = 0;
        if (!backward && request.Last is { } last && rows.Count > last)
        {
            trimmed = rows.Count - last;
            rows.RemoveRange(0, trimmed);
        }

        bool hasNext = backward ? rowsFromBefore : more || rowsFromBefore;
        bool hasPrevious = backward ? more || rowsUpToAfter : trimmed > 0 || rowsUpToAfter;
        return new Page<T>([.. rows.Select(r => r.Item)], [.. rows.Select(r => r.Position)], total, hasNext, hasPrevious);
    }

    private async Task<object?> ScalarAsync(DbConnection connection, string sql, SqlParameters parameters, CancellationToken cancellationToken)
    {
        await using DbCommand command = Database.CreateCommand(connection, sql);
        parameters.BindTo(command);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task ReadAsync(DbConnection connection, string sql, SqlParameters parameters, Action<DbDataReader> read, CancellationToken cancellationToken)
    {
        await using DbCommand command = Database.CreateCommand(connection, sql);
        parameters.BindTo(command);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            read(reader);
        }
    }

    private async Task<HashSet<long>> ParentsAsync(DbConnection connection, string sql, SqlParameters parameters, CancellationToken cancellationToken)
    {
        var parents = new HashSet<long>();
        await ReadAsync(connection, sql, parameters, r => parents.Add(r.GetInt64(0)), cancellationToken).ConfigureAwait(false);
        return parents;
    }
}
