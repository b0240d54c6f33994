using NmnGraph.Codegen.Analysis;

namespace NmnGraph.Codegen.Emit;

/// <summary>
/// Turns a <see cref="ClientModel"/> into files: one per operation, <c>Fragments.g.cs</c>, <c>Inputs.g.cs</c>,
/// <c>Enums.g.cs</c> and the client. Sorted and with <c>\n</c> line endings, so the output is deterministic.
/// </summary>
public static class CodeEmitter
{
    public static IReadOnlyList<GeneratedFile> Emit(ClientModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var files = new List<GeneratedFile>();
        foreach (OperationModel operation in model.Operations)
        {
            files.Add(File(operation.Name + ".g.cs", model.Namespace, Syntax.UsesDeprecated(operation.Shapes), w => OperationEmitter.Emit(w, operation)));
        }

        if (model.FragmentInterfaces.Count > 0)
        {
            files.Add(File("Fragments.g.cs", model.Namespace, Syntax.UsesDeprecated(model.FragmentInterfaces), w =>
                Separated(w, model.FragmentInterfaces.OrderBy(s => s.Name, StringComparer.Ordinal).ToList(), ShapeEmitter.Emit)));
        }

        if (model.Inputs.Count > 0)
        {
            files.Add(File("Inputs.g.cs", model.Namespace, false, w => Separated(w, model.Inputs, InputEmitter.Emit)));
        }

        if (model.Enums.Count > 0)
        {
            bool deprecated = model.Enums.Any(e => e.Values.Any(v => v.DeprecationReason is not null));
            files.Add(File("Enums.g.cs", model.Namespace, deprecated, w => Separated(w, model.Enums, EnumEmitter.Emit)));
        }

        if (model.Operations.Count > 0)
        {
            files.Add(File(model.ClientName + ".g.cs", model.Namespace, false, w => ClientEmitter.Emit(w, model), "Microsoft.Extensions.DependencyInjection"));
        }

        return files.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
    }

    private static void Separated<T>(CodeWriter writer, IReadOnlyList<T> items, Action<CodeWriter, T> emit)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                writer.Line();
            }

            emit(writer, items[i]);
        }
    }

    private static GeneratedFile File(string name, string @namespace, bool usesDeprecated, Action<CodeWriter> body, params string[] usings)
    {
        var writer = new CodeWriter();
        Syntax.FileHeader(writer, @namespace, usesDeprecated, usings);
        writer.Line();
        body(writer);
        return new GeneratedFile(name, writer.ToString());
    }
}
