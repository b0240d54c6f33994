using System.Collections;
using System.Text.Json;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Execution;

internal sealed partial class ExecutionState
{
    private ResponseBuffer? _jsonBuffer;

    /// <summary>True when the result is only going to be written (<see cref="GraphQLRequest.ResultIsOnlyWritten"/>): values may be written as JSON while executing.</summary>
    public bool WritesJson { get; init; }

    /// <summary>Where values were written as JSON, made on first use; null when nothing was.</summary>
    public ResponseBuffer? JsonBuffer => Volatile.Read(ref _jsonBuffer);

    /// <summary>
    /// CompleteValue for a value whose whole subtree is read from parents alone (<see cref="SelectionPlan.IsJsonWritable"/>):
    /// written straight into <see cref="JsonBuffer"/> with no result map, array or boxed scalar on the way, and returned as
    /// one <see cref="JsonFragment"/>. Returns null when the subtree does not complete cleanly (a reader throws, null for
    /// non-null, a value that does not serialize, the request stops, the response limit): what was written is discarded and
    /// the general path reads and completes the value again, reporting any error at its exact position. Readers only read
    /// (<see cref="SchemaBuilder.BindReader{TParent}(string, Func{TParent, object?})"/>), so reading a value twice is safe.
    /// </summary>
    private object? TryCompleteAsJson(IType type, PlannedField field, object value)
    {
        ResponseBuffer buffer = JsonBuffer ?? Interlocked.CompareExchange(ref _jsonBuffer, new ResponseBuffer(), null) ?? _jsonBuffer!;
        int available = _maxResultValues == int.MaxValue ? int.MaxValue : _maxResultValues - Volatile.Read(ref _resultValues);
        int budget = available;
        lock (buffer.Gate)
        {
            Utf8JsonWriter writer = buffer.StartFragment(out int start);
            if (!TryWriteValue(writer, type, field, value, ref budget))
            {
                buffer.DiscardFragment(start);
                return null;
            }

            JsonFragment fragment = buffer.EndFragment(start);
            if (available != int.MaxValue && Interlocked.Add(ref _resultValues, available - budget) > _maxResultValues)
            {
                // Other fields took the rest of the room while this one was written.
                _resultLimitExceeded = true;
                return Stopped;
            }

            return fragment;
        }
    }

    private bool TryWriteValue(Utf8JsonWriter writer, IType type, PlannedField field, object? value, ref int budget)
    {
        bool nonNull = type is NonNullType;
        if (type is NonNullType wrapped)
        {
            type = wrapped.OfType;
        }

        if (value is null or DBNull)
        {
            writer.WriteNullValue();
            return !nonNull;
        }

        switch (type)
        {
            case ObjectType objectType:
                return TryWriteObject(writer, field.GetSubPlan(objectType), value, ref budget);
            case ListType list:
                return TryWriteList(writer, list.OfType, field, value, ref budget);
            default:
                object? serialized;
                try
                {
                    serialized = Serialize((NamedType)type, value);
                }
                catch (Exception)
                {
                    return false;
                }

                ExecutionResultWriter.WriteValue(writer, serialized);
                return serialized is not null || !nonNull;
        }
    }

    private bool TryWriteObject(Utf8JsonWriter writer, SelectionPlan plan, object parent, ref int budget)
    {
        PlannedField[] fields = plan.Fields;
        JsonEncodedText[] names = plan.EncodedResponseNames;
        writer.WriteStartObject();
        for (int i = 0; i < fields.Length; i++)
        {
            if (IsStopped || --budget < 0)
            {
                return false;
            }

            PlannedField field = fields[i];
            if (field.ValueReader is { } typed)
            {
                writer.WritePropertyName(names[i]);
                try
                {
                    if (!typed.TryWrite(parent, (ScalarType)field.LeafType!, writer))
                    {
                        return false;
                    }
                }
                catch (Exception)
                {
                    return false;
                }

                continue;
            }

            object? value;
            try
            {
                value = field.Reader!(parent);
            }
            catch (Exception)
            {
                return false;
            }

            writer.WritePropertyName(names[i]);
            if (!TryWriteValue(writer, field.Definition.Type, field, value, ref budget))
            {
                return false;
            }
        }

        writer.WriteEndObject();
        return true;
    }

    private bool TryWriteList(Utf8JsonWriter writer, IType itemType, PlannedField field, object value, ref int budget)
    {
        if (value is not IEnumerable items || value is string || value is IDictionary || value is IReadOnlyDictionary<string, object?>)
        {
            return false;
        }

        writer.WriteStartArray();
        if (value is IList indexed)
        {
            for (int index = 0; index < indexed.Count; index++)
            {
                if (IsStopped || --budget < 0 || !TryWriteValue(writer, itemType, field, indexed[index], ref budget))
                {
                    return false;
                }
            }
        }
        else
        {
            foreach (object? item in items)
            {
                if (IsStopped || --budget < 0 || !TryWriteValue(writer, itemType, field, item, ref budget))
                {
                    return false;
                }
            }
        }

        writer.WriteEndArray();
        return true;
    }
}
