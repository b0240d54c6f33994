using NmnGraph.Codegen.Analysis;

namespace NmnGraph.Codegen.Emit;

/// <summary>Writes the client facade (one property per operation) and its <c>IServiceCollection</c> registration.</summary>
internal static class ClientEmitter
{
    public static void Emit(CodeWriter writer, ClientModel model)
    {
        string prefix = model.ClientName.EndsWith("Client", StringComparison.Ordinal) ? model.ClientName[..^"Client".Length] : model.ClientName;
        IReadOnlyList<OperationModel> operations = model.Operations;
        writer.Line("/// <summary>The typed client: one property per operation in the operation files.</summary>");
        writer.Line($"public sealed class {model.ClientName}(");
        writer.Indented(w =>
        {
            for (int i = 0; i < operations.Count; i++)
            {
                w.Line($"{operations[i].ClassName} {Names.Camel(operations[i].Name)}{(i == operations.Count - 1 ? ")" : ",")}");
            }
        });
        writer.Block("", w =>
        {
            for (int i = 0; i < operations.Count; i++)
            {
                if (i > 0)
                {
                    w.Line();
                }

                w.Line($"public {operations[i].ClassName} {operations[i].Name} {{ get; }} = {Names.Camel(operations[i].Name)};");
            }
        });
        writer.Line();
        writer.Line($"/// <summary>Registers <see cref=\"{model.ClientName}\"/>, its operations and the client runtime.</summary>");
        writer.Block($"public static class {model.ClientName}ServiceCollectionExtensions", w =>
        {
            w.Line("/// <summary>The client over GraphQL over HTTP at <paramref name=\"endpoint\"/>.</summary>");
            w.Line($"public static IServiceCollection Add{model.ClientName}(this IServiceCollection services, Uri endpoint) =>");
            w.Indented(body => body.Line($"services.AddGraphQLClientCore(endpoint).Add{prefix}Operations();"));
            w.Line();
            w.Line("/// <summary>The client over the transport <paramref name=\"createTransport\"/> makes (in-memory, tests).</summary>");
            w.Line($"public static IServiceCollection Add{model.ClientName}(");
            w.Indented(body =>
            {
                body.Line("this IServiceCollection services, Func<IServiceProvider, IGraphQLTransport> createTransport) =>");
                body.Line($"services.AddGraphQLClientCore(createTransport).Add{prefix}Operations();");
            });
            w.Line();
            w.Block($"private static IServiceCollection Add{prefix}Operations(this IServiceCollection services)", body =>
            {
                foreach (OperationModel operation in operations)
                {
                    body.Line($"services.AddSingleton<{operation.ClassName}>();");
                }

                body.Line($"services.AddSingleton<{model.ClientName}>();");
                body.Line("return services;");
            });
        });
    }
}
