namespace NmnGraph.Client.Store;

/// <summary>The key of a normalized entity: its concrete <c>__typename</c> and its <c>id</c>.</summary>
public readonly record struct EntityId(string TypeName, string Id)
{
    public override string ToString() => $"{TypeName}:{Id}";
}
