using NmnGraph.Codegen.Analysis;

namespace NmnGraph.Codegen.Emit;

/// <summary>Writes a C# enum per GraphQL enum, with <c>Parse</c>/<c>Format</c> switches (no reflection).</summary>
internal static class EnumEmitter
{
    public static void Emit(CodeWriter writer, EnumModel model)
    {
        Syntax.Summary(writer, model.Description);
        writer.Block($"public enum {model.Name}", w =>
        {
            foreach (EnumValueModel value in model.Values)
            {
                Syntax.Summary(w, value.Description);
                Syntax.Obsolete(w, value.DeprecationReason);
                w.Line($"{value.MemberName},");
                w.Line();
            }

            Syntax.Summary(w, "A value this client does not know (added to the schema after the client was generated).");
            w.Line($"{model.UnknownMember},");
        });
        writer.Line();
        writer.Line($"/// <summary>Converts <see cref=\"{model.Name}\"/> values to and from their GraphQL names.</summary>");
        writer.Block($"public static class {model.Name}Values", w =>
        {
            w.Line($"/// <summary>The value named <paramref name=\"name\"/>; names this client does not know give <see cref=\"{model.Name}.{model.UnknownMember}\"/>.</summary>");
            w.Line($"public static {model.Name}? Parse(string name) => name switch");
            w.Block("", body =>
            {
                foreach (EnumValueModel value in model.Values)
                {
                    body.Line($"{Syntax.Literal(value.GraphQLName)} => {model.Name}.{value.MemberName},");
                }

                body.Line($"_ => {model.Name}.{model.UnknownMember},");
            }, "};");
            w.Line();
            w.Line("/// <summary>The GraphQL name of <paramref name=\"value\"/>.</summary>");
            w.Line($"public static string Format({model.Name} value) => value switch");
            w.Block("", body =>
            {
                foreach (EnumValueModel value in model.Values)
                {
                    body.Line($"{model.Name}.{value.MemberName} => {Syntax.Literal(value.GraphQLName)},");
                }

                body.Line("_ => throw new ArgumentOutOfRangeException(nameof(value), value, \"The value has no GraphQL name.\"),");
            }, "};");
        });
    }
}
