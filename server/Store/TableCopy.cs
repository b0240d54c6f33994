using System.Data.Common;
using System.Globalization;

namespace NmnGraph.Server.Store;

/// <summary>
/// Whole tables row by row, as a backup reads and restores them (<see cref="BackupTables"/>): the statements live
/// here, with the store, and read the same on both engines.
/// </summary>
internal static class TableCopy
{
    /// <summary>Hands <paramref name="read"/> every row of <paramref name="table"/> in its backup order, all columns in schema order.</summary>
    public static async Task ReadAsync(NmnDatabase database, DbConnection connection, DbTransaction transaction, string table,
        Func<DbDataReader, Task> read, CancellationToken cancellationToken)
    {
        string orderBy = BackupTables.All.Single(t => string.Equals(t.Table, table, StringComparison.Ordinal)).OrderBy;
        await using DbCommand command = database.CreateCommand(connection, $"SELECT * FROM {table} ORDER BY {orderBy}", transaction);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await read(reader).ConfigureAwait(false);
    }

    /// <summary>
    /// A prepared insert of one row of <paramref name="table"/> with parameters <c>@c0…</c> in the order of
    /// <paramref name="columns"/>; a <c>store_meta</c> key already set is overwritten.
    /// </summary>
    /// <exception cref="StoreException">BAD_BACKUP for a table a backup does not hold or a column name that is not a plain identifier.</exception>
    public static DbCommand PrepareInsert(NmnDatabase database, DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns)
    {
        if (!BackupTables.All.Any(t => string.Equals(t.Table, table, StringComparison.Ordinal)))
        {
            throw new StoreException("BAD_BACKUP", $"A backup holds no table '{table}'.");
        }

        foreach (string column in columns)
        {
            // Column names go into the SQL text, so only plain identifiers are accepted.
            if (column.Length == 0 || !column.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                throw new StoreException("BAD_BACKUP", $"Table '{table}' has an invalid column name '{column}'.");
            }
        }

        string upsert = table == "store_meta" && columns.Contains("key") && columns.Contains("value")
            ? " ON CONFLICT (\"key\") DO UPDATE SET \"value\" = excluded.\"value\""
            : string.Empty;
        DbCommand command = database.CreateCommand(connection,
            $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => Parameter(i)))}){upsert}",
            transaction);
        for (int i = 0; i < columns.Count; i++)
        {
            command.AddParameter(Parameter(i), null);
        }

        return command;
    }

    private static string Parameter(int index) => string.Create(CultureInfo.InvariantCulture, $"@c{index}");
}
