using NmnGraph.GraphQL.Types;
using NmnGraph.Server.Api.Resolvers;
using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Api;

public sealed partial class NmnSchema
{
    private void BindSubscription(SchemaBuilder builder) =>
        builder.BindSubscription("Subscription.corpusChanged", ctx => Events(ctx.RequestAborted), async ctx =>
        {
            var change = (CorpusChange)ctx.Parent!;
            object? node = change.Kind == ChangeKind.Deleted
                ? null
                : await Loaders(ctx).NodeAsync(change.Entity, change.Id).ConfigureAwait(false);
            return new CorpusChangePayload(change.Kind, GlobalId.Encode(change.Entity, change.Id), node, change.At);
        });

    private async IAsyncEnumerable<object?> Events([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (CorpusChange change in _feed.SubscribeAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return change;
        }
    }
}
