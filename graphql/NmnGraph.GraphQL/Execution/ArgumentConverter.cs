using System.Collections;
using System.Globalization;
using System.Text.Json;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Execution;

/// <summary>Converts coerced input values (int, double, string, bool, lists, maps) to the CLR type a resolver asks for.</summary>
public static class ArgumentConverter
{
    private static readonly JsonSerializerOptions s_jsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static T Convert<T>(object? value) => (T)Convert(value, typeof(T))!;

    public static object? Convert(object? value, Type target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (value is null)
        {
            if (target.IsValueType && Nullable.GetUnderlyingType(target) is null)
            {
                throw new InvalidCastException($"Cannot convert null to {target.Name}.");
            }

            return null;
        }

        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        Type underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsEnum)
        {
            if (value is string name)
            {
                foreach (string member in Enum.GetNames(underlying))
                {
                    if (string.Equals(member, name, StringComparison.Ordinal) || string.Equals(EnumType.ToConstantCase(member), name, StringComparison.Ordinal))
                    {
                        return Enum.Parse(underlying, member);
                    }
                }
            }

            return Enum.ToObject(underlying, value);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(underlying) && underlying != typeof(string) || (underlying == typeof(string) && value is IConvertible and not IDictionary))
        {
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }

        if (value is IEnumerable items and not string and not IReadOnlyDictionary<string, object?> && TryGetElementType(underlying) is { } elementType)
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
            foreach (object? item in items)
            {
                list.Add(Convert(item, elementType));
            }

            if (underlying.IsArray)
            {
                Array array = Array.CreateInstance(elementType, list.Count);
                list.CopyTo(array, 0);
                return array;
            }

            return list;
        }

        // Input objects become records or classes through System.Text.Json, matching properties case-insensitively.
        string json = JsonSerializer.Serialize(value);
        return JsonSerializer.Deserialize(json, underlying, s_jsonOptions);
    }

    private static Type? TryGetElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType)
        {
            Type definition = type.GetGenericTypeDefinition();
            if (definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>)
                || definition == typeof(IEnumerable<>) || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
