using NmnGraph.Codegen.Analysis;

namespace NmnGraph.Codegen.Emit;

/// <summary>
/// Writes result shapes: immutable records with a static <c>Parse(JsonElement)</c>, fragment interfaces, and the
/// interfaces of abstract selections whose <c>Parse</c> switches on <c>__typename</c>.
/// </summary>
internal static class ShapeEmitter
{
    public static void Emit(CodeWriter writer, ShapeModel shape)
    {
        if (shape.IsInterface)
        {
            EmitInterface(writer, shape);
        }
        else
        {
            EmitRecord(writer, shape);
        }
    }

    private static void EmitRecord(CodeWriter writer, ShapeModel shape)
    {
        Syntax.Summary(writer, shape.Description);
        foreach (ShapeField field in shape.Fields.Where(f => f.Description is not null))
        {
            writer.Line($"/// <param name=\"{field.PropertyName}\">{Syntax.Xml(field.Description!.Replace('\n', ' '))}</param>");
        }

        var parameters = new List<string>();
        if (!shape.IsRoot)
        {
            parameters.Add("string TypeName");
        }

        parameters.AddRange(shape.Fields.Select(f => $"{Syntax.ObsoleteAttribute(f.DeprecationReason, "property: ")}{f.Type.CSharp} {f.PropertyName}"));
        string bases = shape.Implements.Count == 0 ? "" : " : " + string.Join(", ", shape.Implements.Select(i => i.Name));
        writer.Line($"public sealed record {shape.Name}(");
        writer.Indented(w =>
        {
            for (int i = 0; i < parameters.Count; i++)
            {
                w.Line(parameters[i] + (i == parameters.Count - 1 ? ")" + bases : ","));
            }
        });
        writer.Block("", w =>
        {
            w.Line($"public static {shape.Name} Parse(JsonElement obj) => new(");
            var readers = new List<string>();
            if (!shape.IsRoot)
            {
                readers.Add("obj.GetTypeName()");
            }

            readers.AddRange(shape.Fields.Select(f => Readers.Field(f.Type, f.ResponseName)));
            w.Indented(args =>
            {
                for (int i = 0; i < readers.Count; i++)
                {
                    args.Line(readers[i] + (i == readers.Count - 1 ? ");" : ","));
                }
            });
            foreach (string bridge in Bridges(shape))
            {
                w.Line();
                w.Line(bridge);
            }
        });
    }

    /// <summary>
    /// Explicit implementations of interface members whose type differs from the record's property (the record's nested
    /// record where the interface has the nested interface, a nullable where the record's value is never null).
    /// </summary>
    private static List<string> Bridges(ShapeModel shape)
    {
        var bridges = new List<string>();
        foreach (ShapeModel shapeInterface in shape.InterfaceClosure())
        {
            foreach (ShapeField member in DeclaredFields(shapeInterface))
            {
                ShapeField own = shape.FindField(member.ResponseName)
                    ?? throw new InvalidOperationException($"{shape.Name} lacks {member.ResponseName} of {shapeInterface.Name}.");
                if (!string.Equals(own.Type.CSharp, member.Type.CSharp, StringComparison.Ordinal))
                {
                    bridges.Add($"{member.Type.CSharp} {shapeInterface.Name}.{member.PropertyName} => {own.PropertyName};");
                }
            }
        }

        return bridges;
    }

    /// <summary>The members an interface declares itself: those its bases lack or declare with another type.</summary>
    private static IEnumerable<ShapeField> DeclaredFields(ShapeModel shapeInterface) =>
        shapeInterface.Fields.Where(f => Inherited(shapeInterface, f) is not { Count: > 0 } inherited
            || inherited.Any(b => !string.Equals(b.Type.CSharp, f.Type.CSharp, StringComparison.Ordinal)));

    private static List<ShapeField> Inherited(ShapeModel shapeInterface, ShapeField field) =>
        shapeInterface.InterfaceClosure().Select(b => b.FindField(field.ResponseName)).OfType<ShapeField>().ToList();

    private static void EmitInterface(CodeWriter writer, ShapeModel shape)
    {
        Syntax.Summary(writer, shape.Description);
        string bases = shape.Implements.Count == 0 ? "" : " : " + string.Join(", ", shape.Implements.Select(i => i.Name));
        writer.Block($"public interface {shape.Name}{bases}", w =>
        {
            bool first = true;
            if (shape.Implements.Count == 0)
            {
                w.Line("/// <summary>The GraphQL type of the object (<c>__typename</c>).</summary>");
                w.Line("string TypeName { get; }");
                first = false;
            }

            foreach (ShapeField field in DeclaredFields(shape))
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                Syntax.Summary(w, field.Description);
                Syntax.Obsolete(w, field.DeprecationReason);
                string hides = Inherited(shape, field).Count > 0 ? "new " : "";
                w.Line($"{hides}{field.Type.CSharp} {field.PropertyName} {{ get; }}");
            }

            if (shape.Kind == ShapeKind.Dispatch)
            {
                if (!first)
                {
                    w.Line();
                }

                w.Line("/// <summary>Parses the object as the record of its <c>__typename</c>.</summary>");
                if (shape.Concretes.Count == 0)
                {
                    w.Line($"public static {shape.Name} Parse(JsonElement obj) => {shape.Fallback!.Name}.Parse(obj);");
                    return;
                }

                w.Line($"public static {shape.Name} Parse(JsonElement obj) => obj.GetTypeName() switch");
                w.Block("", arms =>
                {
                    foreach (KeyValuePair<string, ShapeModel> concrete in shape.Concretes)
                    {
                        arms.Line($"{Syntax.Literal(concrete.Key)} => {concrete.Value.Name}.Parse(obj),");
                    }

                    arms.Line($"_ => {shape.Fallback!.Name}.Parse(obj),");
                }, "};");
            }
        });
    }
}
