using System.Data.Common;
using Microsoft.Data.Sqlite;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Tests.Store;

/// <summary>
/// SQLite connections stay open between uses with the statements they prepared (<see cref="IdleSqliteConnections"/>,
/// <see cref="InterruptibleSqliteConnection.PreparedCommand"/>): what comes back must behave like a fresh connection.
/// </summary>
public sealed class PreparedStatementTests : IAsyncLifetime
{
    private const string SlugById = "SELECT slug FROM articles WHERE id = @id";

    // The authorizer's action code for a SELECT being compiled (SQLITE_SELECT).
    private const int SqliteSelect = 21;

    private readonly TempDirectory _directory = new();
    private NmnDatabase _database = null!;
    private ArticleRecord _bone = null!;
    private ArticleRecord _skin = null!;

    public async Task InitializeAsync()
    {
        _database = await Db.SeededAsync(_directory);
        _bone = (await _database.Articles.GetBySlugAsync("nmn-bone-formation", CancellationToken.None))!;
        _skin = (await _database.Articles.GetBySlugAsync("nmn-skin-atopic-dermatitis", CancellationToken.None))!;
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task A_disposed_connection_comes_back_open_with_its_statement_still_prepared()
    {
        DbConnection first = await _database.OpenConnectionAsync(CancellationToken.None);
        Assert.Equal(_bone.Slug, await SlugAsync(first, _bone.Id));
        TracedSqliteCommand? prepared = ((InterruptibleSqliteConnection)first).PreparedCommand(SlugById);
        Assert.NotNull(prepared);
        await first.DisposeAsync();

        await using DbConnection second = await _database.OpenConnectionAsync(CancellationToken.None);
        Assert.Same(first, second);
        Assert.Equal(System.Data.ConnectionState.Open, second.State);
        Assert.Same(prepared, ((InterruptibleSqliteConnection)second).PreparedCommand(SlugById));
        Assert.Equal(_skin.Slug, await SlugAsync(second, _skin.Id));
    }

    [Fact]
    public async Task A_full_connection_makes_room_by_the_statement_used_longest_ago()
    {
        await using DbConnection connection = await _database.OpenConnectionAsync(CancellationToken.None);
        var sqlite = (InterruptibleSqliteConnection)connection;
        TracedSqliteCommand hot = sqlite.PreparedCommand(SlugById)!;
        TracedSqliteCommand firstCold = sqlite.PreparedCommand("SELECT 0")!;
        for (int i = 1; i <= 2 * InterruptibleSqliteConnection.PreparedCapacity; i++)
        {
            Assert.NotNull(sqlite.PreparedCommand(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"SELECT {i}")));
            Assert.Same(hot, sqlite.PreparedCommand(SlugById));
        }

        Assert.NotSame(firstCold, sqlite.PreparedCommand("SELECT 0"));
        Assert.Equal(_skin.Slug, await SlugAsync(connection, _skin.Id));
    }

    [Fact]
    public async Task The_same_statement_reads_each_call_its_own_values()
    {
        await using DbConnection connection = await _database.OpenConnectionAsync(CancellationToken.None);
        Assert.Equal(_bone.Slug, await SlugAsync(connection, _bone.Id));
        Assert.Equal(_skin.Slug, await SlugAsync(connection, _skin.Id));
        Assert.Null(await SlugAsync(connection, 999_999));
        Assert.Equal(_bone.Slug, await SlugAsync(connection, _bone.Id));
    }

    [Fact]
    public async Task The_same_statement_run_again_while_its_reader_is_open_runs_apart()
    {
        await using DbConnection connection = await _database.OpenConnectionAsync(CancellationToken.None);
        await using DbCommand outer = _database.CreateCommand(connection, SlugById);
        outer.AddParameter("@id", _bone.Id);
        await using DbDataReader reader = await outer.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.Equal(_skin.Slug, await SlugAsync(connection, _skin.Id));
        Assert.Equal(_bone.Slug, reader.GetString(0));
        Assert.False(await reader.ReadAsync());
    }

    [Fact]
    public async Task A_statement_missing_a_parameter_fails_as_it_would_unprepared()
    {
        await using DbConnection connection = await _database.OpenConnectionAsync(CancellationToken.None);
        Assert.Equal(_bone.Slug, await SlugAsync(connection, _bone.Id));
        await using DbCommand unbound = _database.CreateCommand(connection, SlugById);
        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(() => unbound.ExecuteScalarAsync());
        Assert.Contains("@id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_disposed_inside_a_transaction_rolls_it_back_and_is_not_kept()
    {
        DbConnection writer = await _database.OpenConnectionAsync(CancellationToken.None);
        DbTransaction transaction = await writer.BeginTransactionAsync();
        await using (DbCommand update = _database.CreateCommand(writer, "UPDATE articles SET slug = 'changed' WHERE id = @id", transaction))
        {
            update.AddParameter("@id", _bone.Id);
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        await writer.DisposeAsync();
        Assert.Equal(System.Data.ConnectionState.Closed, writer.State);

        await using DbConnection next = await _database.OpenConnectionAsync(CancellationToken.None);
        Assert.NotSame(writer, next);
        Assert.Equal(_bone.Slug, await SlugAsync(next, _bone.Id));
    }

    [Fact]
    public async Task A_kept_connection_is_interrupted_by_its_new_callers_token()
    {
        await (await _database.OpenConnectionAsync(CancellationToken.None)).DisposeAsync();
        using var cancel = new CancellationTokenSource();
        await using DbConnection connection = await _database.OpenConnectionAsync(cancel.Token);
        await using DbCommand slow = _database.CreateCommand(connection, """
            WITH RECURSIVE counter(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < 1000000000)
            SELECT count(*) FROM counter
            """);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(200));
        SqliteException interrupted = await Assert.ThrowsAsync<SqliteException>(() => slow.ExecuteScalarAsync());
        Assert.Equal(9, interrupted.SqliteErrorCode); // SQLITE_INTERRUPT
    }

    [Fact]
    public async Task Closing_the_database_closes_the_connections_it_kept()
    {
        DbConnection connection = await _database.OpenConnectionAsync(CancellationToken.None);
        Assert.Equal(_bone.Slug, await SlugAsync(connection, _bone.Id));
        await connection.DisposeAsync();
        Assert.Equal(System.Data.ConnectionState.Open, connection.State);

        await _database.DisposeAsync();
        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);
    }

    [Fact]
    public async Task Keyset_pages_of_every_size_and_direction_read_the_right_rows()
    {
        // Each page size is a statement of its own (the LIMIT is written into it): run them all, twice, on kept connections.
        long[] parents = [_bone.Id, _skin.Id];
        var whole = await _database.Articles.GetClaimPagesAsync(parents, new PageRequest(First: 100), CancellationToken.None);
        for (int round = 0; round < 2; round++)
        {
            foreach (long parent in parents)
            {
                IReadOnlyList<ClaimRecord> all = whole[parent].Items;
                for (int size = 0; size <= all.Count + 1; size++)
                {
                    Page<ClaimRecord> first = (await _database.Articles.GetClaimPagesAsync([parent], new PageRequest(First: size), CancellationToken.None))[parent];
                    Assert.Equal(all.Take(size).Select(c => c.Id), first.Items.Select(c => c.Id));
                    Assert.Equal(size < all.Count, first.HasNextPage);

                    Page<ClaimRecord> last = (await _database.Articles.GetClaimPagesAsync([parent], new PageRequest(Last: size), CancellationToken.None))[parent];
                    Assert.Equal(all.Skip(Math.Max(0, all.Count - size)).Select(c => c.Id), last.Items.Select(c => c.Id));
                    Assert.Equal(size < all.Count, last.HasPreviousPage);

                    Page<ClaimRecord> grouped = (await _database.Articles.GetClaimPagesAsync(parents, new PageRequest(First: size), CancellationToken.None))[parent];
                    Assert.Equal(first.Items.Select(c => c.Id), grouped.Items.Select(c => c.Id));
                    Assert.Equal(first.HasNextPage, grouped.HasNextPage);

                    if (size > 0 && size < all.Count)
                    {
                        var after = new PageRequest(First: size, After: first.Positions[^1]);
                        Page<ClaimRecord> next = (await _database.Articles.GetClaimPagesAsync([parent], after, CancellationToken.None))[parent];
                        Assert.Equal(all.Skip(size).Take(size).Select(c => c.Id), next.Items.Select(c => c.Id));
                        Assert.True(next.HasPreviousPage);
                    }
                }
            }
        }
    }

    [Fact]
    public async Task A_keyset_page_run_again_is_not_compiled_again()
    {
        // SQLite asks the authorizer while it compiles a statement, and only then: count the compiles on the
        // connection the page calls take (the one returned last).
        DbConnection connection = await _database.OpenConnectionAsync(CancellationToken.None);
        SQLitePCL.sqlite3 handle = ((SqliteConnection)connection).Handle!;
        int compiles = 0;
        SQLitePCL.raw.sqlite3_set_authorizer(handle, (SQLitePCL.strdelegate_authorizer)((_, action, _, _, _, _) =>
        {
            if (action == SqliteSelect)
            {
                compiles++;
            }

            return 0;
        }), null);
        await connection.DisposeAsync();

        async Task PagesAsync()
        {
            await _database.Articles.GetClaimPagesAsync([_bone.Id], new PageRequest(First: 5), CancellationToken.None);
            await _database.Articles.GetClaimPagesAsync([_bone.Id, _skin.Id], new PageRequest(Last: 5), CancellationToken.None);
        }

        await PagesAsync();
        int compiledOnce = compiles;
        await PagesAsync();
        await PagesAsync();

        // Compiled the first time (a bound LIMIT made SQLite compile again on every run).
        Assert.True(compiledOnce > 0);
        Assert.Equal(compiledOnce, compiles);
    }

    private async Task<string?> SlugAsync(DbConnection connection, long id)
    {
        await using DbCommand command = _database.CreateCommand(connection, SlugById);
        command.AddParameter("@id", id);
        return await command.ExecuteScalarAsync() as string;
    }
}
