using System.Runtime.CompilerServices;
using System.Threading.Channels;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Api;

/// <summary>The store's committed changes as a stream per subscriber (<c>Subscription.corpusChanged</c>).</summary>
public sealed class CorpusChangeFeed
{
    private readonly NmnDatabase _database;
    private readonly Lock _gate = new();
    private int _subscribers;
    private TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CorpusChangeFeed(NmnDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>How many subscribers are listening now.</summary>
    public int SubscriberCount => Volatile.Read(ref _subscribers);

    /// <summary>Completes once at least one subscriber listens (lets a caller make a change it is sure to be told of).</summary>
    public Task WaitForSubscriberAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _subscribers > 0 ? Task.CompletedTask : _subscribed.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The changes committed from now on, until <paramref name="cancellationToken"/> ends the subscription.</summary>
    public async IAsyncEnumerable<CorpusChange> SubscribeAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Bounded so that a stalled subscriber cannot grow memory without end; the oldest changes give way.
        var channel = Channel.CreateBounded<CorpusChange>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });
        void OnChanged(object? sender, CorpusChange change) => channel.Writer.TryWrite(change);
        _database.Changed += OnChanged;
        lock (_gate)
        {
            _subscribers++;
            _subscribed.TrySetResult();
        }

        try
        {
            await foreach (CorpusChange change in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return change;
            }
        }
        finally
        {
            _database.Changed -= OnChanged;
            lock (_gate)
            {
                if (--_subscribers == 0)
                {
                    _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }
        }
    }
}
