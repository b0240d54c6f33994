using System.Globalization;
using System.Data.Common;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Store;

/// <summary>Shared query plumbing: parameterized commands, batched <c>IN (…)</c> loads, row readers.</summary>
public abstract class RepositoryBase
{
    private protected RepositoryBase(NmnDatabase database)
    {
        Database = database;
    }

    private protected NmnDatabase Database { get; }

    private protected async Task<List<T>> QueryAsync<T>(
        string sql,
        Action<DbCommand>? bind,
        Func<DbDataReader, T> map,
        CancellationToken cancellationToken)
    {
        await using DbConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await QueryAsync(connection, null, sql, bind, map, cancellationToken).ConfigureAwait(false);
    }

    private protected async Task<List<T>> QueryAsync<T>(
        DbConnection connection,
        DbTransaction? transaction,
        string sql,
        Action<DbCommand>? bind,
        Func<DbDataReader, T> map,
        CancellationToken cancellationToken)
    {
        await using DbCommand command = Database.CreateCommand(connection, sql, transaction);
        bind?.Invoke(command);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            results.Add(map(reader));
        }

        return results;
    }

    /// <summary>
    /// Runs <paramref name="sql"/> (which contains <c>{ids}</c>) for the ids in chunks and groups rows by the
    /// key in column <paramref name="keyColumn"/>. Every requested id has an entry (empty when nothing matches);
    /// rows keep the statement's order.
    /// </summary>
    private protected async Task<IReadOnlyDictionary<long, IReadOnlyList<T>>> GroupByIdsAsync<T>(
        string sql,
        IReadOnlyList<long> ids,
        int keyColumn,
        Func<DbDataReader, T> map,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var groups = new Dictionary<long, List<T>>();
        foreach (long id in ids)
        {
            groups.TryAdd(id, []);
        }

        if (groups.Count > 0)
        {
            await using DbConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            foreach (long[] chunk in groups.Keys.Chunk(Database.Backend.IdBatchSize))
            {
                await using DbCommand command = Database.CreateCommand(connection, string.Empty);
                command.CommandText = Database.Backend.BindIds(sql, command, chunk);
                await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    groups[reader.GetInt64(keyColumn)].Add(map(reader));
                }
            }
        }

        return groups.ToDictionary(p => p.Key, p => (IReadOnlyList<T>)p.Value);
    }

    /// <summary>Loads entities by id; the result maps each found id to its entity (missing ids are absent).</summary>
    private protected async Task<IReadOnlyDictionary<long, T>> GetByIdsAsync<T>(
        string sql,
        IReadOnlyList<long> ids,
        Func<DbDataReader, T> map,
        Func<T, long> idOf,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var results = new Dictionary<long, T>();
        long[] distinct = ids.Distinct().ToArray();
        if (distinct.Length == 0)
        {
            return results;
        }

        await using DbConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        foreach (long[] chunk in distinct.Chunk(Database.Backend.IdBatchSize))
        {
            await using DbCommand command = Database.CreateCommand(connection, string.Empty);
            command.CommandText = Database.Backend.BindIds(sql, command, chunk);
            await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                T item = map(reader);
                results[idOf(item)] = item;
            }
        }

        return results;
    }

    /// <summary>
    /// Counts the rows of <paramref name="fromWhere"/> and reads the requested window in order
    /// (two statements, whatever the page size).
    /// </summary>
    private protected async Task<Page<T>> PageAsync<T>(
        string select,
        string fromWhere,
        string orderBy,
        SqlParameters parameters,
        PageRequest request,
        Func<DbDataReader, T> map,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.First < 0 || request.Last < 0)
        {
            throw new StoreException("BAD_PAGE", "first and last must not be negative.");
        }

        await using DbConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        int total;
        await using (DbCommand count = Database.CreateCommand(connection, "SELECT count(*) " + fromWhere))
        {
            parameters.BindTo(count);
            total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        int start = Math.Clamp(request.After is { } after ? after + 1 : 0, 0, total);
        int end = Math.Clamp(request.Before ?? total, start, total);
        if (request.First is { } first)
        {
            end = Math.Min(end, start + first);
        }

        if (request.Last is { } last)
        {
            start = Math.Max(start, end - last);
        }

        var items = new List<T>();
        if (end > start)
        {
            await using DbCommand command = Database.CreateCommand(connection,
                $"SELECT {select} {fromWhere} ORDER BY {orderBy} LIMIT @pageLimit OFFSET @pageOffset");
            parameters.BindTo(command);
            command.AddParameter("@pageLimit", end - start);
            command.AddParameter("@pageOffset", start);
            await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(map(reader));
            }
        }

        return new Page<T>(items, start, total, end < total, start > 0);
    }

    private protected static object DbValue(object? value) => value ?? DBNull.Value;
}
