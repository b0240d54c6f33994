using System.Globalization;
using System.Text;
using System.Data.Common;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Store;

/// <summary>Shared query plumbing: parameterized commands, batched <c>IN (…)</c> loads, row readers.</summary>
public abstract partial class RepositoryBase
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

    /// <summary>Writes the parameter list <c>@id0, @id1, …</c>; binds the values when given a command.</summary>
    private protected static string BindIds(DbCommand? command, IReadOnlyList<long> ids, string prefix = "id")
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
            command?.AddParameter(name, ids[i]);
        }

        return builder.ToString();
    }

    private protected static object DbValue(object? value) => value ?? DBNull.Value;
}
