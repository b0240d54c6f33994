using System.Text.Json;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// The typed form of a reader whose value is an <c>int</c>, <c>long</c>, <c>double</c> or <c>bool</c>
/// (<see cref="SchemaBuilder.BindReader{TParent}(string, Func{TParent, int})"/> and its siblings): when the result is
/// written as JSON, the value goes from the parent to the writer without being boxed.
/// </summary>
internal abstract class ValueReader
{
    /// <summary>True when <paramref name="leaf"/> serializes this reader's values as they are, so <see cref="TryWrite"/> may be used.</summary>
    public abstract bool Writes(ScalarType leaf);

    /// <summary>Writes the parent's value as <paramref name="leaf"/> would; false when it would reject it (an infinite Float, an Int out of range).</summary>
    public abstract bool TryWrite(object? parent, ScalarType leaf, Utf8JsonWriter writer);
}

/// <inheritdoc cref="ValueReader"/>
internal sealed class ValueReader<TParent, TValue>(Func<TParent, TValue> read) : ValueReader
    where TValue : struct
{
    public override bool Writes(ScalarType leaf)
    {
        // Int and Float answer an int as it is, Int a long in its range, Float a long or double as a double, Boolean a bool.
        return typeof(TValue) == typeof(int) || typeof(TValue) == typeof(long) ? ReferenceEquals(leaf, ScalarType.Int) || ReferenceEquals(leaf, ScalarType.Float)
            : typeof(TValue) == typeof(double) ? ReferenceEquals(leaf, ScalarType.Float)
            : typeof(TValue) == typeof(bool) && ReferenceEquals(leaf, ScalarType.Boolean);
    }

    public override bool TryWrite(object? parent, ScalarType leaf, Utf8JsonWriter writer)
    {
        // (T)(object)value of a value type compiles to no box in each instantiation.
        TValue value = read((TParent)parent!);
        if (typeof(TValue) == typeof(int))
        {
            writer.WriteNumberValue((int)(object)value);
            return true;
        }

        if (typeof(TValue) == typeof(bool))
        {
            writer.WriteBooleanValue((bool)(object)value);
            return true;
        }

        if (typeof(TValue) == typeof(long) && ReferenceEquals(leaf, ScalarType.Int))
        {
            long whole = (long)(object)value;
            if (whole is < int.MinValue or > int.MaxValue)
            {
                return false;
            }

            writer.WriteNumberValue(whole);
            return true;
        }

        // A Float: a long or a double.
        double number = typeof(TValue) == typeof(long) ? (long)(object)value : (double)(object)value;
        if (!double.IsFinite(number))
        {
            return false;
        }

        ExecutionResultWriter.WriteNumber(writer, number);
        return true;
    }
}
