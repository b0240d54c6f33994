using System.Text.Encodings.Web;
using System.Text.Json;
using System.Data.Common;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Backup;

/// <summary>
/// A complete JSON backup of a database and its restore. The export is deterministic (tables in a fixed
/// order, rows by primary key, columns in schema order), so export → restore → export is byte-identical.
/// The search index is not exported: it is rebuilt from the rows.
/// </summary>
public static class BackupService
{
    public const string Format = "nmngraph-backup";

    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task ExportAsync(NmnDatabase database, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(output);
        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // One read transaction: a consistent snapshot even while others write.
        await using DbTransaction transaction = await database.Backend.BeginSnapshotAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var writer = new Utf8JsonWriter(output, s_writerOptions);
        writer.WriteStartObject();
        writer.WriteString("format", Format);
        writer.WriteNumber("schemaVersion", await database.GetSchemaVersionAsync(cancellationToken).ConfigureAwait(false));
        writer.WriteStartObject("tables");
        foreach ((string table, _) in BackupTables.All)
        {
            await TableCopy.ReadAsync(database, connection, transaction, table, reader => WriteTableAsync(writer, table, reader, cancellationToken), cancellationToken)
                .ConfigureAwait(false);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteTableAsync(Utf8JsonWriter writer, string table, DbDataReader reader, CancellationToken cancellationToken)
    {
        writer.WriteStartObject(table);
        writer.WriteStartArray("columns");
        for (int i = 0; i < reader.FieldCount; i++)
        {
            writer.WriteStringValue(reader.GetName(i));
        }

        writer.WriteEndArray();
        writer.WriteStartArray("rows");
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            writer.WriteStartArray();
            for (int i = 0; i < reader.FieldCount; i++)
            {
                if (reader.IsDBNull(i))
                {
                    writer.WriteNullValue();
                }
                else if (reader.GetFieldType(i) is Type type && (type == typeof(long) || type == typeof(int) || type == typeof(short)))
                {
                    writer.WriteNumberValue(reader.GetInt64(i));
                }
                else if (reader.GetFieldType(i) == typeof(double))
                {
                    writer.WriteNumberValue(reader.GetDouble(i));
                }
                else
                {
                    writer.WriteStringValue(reader.GetString(i));
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Fills an empty database from a backup, in one transaction; refuses a database that holds anything.</summary>
    /// <exception cref="StoreException">NOT_EMPTY, or BAD_BACKUP when the file is not a backup this version can read.</exception>
    public static async Task<int> RestoreAsync(NmnDatabase database, Stream input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(input);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(input, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            throw new StoreException("BAD_BACKUP", $"The backup is not valid JSON: {exception.Message}");
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("format", out JsonElement format) || format.ValueKind != JsonValueKind.String
                || !string.Equals(format.GetString(), Format, StringComparison.Ordinal))
            {
                throw new StoreException("BAD_BACKUP", $"The file is not an nmngraph backup (expected \"format\": \"{Format}\").");
            }

            int version = root.TryGetProperty("schemaVersion", out JsonElement v) && v.TryGetInt32(out int n) ? n : -1;
            if (version < 1 || version > Migrations.LatestVersion)
            {
                throw new StoreException("BAD_BACKUP", $"The backup has schema version {version}; this nmngraph reads versions 1 to {Migrations.LatestVersion}.");
            }

            if (!root.TryGetProperty("tables", out JsonElement tables) || tables.ValueKind != JsonValueKind.Object)
            {
                throw new StoreException("BAD_BACKUP", "The backup has no \"tables\" object.");
            }

            var known = BackupTables.All.Select(t => t.Table).ToHashSet(StringComparer.Ordinal);
            foreach (JsonProperty table in tables.EnumerateObject())
            {
                if (!known.Contains(table.Name))
                {
                    throw new StoreException("BAD_BACKUP", $"The backup has an unknown table '{table.Name}'.");
                }
            }

            await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (!await database.IsEmptyAsync(cancellationToken: cancellationToken, connection: connection, transaction: transaction).ConfigureAwait(false))
            {
                throw new StoreException("NOT_EMPTY",
                    $"The database '{database.Path}' is not empty; restore only into a new or empty database, or replace it with 'restore --force' (nothing was changed).");
            }

            int rows = 0;
            foreach ((string tableName, _) in BackupTables.All)
            {
                if (!tables.TryGetProperty(tableName, out JsonElement table))
                {
                    continue;
                }

                rows += RestoreTable(database, connection, transaction, tableName, table);
            }

            await database.Backend.AfterExplicitIdsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return rows;
        }
    }

    private static int RestoreTable(NmnDatabase database, DbConnection connection, DbTransaction transaction, string tableName, JsonElement table)
    {
        string[] columns = table.GetProperty("columns").EnumerateArray().Select(c => c.GetString() ?? string.Empty).ToArray();
        using DbCommand command = TableCopy.PrepareInsert(database, connection, transaction, tableName, columns);
        DbParameter[] parameters = [.. command.Parameters.Cast<DbParameter>()];

        int count = 0;
        foreach (JsonElement row in table.GetProperty("rows").EnumerateArray())
        {
            if (row.GetArrayLength() != columns.Length)
            {
                throw new StoreException("BAD_BACKUP", $"A row of table '{tableName}' has {row.GetArrayLength()} values for {columns.Length} columns.");
            }

            int i = 0;
            foreach (JsonElement value in row.EnumerateArray())
            {
                parameters[i].Value = value.ValueKind switch
                {
                    JsonValueKind.Null => DBNull.Value,
                    JsonValueKind.Number when value.TryGetInt64(out long integer) => integer,
                    JsonValueKind.Number => value.GetDouble(),
                    JsonValueKind.String => value.GetString()!,
                    _ => throw new StoreException("BAD_BACKUP", $"Table '{tableName}' holds an unsupported value: {value.GetRawText()}"),
                };
                i++;
            }

            database.NoteStatement();
            try
            {
                command.ExecuteNonQuery();
            }
            catch (DbException exception)
            {
                throw new StoreException("BAD_BACKUP", $"Table '{tableName}' could not be restored: {exception.Message}");
            }

            count++;
        }

        return count;
    }
}
