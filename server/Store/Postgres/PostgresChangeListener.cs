using Npgsql;
using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store.Postgres;

/// <summary>
/// One connection that <c>LISTEN</c>s on the change channel and hands the changes other processes made to this
/// process's subscribers (its own it delivered when it made them). A lost connection is reopened (changes committed while it was down are not replayed:
/// a subscription is a live feed, not a log).
/// </summary>
internal sealed class PostgresChangeListener : IAsyncDisposable
{
    private static readonly TimeSpan s_retryDelay = TimeSpan.FromSeconds(1);

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _channel;
    private readonly Guid _origin;
    private readonly Action<IReadOnlyList<CorpusChange>> _deliver;
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;

    public PostgresChangeListener(NpgsqlDataSource dataSource, string channel, Guid origin, Action<IReadOnlyList<CorpusChange>> deliver)
    {
        _dataSource = dataSource;
        _channel = channel;
        _origin = origin;
        _deliver = deliver;
    }

    /// <summary>Returns once the first <c>LISTEN</c> is in place, so that no change committed after it is missed.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        NpgsqlConnection connection = await ListenAsync(cancellationToken).ConfigureAwait(false);
        _loop = Task.Run(() => RunAsync(connection, _stopping.Token), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        _stopping.Dispose();
    }

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken cancellationToken)
    {
        NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            connection.Notification += (_, e) =>
            {
                (Guid origin, IReadOnlyList<CorpusChange> changes) = ChangeMessage.Read(e.Payload);
                if (origin != _origin && changes.Count > 0)
                {
                    _deliver(changes);
                }
            };
            await using var command = new NpgsqlCommand($"LISTEN {_channel}", connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task RunAsync(NpgsqlConnection connection, CancellationToken stopping)
    {
        NpgsqlConnection? current = connection;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                current ??= await ListenAsync(stopping).ConfigureAwait(false);
                await current.WaitAsync(stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                if (current is not null)
                {
                    await current.DisposeAsync().ConfigureAwait(false);
                    current = null;
                }

                try
                {
                    await Task.Delay(s_retryDelay, stopping).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        if (current is not null)
        {
            await current.DisposeAsync().ConfigureAwait(false);
        }
    }
}
