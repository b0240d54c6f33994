namespace NmnGraph.Client.Store;

/// <summary>
/// What an operation selected at one position of its result, learned from the results it received: which response
/// keys each concrete type had, and below them the same again. Denormalizing an operation walks its shape, taking
/// values from the entities, so that an operation reads exactly the fields it asked for even when other operations
/// stored more (or newer) fields of the same entities.
/// </summary>
internal abstract class SelectionShape
{
    /// <summary>Combines what two results taught about the same position.</summary>
    public static SelectionShape Merge(SelectionShape? existing, SelectionShape incoming)
    {
        switch (existing, incoming)
        {
            case (null, _):
            case (UnknownShape, _):
                return incoming;
            case (_, UnknownShape):
                return existing;
            case (ObjectShape old, ObjectShape @new):
                old.MergeFrom(@new);
                return old;
            case (ListShape old, ListShape @new):
                return new ListShape(Merge(old.Item, @new.Item));
            default:
                return incoming;
        }
    }
}

/// <summary>A JSON scalar.</summary>
internal sealed class LeafShape : SelectionShape
{
    public static LeafShape Instance { get; } = new();
}

/// <summary>Only <c>null</c> (or an empty list's items) has been seen here, so the selection below is not known.</summary>
internal sealed class UnknownShape : SelectionShape
{
    public static UnknownShape Instance { get; } = new();
}

internal sealed class ListShape(SelectionShape item) : SelectionShape
{
    public SelectionShape Item { get; } = item;
}

/// <summary>The selected response keys per concrete type (<c>""</c> for objects without <c>__typename</c>).</summary>
internal sealed class ObjectShape : SelectionShape
{
    public Dictionary<string, Dictionary<string, SelectionShape>> FieldsByType { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SelectionShape> ForType(string typeName)
    {
        if (!FieldsByType.TryGetValue(typeName, out Dictionary<string, SelectionShape>? fields))
        {
            fields = new Dictionary<string, SelectionShape>(StringComparer.Ordinal);
            FieldsByType[typeName] = fields;
        }

        return fields;
    }

    public void MergeFrom(ObjectShape other)
    {
        foreach ((string typeName, Dictionary<string, SelectionShape> otherFields) in other.FieldsByType)
        {
            Dictionary<string, SelectionShape> fields = ForType(typeName);
            foreach ((string key, SelectionShape shape) in otherFields)
            {
                fields[key] = Merge(fields.GetValueOrDefault(key), shape);
            }
        }
    }
}
