using NmnGraph.GraphQL.Types;

namespace NmnGraph.Codegen.Analysis;

/// <summary>Maps GraphQL types to <see cref="TypeRef"/>s and remembers the enums and input objects the client uses.</summary>
internal sealed class TypeMapper
{
    public SortedSet<string> Enums { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> Inputs { get; } = new(StringComparer.Ordinal);

    /// <summary>An output type; <paramref name="shapeName"/> names the C# type of an object, interface or union.</summary>
    public TypeRef Output(IType type, string? shapeName) => Map(type, nullable: true, shapeName);

    public TypeRef Input(IType type) => Map(type, nullable: true, shapeName: null);

    private TypeRef Map(IType type, bool nullable, string? shapeName)
    {
        switch (type)
        {
            case NonNullType nonNull:
                return Map(nonNull.OfType, nullable: false, shapeName);
            case ListType list:
                return TypeRef.ListOf(Map(list.OfType, nullable: true, shapeName), nullable);
            case ScalarType scalar:
                return TypeRef.ForScalar(ScalarMapping.For(scalar.Name), nullable);
            case EnumType enumType:
                Enums.Add(enumType.Name);
                return new TypeRef(TypeRefKind.Enum, nullable, enumType.Name);
            case InputObjectType input:
                if (Inputs.Add(input.Name))
                {
                    foreach (InputValue field in input.Fields)
                    {
                        Map(field.Type, nullable: true, shapeName: null);
                    }
                }

                return new TypeRef(TypeRefKind.Input, nullable, input.Name);
            default:
                return new TypeRef(TypeRefKind.Object, nullable, shapeName ?? throw new InvalidOperationException($"No shape for {type}."));
        }
    }
}
