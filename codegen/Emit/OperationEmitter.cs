using NmnGraph.Codegen.Analysis;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.Codegen.Emit;

/// <summary>Writes one operation: its variables record, its result shapes and the operation class.</summary>
internal static class OperationEmitter
{
    public static void Emit(CodeWriter writer, OperationModel operation)
    {
        if (operation.Variables.Count > 0)
        {
            EmitVariables(writer, operation);
            writer.Line();
        }

        foreach (ShapeModel shape in operation.Shapes)
        {
            ShapeEmitter.Emit(writer, shape);
            writer.Line();
        }

        EmitOperation(writer, operation);
    }

    private static void EmitVariables(CodeWriter writer, OperationModel operation)
    {
        writer.Line($"/// <summary>The variables of {operation.Name}.</summary>");
        foreach (VariableModel variable in operation.Variables.Where(v => v.Description is not null))
        {
            writer.Line($"/// <param name=\"{variable.PropertyName}\">{Syntax.Xml(variable.Description!.Replace('\n', ' '))}</param>");
        }

        writer.Line($"public sealed record {operation.VariablesName}(");
        writer.Indented(w =>
        {
            for (int i = 0; i < operation.Variables.Count; i++)
            {
                VariableModel variable = operation.Variables[i];
                string defaultValue = variable.IsOptional ? " = default" : "";
                string end = i == operation.Variables.Count - 1 ? ") : IGraphQLVariables" : ",";
                w.Line($"{Writers.TypeOf(variable)} {variable.PropertyName}{defaultValue}{end}");
            }
        });
        writer.Block("", w => w.Block("public void WriteTo(Utf8JsonWriter writer)", body =>
        {
            body.Line("ArgumentNullException.ThrowIfNull(writer);");
            body.Line("writer.WriteStartObject();");
            Writers.Properties(body, operation.Variables);
            body.Line("writer.WriteEndObject();");
        }));
    }

    private static void EmitOperation(CodeWriter writer, OperationModel operation)
    {
        string resultName = operation.Result.Name;
        string baseType = operation.Variables.Count > 0
            ? $"GraphQLOperation<{operation.VariablesName}, {resultName}>"
            : $"GraphQLOperation<{resultName}>";
        writer.Line($"/// <summary>The {operation.Kind.ToString().ToLowerInvariant()} {operation.Name}; exposed as <c>client.{operation.Name}</c>.</summary>");
        writer.Line($"public sealed class {operation.ClassName}(OperationExecutor executor)");
        writer.Indented(w => w.Line($": {baseType}(executor)"));
        writer.Block("", w =>
        {
            w.Line("/// <summary>The document sent to the server: the operation and the fragments it uses.</summary>");
            w.Line("public const string Text =");
            w.Indented(text =>
            {
                string quotes = RawStringQuotes(operation.Document);
                text.Line(quotes);
                foreach (string line in operation.Document.Split('\n'))
                {
                    text.Line(line);
                }

                text.Line(quotes + ";");
            });
            w.Line();
            w.Line($"public override string OperationName => {Syntax.Literal(operation.Name)};");
            w.Line();
            w.Line("public override string Document => Text;");
            w.Line();
            w.Line($"public override OperationKind Kind => OperationKind.{operation.Kind};");
            w.Line();
            if (operation.Variables.Count > 0)
            {
                EmitConvenienceMethods(w, operation);
            }

            w.Line($"protected override {resultName} ParseData(JsonElement data) => {resultName}.Parse(data);");
        });
    }

    private static void EmitConvenienceMethods(CodeWriter writer, OperationModel operation)
    {
        string resultName = operation.Result.Name;
        string parameters = string.Join(", ", operation.Variables.Select(v =>
            $"{Writers.TypeOf(v)} {v.ParameterName}{(v.IsOptional ? " = default" : "")}"));
        string arguments = $"new {operation.VariablesName}({string.Join(", ", operation.Variables.Select(v => v.ParameterName))})";
        switch (operation.Kind)
        {
            case OperationType.Subscription:
                writer.Line($"public IAsyncEnumerable<OperationResult<{resultName}>> SubscribeAsync({parameters}, CancellationToken cancellationToken = default) =>");
                writer.Indented(w => w.Line($"SubscribeAsync({arguments}, cancellationToken);"));
                writer.Line();
                break;
            case OperationType.Mutation:
                writer.Line($"public Task<OperationResult<{resultName}>> ExecuteAsync({parameters}, CancellationToken cancellationToken = default) =>");
                writer.Indented(w => w.Line($"ExecuteAsync({arguments}, cancellationToken);"));
                writer.Line();
                break;
            default:
                writer.Line($"public Task<OperationResult<{resultName}>> ExecuteAsync({parameters}, CancellationToken cancellationToken = default) =>");
                writer.Indented(w => w.Line($"ExecuteAsync({arguments}, cancellationToken);"));
                writer.Line();
                writer.Line($"public IAsyncEnumerable<OperationResult<{resultName}>> Watch(");
                writer.Indented(w =>
                {
                    w.Line(parameters + ",");
                    w.Line("ExecutionStrategy strategy = ExecutionStrategy.CacheFirst,");
                    w.Line("CancellationToken cancellationToken = default) =>");
                    w.Line($"Watch({arguments}, strategy, cancellationToken);");
                });
                writer.Line();
                writer.Line($"public bool TryGetCached({parameters.Replace(" = default", "", StringComparison.Ordinal)}, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OperationResult<{resultName}>? result) =>");
                writer.Indented(w => w.Line($"TryGetCached({arguments}, out result);"));
                writer.Line();
                break;
        }
    }

    /// <summary>Enough quotes to delimit a raw string literal around <paramref name="text"/>.</summary>
    private static string RawStringQuotes(string text)
    {
        int longest = 0;
        int run = 0;
        foreach (char c in text)
        {
            run = c == '"' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return new string('"', Math.Max(3, longest + 1));
    }
}
