using NmnGraph.Codegen.Analysis;

namespace NmnGraph.Codegen.Emit;

/// <summary>
/// Writes a record per input object: required fields are <c>required</c> init properties, the others
/// <c>Optional&lt;T&gt;</c> and written only when given.
/// </summary>
internal static class InputEmitter
{
    public static void Emit(CodeWriter writer, InputModel model)
    {
        Syntax.Summary(writer, model.Description + (model.IsOneOf ? (model.Description is null ? "" : "\n") + "Set exactly one field (@oneOf)." : ""));
        writer.Block($"public sealed record {model.Name}", w =>
        {
            foreach (VariableModel field in model.Fields)
            {
                Syntax.Summary(w, field.Description);
                string required = field.IsOptional ? "" : "required ";
                w.Line($"public {required}{Writers.TypeOf(field)} {field.PropertyName} {{ get; init; }}");
                w.Line();
            }

            w.Line("/// <summary>Writes the input object as one JSON object.</summary>");
            w.Block("public void WriteTo(Utf8JsonWriter writer)", body =>
            {
                body.Line("ArgumentNullException.ThrowIfNull(writer);");
                body.Line("writer.WriteStartObject();");
                Writers.Properties(body, model.Fields);
                body.Line("writer.WriteEndObject();");
            });
        });
    }
}
