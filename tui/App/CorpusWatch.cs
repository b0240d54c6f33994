using System.Threading.Channels;
using NmnGraph.Client;

namespace NmnGraph.Tui.App;

/// <summary>
/// Follows <c>corpusChanged</c> for the browser: one subscription, resubscribed after a lost connection (waiting
/// 1, 2, 4… up to 10 s and checking that the server answers first), its events queued as messages until the browser
/// asks for the next one. A transport without subscriptions (the in-memory one) is polled through the corpus counts
/// instead, which sees articles, studies and claims come and go.
/// </summary>
public sealed class CorpusWatch : IAsyncDisposable
{
    private static readonly TimeSpan s_longestWait = TimeSpan.FromSeconds(10);
    private readonly Func<CancellationToken, Task<NmnGraphClient>> _client;
    private readonly TimeSpan _pollInterval;
    private readonly Channel<BrowserMsg> _events = Channel.CreateUnbounded<BrowserMsg>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private Task? _loop;

    public CorpusWatch(Func<CancellationToken, Task<NmnGraphClient>> client, TimeSpan? pollInterval = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _pollInterval = pollInterval ?? TimeSpan.FromSeconds(2);
    }

    /// <summary>The next change (or loss or return of the connection); starts following on the first call.</summary>
    public async Task<BrowserMsg> NextAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _loop ??= Task.Run(() => FollowAsync(_stop.Token));
        }

        return await _events.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is { } loop)
        {
            await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stop.Dispose();
    }

    private async Task FollowAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait = TimeSpan.FromSeconds(1);
        bool lost = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            string? error;
            try
            {
                NmnGraphClient client = await _client(cancellationToken).ConfigureAwait(false);
                if (lost)
                {
                    OperationResult<StatsResult> ping = await client.Stats.ExecuteAsync(cancellationToken).ConfigureAwait(false);
                    if (ping.Errors.Count > 0)
                    {
                        await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                        wait = Min(wait * 2, s_longestWait);
                        continue;
                    }

                    lost = false;
                    wait = TimeSpan.FromSeconds(1);
                    _events.Writer.TryWrite(new BrowserMsg.LiveRestored());
                }

                error = await SubscribeAsync(client, cancellationToken).ConfigureAwait(false);
                if (error is null)
                {
                    return; // polled instead, until stopped
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                error = BrowserCommands.Describe(exception);
            }

            lost = true;
            _events.Writer.TryWrite(new BrowserMsg.LiveLost(error));
            await Task.Delay(wait, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Relays events until the stream fails; returns why, or null when the transport has no subscriptions (then it polls).</summary>
    private async Task<string?> SubscribeAsync(NmnGraphClient client, CancellationToken cancellationToken)
    {
        await foreach (OperationResult<OnCorpusChangedResult> result in client.OnCorpusChanged.SubscribeAsync(cancellationToken).ConfigureAwait(false))
        {
            if (result.Errors.Any(e => e.Code == ClientErrorCodes.SubscriptionsNotSupported))
            {
                await PollAsync(client, cancellationToken).ConfigureAwait(false);
                return null;
            }

            if (result.Errors.Count > 0)
            {
                return result.Errors[0].Message;
            }

            if (result.Data is { } data)
            {
                _events.Writer.TryWrite(new BrowserMsg.CorpusChanged(data.CorpusChanged.Kind.ToString(), data.CorpusChanged.At));
            }
        }

        return "the event stream ended";
    }

    private async Task PollAsync(NmnGraphClient client, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_pollInterval);
        StatsResult? last = null;
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            OperationResult<StatsResult> stats = await client.Stats.ExecuteAsync(cancellationToken).ConfigureAwait(false);
            if (stats.Data is not { } now)
            {
                continue; // unreachable now: the next request of the browser says so
            }

            if (last is not null && now.Stats != last.Stats)
            {
                _events.Writer.TryWrite(new BrowserMsg.CorpusChanged("UPDATED", DateTimeOffset.UtcNow));
            }

            last = now;
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
