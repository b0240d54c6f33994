using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Store;

/// <summary>Shared query plumbing: parameterized commands, batched <c>IN (…)</c> loads, row readers.</summary>
public abstract class RepositoryBase
{
    // SQLite allows 32766 parameters; smaller chunks keep statements cheap to prepare.
    private const int BatchSize = 500;

    private protected RepositoryBase(NmnDatabase database)
    {
        Database = database;
    }

    private protected NmnDatabase Database { get; }

    private protected async Task<List<T>> QueryAsync<T>(
        string sql,
        Action<SqliteCommand>? bind,
        Func<SqliteDataReader, T> map,
        CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await QueryAsync(connection, null, sql, bind, map, cancellationToken).ConfigureAwait(false);
    }

    private protected async Task<List<T>> QueryAsync<T>(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        Action<SqliteCommand>? bind,
        Func<SqliteDataReader, T> map,
        CancellationToken cancellationToken)
    {
        await using SqliteCommand command = Database.CreateCommand(connection, sql, transaction);
        bind?.Invoke(command);
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
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
        Func<SqliteDataReader, T> map,
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
            await using SqliteConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            foreach (long[] chunk in groups.Keys.Chunk(BatchSize))
            {
                await using SqliteCommand command = Database.CreateCommand(connection, sql.Replace("{ids}", BindIds(null, chunk), StringComparison.Ordinal));
                BindIds(command, chunk);
                await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
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
        Func<SqliteDataReader, T> map,
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

        await using SqliteConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        foreach (long[] chunk in distinct.Chunk(BatchSize))
        {
            await using SqliteCommand command = Database.CreateCommand(connection, sql.Replace("{ids}", BindIds(null, chunk), StringComparison.Ordinal));
            BindIds(command, chunk);
            await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
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
        Func<SqliteDataReader, T> map,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.First < 0 || request.Last < 0)
        {
            throw new StoreException("BAD_PAGE", "first and last must not be negative.");
        }

        await using SqliteConnection connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        int total;
        await using (SqliteCommand count = Database.CreateCommand(connection, "SELECT count(*) " + fromWhere))
        {
            parameters.BindTo(count);
            total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        (int start, int end) = Window(request, total);
        var items = new List<T>();
        if (end > start)
        {
            await using SqliteCommand command = Database.CreateCommand(connection,
                $"SELECT {select} {fromWhere} ORDER BY {orderBy} LIMIT @pageLimit OFFSET @pageOffset");
            parameters.BindTo(command);
            command.Parameters.AddWithValue("@pageLimit", end - start);
            command.Parameters.AddWithValue("@pageOffset", start);
            await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(map(reader));
            }
        }

        return new Page<T>(items, start, total, end < total, start > 0);
    }

    /// <summary>The offsets <c>[start, end)</c> of the requested window in a list of <paramref name="total"/> items.</summary>
    private protected static (int Start, int End) Window(PageRequest request, int total)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.First < 0 || request.Last < 0)
        {
            throw new StoreException("BAD_PAGE", "first and last must not be negative.");
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

        return (start, end);
    }

    /// <summary>Writes the parameter list <c>@id0, @id1, …</c>; binds the values when given a command.</summary>
    private protected static string BindIds(SqliteCommand? command, IReadOnlyList<long> ids, string prefix = "id")
    {
        var builder = new StringBuilder();
        for (int i = 0; i < ids.Count; i++)
        {
            string name = string.Create(CultureInfo.InvariantCulture, $"@{prefix}{i}");
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(name);
            command?.Parameters.AddWithValue(name, ids[i]);
        }

        return builder.ToString();
    }

    private protected static object DbValue(object? value) => value ?? DBNull.Value;
}
