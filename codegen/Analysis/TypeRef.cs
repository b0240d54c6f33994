namespace NmnGraph.Codegen.Analysis;

public enum TypeRefKind
{
    Scalar,
    Enum,
    Object,
    Input,
    List,
}

/// <summary>A C# type of a field, variable or list item, with what it takes to read or write it.</summary>
public sealed record TypeRef(TypeRefKind Kind, bool IsNullable, string Name, TypeRef? Item = null, ScalarMapping? Scalar = null)
{
    public static TypeRef ForScalar(ScalarMapping scalar, bool nullable) => new(TypeRefKind.Scalar, nullable, scalar.ClientType, Scalar: scalar);

    public static TypeRef ListOf(TypeRef item, bool nullable) => new(TypeRefKind.List, nullable, "IReadOnlyList", item);

    /// <summary>Whether the C# type is a value type (so <c>T?</c> is <c>Nullable&lt;T&gt;</c>).</summary>
    public bool IsValueType => Kind == TypeRefKind.Enum || (Kind == TypeRefKind.Scalar && Scalar!.IsValueType);

    public TypeRef WithNullable(bool nullable) => this with { IsNullable = nullable };

    /// <summary>The C# spelling: <c>IReadOnlyList&lt;GetArticle_Article_Claims&gt;?</c>.</summary>
    public string CSharp
    {
        get
        {
            string core = Kind == TypeRefKind.List ? $"IReadOnlyList<{Item!.CSharp}>" : Name;
            bool canBeNull = !(Kind == TypeRefKind.Scalar && Scalar!.Reader == ScalarReader.Element);
            return IsNullable && canBeNull ? core + "?" : core;
        }
    }

    /// <summary>The same type with every shape name rewritten (record to interface when bridging).</summary>
    public TypeRef MapNames(Func<string, string> map) => Kind switch
    {
        TypeRefKind.Object => this with { Name = map(Name) },
        TypeRefKind.List => this with { Item = Item!.MapNames(map) },
        _ => this,
    };
}
