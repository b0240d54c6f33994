using NmnGraph.Codegen.Analysis;

namespace NmnGraph.Codegen.Emit;

/// <summary>Statements that write variables and input objects with <c>Utf8JsonWriter</c> (no reflection).</summary>
internal static class Writers
{
    /// <summary>Writes <c>"name": value</c> for each variable or input field; optional ones only when given.</summary>
    public static void Properties(CodeWriter writer, IEnumerable<VariableModel> fields)
    {
        foreach (VariableModel field in fields)
        {
            if (field.IsOptional)
            {
                writer.Block($"if ({field.PropertyName}.HasValue)", w =>
                {
                    w.Line($"writer.WritePropertyName({Syntax.Literal(field.GraphQLName)});");
                    Value(w, field.Type, field.PropertyName + ".Value", 0);
                });
            }
            else
            {
                writer.Line($"writer.WritePropertyName({Syntax.Literal(field.GraphQLName)});");
                Value(writer, field.Type, field.PropertyName, 0);
            }
        }
    }

    private static void Value(CodeWriter writer, TypeRef type, string expression, int depth)
    {
        bool isElement = type.Kind == TypeRefKind.Scalar && type.Scalar!.Reader == ScalarReader.Element;
        if (type.IsNullable && !isElement)
        {
            string variable = "value" + depth;
            writer.Block($"if ({expression} is {{ }} {variable})", w => NonNull(w, type, variable, depth + 1));
            writer.Block("else", w => w.Line("writer.WriteNullValue();"));
            return;
        }

        NonNull(writer, type, expression, depth);
    }

    private static void NonNull(CodeWriter writer, TypeRef type, string value, int depth)
    {
        switch (type.Kind)
        {
            case TypeRefKind.Scalar:
                writer.Line(type.Scalar!.Reader switch
                {
                    ScalarReader.Serializer => $"{type.Scalar.ReaderName}.Write(writer, {value});",
                    ScalarReader.Element => $"{value}.WriteTo(writer);",
                    _ => type.Scalar.GraphQLName switch
                    {
                        "Int" or "Float" => $"writer.WriteNumberValue({value});",
                        "Boolean" => $"writer.WriteBooleanValue({value});",
                        "ID" => $"BuiltInScalars.Id.Write(writer, {value});",
                        _ => $"writer.WriteStringValue({value});",
                    },
                });
                break;
            case TypeRefKind.Enum:
                writer.Line($"writer.WriteStringValue({type.Name}Values.Format({value}));");
                break;
            case TypeRefKind.Input:
                writer.Line($"{value}.WriteTo(writer);");
                break;
            case TypeRefKind.List:
                string item = "item" + depth;
                writer.Line("writer.WriteStartArray();");
                writer.Block($"foreach ({type.Item!.CSharp} {item} in {value})", w => Value(w, type.Item, item, depth + 1));
                writer.Line("writer.WriteEndArray();");
                break;
            default:
                throw new InvalidOperationException($"Output type {type.Name} in variables.");
        }
    }

    /// <summary>The C# type of a variable or input field: <c>Optional&lt;T&gt;</c> when it may be omitted.</summary>
    public static string TypeOf(VariableModel field) =>
        field.IsOptional ? $"Optional<{field.Type.CSharp}>" : field.Type.CSharp;
}
