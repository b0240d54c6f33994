using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// The resolver of fields without a binding (spec #sec-Value-Resolution, graphql-js <c>defaultFieldResolver</c>):
/// reads a dictionary key, a <see cref="JsonElement"/> property, or a public property or field of the parent
/// (exact name first, then ignoring case). Property getters are compiled once per (CLR type, field name).
/// </summary>
public sealed class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> s_getters = new();
    private static readonly ConcurrentDictionary<string, DefaultFieldResolver> s_byName = new(StringComparer.Ordinal);

    private readonly string _fieldName;
    private CachedGetter? _last;

    private DefaultFieldResolver(string fieldName)
    {
        _fieldName = fieldName;
        Resolver = Resolve;
        Reader = Read;
    }

    /// <summary>The delegate to use as a field's resolver.</summary>
    public FieldResolver Resolver { get; }

    /// <summary>The same resolution as <see cref="Resolver"/>, from the parent alone.</summary>
    public FieldReader Reader { get; }

    /// <summary>The default resolver for fields named <paramref name="fieldName"/> (one shared instance per name).</summary>
    public static FieldResolver For(string fieldName) => Shared(fieldName).Resolver;

    /// <summary>The default resolution of fields named <paramref name="fieldName"/> as a <see cref="FieldReader"/>.</summary>
    public static FieldReader ReaderFor(string fieldName) => Shared(fieldName).Reader;

    private static DefaultFieldResolver Shared(string fieldName) => s_byName.GetOrAdd(fieldName, static name => new DefaultFieldResolver(name));

    /// <summary>Reads <paramref name="fieldName"/> from a parent value without a context.</summary>
    public static object? ReadMember(object? parent, string fieldName)
    {
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(fieldName, out object? value) ? value : null;
            case IDictionary<string, object?> map:
                return map.TryGetValue(fieldName, out object? entry) ? entry : null;
            case JsonElement element:
                return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(fieldName, out JsonElement property)
                    ? JsonValues.FromElementShallow(property)
                    : null;
            default:
                Func<object, object?>? getter = s_getters.GetOrAdd((parent.GetType(), fieldName), static key => CompileGetter(key.Item1, key.Item2));
                return getter?.Invoke(parent);
        }
    }

    /// <summary>The public instance property or field a field name maps to, or null.</summary>
    public static MemberInfo? FindMember(Type type, string fieldName)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        MemberInfo? exact = (MemberInfo?)type.GetProperty(fieldName, flags) ?? type.GetField(fieldName, flags);
        if (exact is PropertyInfo { CanRead: true, GetMethod.IsPublic: true } or FieldInfo)
        {
            return exact;
        }

        foreach (PropertyInfo property in type.GetProperties(flags))
        {
            if (property.GetIndexParameters().Length == 0 && property.CanRead && property.GetMethod!.IsPublic
                && string.Equals(property.Name, fieldName, StringComparison.OrdinalIgnoreCase))
            {
                return property;
            }
        }

        foreach (FieldInfo field in type.GetFields(flags))
        {
            if (string.Equals(field.Name, fieldName, StringComparison.OrdinalIgnoreCase))
            {
                return field;
            }
        }

        return null;
    }

    private ValueTask<object?> Resolve(IResolverContext context) => new(Read(context.Parent));

    private object? Read(object? parent)
    {
        if (parent is null)
        {
            return null;
        }

        Type type = parent.GetType();
        CachedGetter? last = Volatile.Read(ref _last);
        if (last is not null && last.Type == type)
        {
            return last.Getter?.Invoke(parent);
        }

        if (parent is IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or JsonElement)
        {
            return ReadMember(parent, _fieldName);
        }

        Func<object, object?>? getter = s_getters.GetOrAdd((type, _fieldName), static key => CompileGetter(key.Item1, key.Item2));
        Volatile.Write(ref _last, new CachedGetter(type, getter));
        return getter?.Invoke(parent);
    }

    private static Func<object, object?>? CompileGetter(Type type, string fieldName)
    {
        MemberInfo? member = FindMember(type, fieldName);
        if (member is null)
        {
            return null;
        }

        ParameterExpression instance = Expression.Parameter(typeof(object), "instance");
        Expression typed = type.IsValueType ? Expression.Unbox(instance, type) : Expression.Convert(instance, type);
        Expression access = member is PropertyInfo property ? Expression.Property(typed, property) : Expression.Field(typed, (FieldInfo)member);
        Expression boxed = Expression.Convert(access, typeof(object));
        return Expression.Lambda<Func<object, object?>>(boxed, instance).Compile();
    }

    /// <summary>The getter for the CLR type this field saw last: parents of one field are nearly always one type.</summary>
    private sealed class CachedGetter(Type type, Func<object, object?>? getter)
    {
        public Type Type { get; } = type;

        public Func<object, object?>? Getter { get; } = getter;
    }
}
