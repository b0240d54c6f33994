using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.Codegen.Analysis;

/// <summary>Schema + operation files → <see cref="ClientModel"/>, or diagnostics with file, line and column.</summary>
public static partial class ClientAnalyzer
{
    public static AnalysisResult Analyze(SourceFile schemaFile, IReadOnlyList<SourceFile> operationFiles, string @namespace, string clientName)
    {
        ArgumentNullException.ThrowIfNull(schemaFile);
        ArgumentNullException.ThrowIfNull(operationFiles);
        var diagnostics = new List<Diagnostic>();
        Schema? schema = LoadSchema(schemaFile, diagnostics);
        OperationSources? sources = OperationSources.Parse(operationFiles.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), diagnostics);
        if (schema is null || sources is null)
        {
            return new AnalysisResult(null, diagnostics);
        }

        CheckDefinitions(sources, diagnostics);
        if (diagnostics.Count == 0)
        {
            Validate(schema, sources, diagnostics);
        }

        if (diagnostics.Count > 0)
        {
            return new AnalysisResult(null, diagnostics);
        }

        return new AnalysisResult(BuildModel(schema, sources, @namespace, clientName), []);
    }

    private static Schema? LoadSchema(SourceFile file, List<Diagnostic> diagnostics)
    {
        if (!Parser.TryParse(file.Text, out DocumentNode? document, out GraphQLError? syntaxError))
        {
            diagnostics.Add(ToDiagnostic(file.Path, syntaxError, Diagnostic.SyntaxError));
            return null;
        }

        try
        {
            return SchemaBuilder.FromDocument(document).Build();
        }
        catch (SchemaException exception)
        {
            diagnostics.AddRange(exception.Errors.Select(e => ToDiagnostic(file.Path, e, Diagnostic.SchemaError)));
            return null;
        }
    }

    private static void CheckDefinitions(OperationSources sources, List<Diagnostic> diagnostics)
    {
        var operationNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (OperationDefinitionNode operation in sources.Operations)
        {
            if (operation.Name is null)
            {
                diagnostics.Add(sources.Diagnose(operation, Diagnostic.GeneratorError, "Operations must be named; the name becomes the client's property."));
            }
            else if (!operationNames.Add(operation.Name.Value))
            {
                diagnostics.Add(sources.Diagnose(operation.Name, Diagnostic.ValidationError, $"There can be only one operation named \"{operation.Name.Value}\"."));
            }
        }

        var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (FragmentDefinitionNode fragment in sources.Fragments)
        {
            if (!fragmentNames.Add(fragment.Name.Value))
            {
                diagnostics.Add(sources.Diagnose(fragment.Name, Diagnostic.ValidationError, $"There can be only one fragment named \"{fragment.Name.Value}\"."));
            }
        }
    }

    private static void Validate(Schema schema, OperationSources sources, List<Diagnostic> diagnostics)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (OperationDefinitionNode operation in sources.Operations)
        {
            List<FragmentDefinitionNode> fragments = sources.FragmentsUsedBy(operation);
            used.UnionWith(fragments.Select(f => f.Name.Value));
            var document = new DocumentNode([operation, .. fragments]);
            foreach (GraphQLError error in OperationValidation.Validate(schema, document))
            {
                Diagnostic diagnostic = sources.Diagnose(error, Diagnostic.ValidationError);
                if (!diagnostics.Contains(diagnostic))
                {
                    diagnostics.Add(diagnostic);
                }
            }
        }

        foreach (FragmentDefinitionNode fragment in sources.Fragments.Where(f => !used.Contains(f.Name.Value)))
        {
            diagnostics.Add(sources.Diagnose(fragment, Diagnostic.ValidationError, $"Fragment \"{fragment.Name.Value}\" is never used."));
        }
    }

    private static ClientModel BuildModel(Schema schema, OperationSources sources, string @namespace, string clientName)
    {
        var rewriter = new DocumentRewriter(schema);
        var fragments = sources.Fragments.ToDictionary(f => f.Name.Value, rewriter.Rewrite, StringComparer.Ordinal);
        var types = new TypeMapper();
        var shapes = new ShapeBuilder(schema, fragments, types);
        var operations = new List<OperationModel>();
        foreach (OperationDefinitionNode original in sources.Operations.OrderBy(o => o.Name!.Value, StringComparer.Ordinal))
        {
            string name = original.Name!.Value;
            OperationDefinitionNode operation = rewriter.Rewrite(original);
            List<FragmentDefinitionNode> used = sources.FragmentsUsedBy(original)
                .Select(f => fragments[f.Name.Value])
                .OrderBy(f => f.Name.Value, StringComparer.Ordinal)
                .ToList();
            string document = Printer.Print(new DocumentNode([operation, .. used]));
            (ShapeModel result, List<ShapeModel> operationShapes) = shapes.BuildOperation(name, operation);
            List<VariableModel> variables = operation.VariableDefinitions
                .Select(v => Variable(schema, types, v))
                .OrderBy(v => v.IsOptional)
                .ToList();
            operations.Add(new OperationModel(name, operation.Operation, document, variables, result, operationShapes));
        }

        List<InputModel> inputs = types.Inputs.ToList().Select(n => Input((InputObjectType)schema.GetType(n)!, types)).ToList();
        List<EnumModel> enums = types.Enums.ToList().Select(n => Enum((EnumType)schema.GetType(n)!)).ToList();
        return new ClientModel(@namespace, clientName, operations, shapes.FragmentShapes, inputs, enums);
    }

    private static VariableModel Variable(Schema schema, TypeMapper types, VariableDefinitionNode definition)
    {
        IType type = schema.GetTypeFromAst(definition.Type)!;
        bool optional = type is not NonNullType || definition.DefaultValue is not null;
        string name = definition.Variable.Name.Value;
        return new VariableModel(name, Names.Pascal(name), Names.Camel(name), types.Input(type), optional, definition.Description?.Value);
    }

    private static InputModel Input(InputObjectType input, TypeMapper types) => new(
        input.Name,
        input.Description,
        input.IsOneOf,
        input.Fields
            .Select(f => new VariableModel(
                f.Name, Names.Pascal(f.Name), Names.Camel(f.Name), types.Input(f.Type), f.Type is not NonNullType || f.HasDefaultValue, f.Description))
            .ToList());

    private static EnumModel Enum(EnumType type) => new(
        type.Name,
        type.Description,
        type.Values.Select(v => new EnumValueModel(v.Name, Names.EnumMember(v.Name), v.Description, v.DeprecationReason)).ToList());

    private static Diagnostic ToDiagnostic(string path, GraphQLError error, string code)
    {
        SourceLocation? location = error.Locations is { Count: > 0 } locations ? locations[0] : null;
        return new Diagnostic(path, location?.Line ?? 0, location?.Column ?? 0, code, error.Message);
    }
}
