using System.Text.Json;

namespace NmnGraph.Client.Store;

public sealed partial class EntityStore
{
    /// <summary>Turns a response value into store values, merging entities, and learns its selection shape.</summary>
    private StoreValue Normalize(JsonElement value, HashSet<EntityId> changed, out SelectionShape shape)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
            {
                var objectShape = new ObjectShape();
                shape = objectShape;
                if (TryGetEntityId(value, out EntityId id))
                {
                    MergeEntity(id, value, changed, objectShape);
                    return new ReferenceValue(id);
                }

                string typeName = value.TryGetProperty("__typename", out JsonElement type) && type.ValueKind == JsonValueKind.String
                    ? type.GetString()!
                    : string.Empty;
                Dictionary<string, SelectionShape> fieldShapes = objectShape.ForType(typeName);
                var fields = new Dictionary<string, StoreValue>(StringComparer.Ordinal);
                foreach (JsonProperty property in value.EnumerateObject())
                {
                    fields[property.Name] = Normalize(property.Value, changed, out SelectionShape fieldShape);
                    fieldShapes[property.Name] = SelectionShape.Merge(fieldShapes.GetValueOrDefault(property.Name), fieldShape);
                }

                return new ObjectValue(fields);
            }

            case JsonValueKind.Array:
            {
                var items = new StoreValue[value.GetArrayLength()];
                SelectionShape itemShape = UnknownShape.Instance;
                int index = 0;
                foreach (JsonElement item in value.EnumerateArray())
                {
                    items[index++] = Normalize(item, changed, out SelectionShape oneShape);
                    itemShape = SelectionShape.Merge(itemShape, oneShape);
                }

                shape = new ListShape(itemShape);
                return new ListValue(items);
            }

            case JsonValueKind.Null:
                shape = UnknownShape.Instance;
                return new ScalarValue(value.Clone());

            default:
                shape = LeafShape.Instance;
                return new ScalarValue(value.Clone());
        }
    }

    /// <summary>Writes every field of <paramref name="value"/> into entity <paramref name="id"/>, noting real changes.</summary>
    private void MergeEntity(EntityId id, JsonElement value, HashSet<EntityId> changed, ObjectShape shape)
    {
        if (!_entities.TryGetValue(id, out Dictionary<string, StoreValue>? fields))
        {
            fields = new Dictionary<string, StoreValue>(StringComparer.Ordinal);
            _entities[id] = fields;
            changed.Add(id);
        }

        Dictionary<string, SelectionShape> fieldShapes = shape.ForType(id.TypeName);
        foreach (JsonProperty property in value.EnumerateObject())
        {
            StoreValue normalized = Normalize(property.Value, changed, out SelectionShape fieldShape);
            fieldShapes[property.Name] = SelectionShape.Merge(fieldShapes.GetValueOrDefault(property.Name), fieldShape);
            if (!fields.TryGetValue(property.Name, out StoreValue? existing) || !existing.SameAs(normalized))
            {
                fields[property.Name] = normalized;
                changed.Add(id);
            }
        }
    }

    /// <summary>An object is an entity when it has a string <c>__typename</c> and a string or integer <c>id</c>.</summary>
    private static bool TryGetEntityId(JsonElement obj, out EntityId id)
    {
        id = default;
        if (!obj.TryGetProperty("__typename", out JsonElement type) || type.ValueKind != JsonValueKind.String
            || !obj.TryGetProperty("id", out JsonElement idElement))
        {
            return false;
        }

        string? key = idElement.ValueKind switch
        {
            JsonValueKind.String => idElement.GetString(),
            JsonValueKind.Number when idElement.TryGetInt64(out _) => idElement.GetRawText(),
            _ => null,
        };
        if (key is null)
        {
            return false;
        }

        id = new EntityId(type.GetString()!, key);
        return true;
    }
}
