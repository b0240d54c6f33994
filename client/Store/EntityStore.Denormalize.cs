using System.Text.Json;

namespace NmnGraph.Client.Store;

public sealed partial class EntityStore
{
    /// <summary>
    /// Writes <paramref name="value"/> as JSON following <paramref name="shape"/>, reading entities by reference and
    /// recording them in <paramref name="dependencies"/>. False (and a half-written writer) when something is missing.
    /// </summary>
    private bool TryDenormalize(Utf8JsonWriter writer, StoreValue value, SelectionShape shape, HashSet<EntityId> dependencies)
    {
        switch (value)
        {
            case ScalarValue scalar:
                if (!scalar.IsNull && shape is ObjectShape or ListShape)
                {
                    return false;
                }

                scalar.Element.WriteTo(writer);
                return true;

            case ReferenceValue reference:
                dependencies.Add(reference.Id);
                return _entities.TryGetValue(reference.Id, out Dictionary<string, StoreValue>? entity)
                    && shape is ObjectShape entityShape
                    && entityShape.FieldsByType.TryGetValue(reference.Id.TypeName, out Dictionary<string, SelectionShape>? selected)
                    && TryDenormalizeFields(writer, entity, selected, dependencies);

            case ObjectValue obj:
                return shape is ObjectShape objectShape
                    && objectShape.FieldsByType.TryGetValue(obj.TypeName, out Dictionary<string, SelectionShape>? fields)
                    && TryDenormalizeFields(writer, obj.Fields, fields, dependencies);

            case ListValue list:
                if (shape is not ListShape listShape)
                {
                    return list.Items.Length == 0 && shape is UnknownShape && WriteEmptyList(writer);
                }

                writer.WriteStartArray();
                foreach (StoreValue item in list.Items)
                {
                    if (!TryDenormalize(writer, item, listShape.Item, dependencies))
                    {
                        return false;
                    }
                }

                writer.WriteEndArray();
                return true;

            default:
                return false;
        }
    }

    private bool TryDenormalizeFields(
        Utf8JsonWriter writer,
        Dictionary<string, StoreValue> source,
        Dictionary<string, SelectionShape> selected,
        HashSet<EntityId> dependencies)
    {
        writer.WriteStartObject();
        foreach ((string key, SelectionShape fieldShape) in selected)
        {
            if (!source.TryGetValue(key, out StoreValue? fieldValue))
            {
                return false;
            }

            writer.WritePropertyName(key);
            if (!TryDenormalize(writer, fieldValue, fieldShape, dependencies))
            {
                return false;
            }
        }

        writer.WriteEndObject();
        return true;
    }

    private static bool WriteEmptyList(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        writer.WriteEndArray();
        return true;
    }

    /// <summary>Writes a stored value as is, references as <c>{"__ref":"Type:id"}</c> (diagnostics only).</summary>
    private static void WriteRaw(Utf8JsonWriter writer, StoreValue value)
    {
        switch (value)
        {
            case ScalarValue scalar:
                scalar.Element.WriteTo(writer);
                break;
            case ReferenceValue reference:
                writer.WriteStartObject();
                writer.WriteString("__ref", reference.Id.ToString());
                writer.WriteEndObject();
                break;
            case ObjectValue obj:
                writer.WriteStartObject();
                foreach ((string key, StoreValue field) in obj.Fields)
                {
                    writer.WritePropertyName(key);
                    WriteRaw(writer, field);
                }

                writer.WriteEndObject();
                break;
            case ListValue list:
                writer.WriteStartArray();
                foreach (StoreValue item in list.Items)
                {
                    WriteRaw(writer, item);
                }

                writer.WriteEndArray();
                break;
        }
    }
}
