using System.Text.Json;

namespace NmnGraph.Client.Serialization;

/// <summary>Writers that keep generated <see cref="IGraphQLVariables.WriteTo"/> methods short.</summary>
public static class Utf8JsonWriterExtensions
{
    /// <summary>Writes <c>"name": value</c> with the scalar's serializer.</summary>
    public static void WriteScalar<T>(this Utf8JsonWriter writer, string name, T value, ScalarSerializer<T> serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(serializer);
        writer.WritePropertyName(name);
        serializer.Write(writer, value);
    }

    /// <summary>Writes <c>"name": value</c>, or <c>"name": null</c> when the value is null.</summary>
    public static void WriteOptionalScalar<T>(this Utf8JsonWriter writer, string name, T? value, ScalarSerializer<T> serializer)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(serializer);
        writer.WritePropertyName(name);
        if (value is { } present)
        {
            serializer.Write(writer, present);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Writes <c>"name": [ … ]</c>, each item by <paramref name="writeItem"/>; <c>null</c> when the list is null.</summary>
    public static void WriteList<T>(this Utf8JsonWriter writer, string name, IEnumerable<T>? items, Action<Utf8JsonWriter, T> writeItem)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(writeItem);
        writer.WritePropertyName(name);
        if (items is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (T item in items)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
    }
}
