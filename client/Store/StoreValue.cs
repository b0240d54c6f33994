using System.Text.Json;

namespace NmnGraph.Client.Store;

/// <summary>A normalized response value: a JSON scalar (or null), a reference to an entity, an inline object or a list.</summary>
internal abstract class StoreValue
{
    /// <summary>Deep equality, used to tell whether a write changed an entity.</summary>
    public abstract bool SameAs(StoreValue other);
}

internal sealed class ScalarValue(JsonElement element) : StoreValue
{
    public JsonElement Element { get; } = element;

    public bool IsNull => Element.ValueKind == JsonValueKind.Null;

    public override bool SameAs(StoreValue other) => other is ScalarValue scalar && JsonElement.DeepEquals(Element, scalar.Element);
}

internal sealed class ReferenceValue(EntityId id) : StoreValue
{
    public EntityId Id { get; } = id;

    public override bool SameAs(StoreValue other) => other is ReferenceValue reference && reference.Id == Id;
}

/// <summary>An object without identity, stored inside its parent. Field order is the response's.</summary>
internal sealed class ObjectValue(Dictionary<string, StoreValue> fields) : StoreValue
{
    public Dictionary<string, StoreValue> Fields { get; } = fields;

    public string TypeName => Fields.TryGetValue("__typename", out StoreValue? value)
        && value is ScalarValue { Element.ValueKind: JsonValueKind.String } scalar
        ? scalar.Element.GetString()!
        : string.Empty;

    public override bool SameAs(StoreValue other)
    {
        if (other is not ObjectValue obj || obj.Fields.Count != Fields.Count)
        {
            return false;
        }

        foreach ((string key, StoreValue value) in Fields)
        {
            if (!obj.Fields.TryGetValue(key, out StoreValue? otherValue) || !value.SameAs(otherValue))
            {
                return false;
            }
        }

        return true;
    }
}

internal sealed class ListValue(StoreValue[] items) : StoreValue
{
    public StoreValue[] Items { get; } = items;

    public override bool SameAs(StoreValue other)
    {
        if (other is not ListValue list || list.Items.Length != Items.Length)
        {
            return false;
        }

        for (int i = 0; i < Items.Length; i++)
        {
            if (!Items[i].SameAs(list.Items[i]))
            {
                return false;
            }
        }

        return true;
    }
}
