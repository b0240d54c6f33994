using System.Runtime.CompilerServices;
using System.Threading.Channels;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using NmnGraph.Server.Api.Resolvers;
using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Api;

public sealed partial class NmnSchema
{
    private void BindSubscription(SchemaBuilder builder) =>
        builder.BindSubscription("Subscription.corpusChanged", ctx => ChangesAsync(ctx.RequestAborted), async ctx =>
        {
            var change = (CorpusChange)ctx.Parent!;
            object? node = change.Kind == ChangeKind.Deleted
                ? null
                : await Loaders(ctx).NodeAsync(change.Entity, change.Id, ctx.RequestAborted).ConfigureAwait(false);
            return new CorpusChangePayload(change.Kind, GlobalId.Encode(change.Entity, change.Id), node, change.At);
        });

    /// <summary>The store's committed changes from now on, until the subscriber leaves.</summary>
    private async IAsyncEnumerable<object?> ChangesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Bounded so that a stalled subscriber cannot grow memory without end; the oldest changes give way.
        var channel = Channel.CreateBounded<CorpusChange>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });
        void OnChanged(object? sender, CorpusChange change) => channel.Writer.TryWrite(change);
        _database.Changed += OnChanged;
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
        }
    }
}
