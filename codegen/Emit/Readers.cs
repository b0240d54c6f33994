using NmnGraph.Codegen.Analysis;

namespace NmnGraph.Codegen.Emit;

/// <summary>The runtime's <c>JsonElementExtensions</c> reader calls for a <see cref="TypeRef"/>.</summary>
internal static class Readers
{
    /// <summary><c>obj.GetRequiredString("title")</c>: reads field <paramref name="field"/> of the object <c>obj</c>.</summary>
    public static string Field(TypeRef type, string field)
    {
        string name = Syntax.Literal(field);
        string presence = type.IsNullable ? "Optional" : "Required";
        return type.Kind switch
        {
            TypeRefKind.Scalar => type.Scalar!.Reader switch
            {
                ScalarReader.Dedicated => $"obj.Get{presence}{type.Scalar.ReaderName}({name})",
                ScalarReader.Serializer when !type.IsNullable => $"obj.GetRequiredScalar({name}, {type.Scalar.ReaderName})",
                ScalarReader.Serializer when type.Scalar.IsValueType => $"obj.GetOptionalScalar({name}, {type.Scalar.ReaderName})",
                ScalarReader.Serializer => $"obj.GetOptionalScalarReference({name}, {type.Scalar.ReaderName})",
                _ => $"obj.GetRequiredElement({name}).Clone()",
            },
            TypeRefKind.Enum => $"obj.Get{presence}Enum({name}, {type.Name}Values.Parse)",
            TypeRefKind.Object => $"obj.Get{presence}Object({name}, {type.Name}.Parse)",
            TypeRefKind.List => $"obj.Get{presence}List({name}, static item => {Item(type.Item!, "item", 1)})",
            _ => throw new InvalidOperationException($"Input type {type.Name} in a result."),
        };
    }

    /// <summary><c>item.ToRequiredString()</c>: reads the value <paramref name="variable"/> itself (a list item).</summary>
    private static string Item(TypeRef type, string variable, int depth)
    {
        string presence = type.IsNullable ? "Optional" : "Required";
        return type.Kind switch
        {
            TypeRefKind.Scalar => type.Scalar!.Reader switch
            {
                ScalarReader.Dedicated => $"{variable}.To{presence}{type.Scalar.ReaderName}()",
                ScalarReader.Serializer when !type.IsNullable => $"{variable}.ToRequiredScalar({type.Scalar.ReaderName})",
                ScalarReader.Serializer when type.Scalar.IsValueType => $"{variable}.ToOptionalScalar({type.Scalar.ReaderName})",
                ScalarReader.Serializer => $"{variable}.ToOptionalScalarReference({type.Scalar.ReaderName})",
                _ => $"{variable}.Clone()",
            },
            TypeRefKind.Enum => $"{variable}.To{presence}Enum({type.Name}Values.Parse)",
            TypeRefKind.Object => $"{variable}.To{presence}Object({type.Name}.Parse)",
            TypeRefKind.List => $"{variable}.To{presence}List(static item{depth} => {Item(type.Item!, "item" + depth, depth + 1)})",
            _ => throw new InvalidOperationException($"Input type {type.Name} in a result."),
        };
    }
}
