using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

/// <summary>An enum type (spec #sec-Enums). Values keep definition order.</summary>
public sealed class EnumType : NamedType
{
    private Dictionary<object, EnumValue>? _byRuntimeValue;

    public EnumType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Enum;

    public FieldCollection<EnumValue> Values { get; } = new();

    public EnumValue? GetValue(string name) => Values.Find(name);

    /// <summary>Input coercion of an enum literal to the value's runtime value.</summary>
    public object ParseLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is not EnumValueNode enumLiteral)
        {
            throw new GraphQLException(ErrorMessages.EnumNonEnumLiteral(Name, ValueFormatter.Print(literal)) + DidYouMean(ValueFormatter.Print(literal)));
        }

        return Values.TryGetValue(enumLiteral.Value, out EnumValue? value)
            ? value.Value
            : throw new GraphQLException(ErrorMessages.EnumValueDoesNotExist(Name, enumLiteral.Value) + DidYouMean(enumLiteral.Value));
    }

    /// <summary>Input coercion of a variable value (the value's name as a string).</summary>
    public object ParseValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is not string name)
        {
            throw new GraphQLException(ErrorMessages.EnumNonStringValue(Name, ValueFormatter.Inspect(value)) + DidYouMean(ValueFormatter.Inspect(value)));
        }

        return Values.TryGetValue(name, out EnumValue? enumValue)
            ? enumValue.Value
            : throw new GraphQLException(ErrorMessages.EnumValueDoesNotExist(Name, name) + DidYouMean(name));
    }

    /// <summary>
    /// Result coercion to the value's name. Accepts a value's runtime value, its name, or a CLR enum member whose
    /// name matches in PascalCase (<c>PartiallySupports</c> → <c>PARTIALLY_SUPPORTS</c>).
    /// </summary>
    public string Serialize(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return FindByRuntimeValue(value)?.Name
            ?? throw new GraphQLException(ErrorMessages.EnumCannotRepresent(Name, ValueFormatter.Inspect(value)));
    }

    /// <summary>graphql-js <c>didYouMeanEnumValue</c>: " Did you mean the enum value "X"?" or nothing.</summary>
    private string DidYouMean(string input)
    {
        var names = new List<string>(Values.Count);
        foreach (EnumValue value in Values)
        {
            names.Add(value.Name);
        }

        return Validation.Suggestions.DidYouMean("the enum value", Validation.Suggestions.List(input, names));
    }

    private EnumValue? FindByRuntimeValue(object value)
    {
        Dictionary<object, EnumValue> map = _byRuntimeValue ??= BuildRuntimeMap();
        if (map.TryGetValue(value, out EnumValue? found))
        {
            return found;
        }

        if (value is string name)
        {
            return Values.Find(name);
        }

        if (value is Enum clrEnum)
        {
            EnumValue? match = Values.Find(ToConstantCase(clrEnum.ToString())) ?? Values.Find(clrEnum.ToString());
            if (match is not null)
            {
                lock (map)
                {
                    // Copy on write so readers never see a dictionary being resized.
                    var copy = new Dictionary<object, EnumValue>(map) { [value] = match };
                    _byRuntimeValue = copy;
                }
            }

            return match;
        }

        return null;
    }

    private Dictionary<object, EnumValue> BuildRuntimeMap()
    {
        var map = new Dictionary<object, EnumValue>();
        foreach (EnumValue value in Values)
        {
            map.TryAdd(value.Value, value);
        }

        return map;
    }

    internal bool AddValue(EnumValue value)
    {
        _byRuntimeValue = null;
        return Values.TryAdd(value);
    }

    internal static string ToConstantCase(string pascal)
    {
        var builder = new System.Text.StringBuilder(pascal.Length + 8);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(pascal[i - 1]) || (i + 1 < pascal.Length && char.IsLower(pascal[i + 1]) && char.IsUpper(pascal[i - 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
