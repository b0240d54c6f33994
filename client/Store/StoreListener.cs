namespace NmnGraph.Client.Store;

/// <summary>A watcher's registration: told when its operation's stored result or an entity it read changes.</summary>
internal sealed class StoreListener(EntityStore store, string operationKey, Action onChanged) : IDisposable
{
    public string OperationKey { get; } = operationKey;

    public Action OnChanged { get; } = onChanged;

    /// <summary>The entities the last read touched; replaced (under the store's lock) on every read.</summary>
    public HashSet<EntityId> Dependencies { get; set; } = [];

    public void Dispose() => store.Unlisten(this);
}
