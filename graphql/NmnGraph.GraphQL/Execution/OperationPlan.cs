using System.Collections.Concurrent;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;
using NmnGraph.GraphQL.Validation.Cost;

namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// The reusable part of executing one operation of one document against one schema: the collected fields
/// (spec #sec-Field-Collection) per selection set and object type, field definitions and pre-coerced
/// literal arguments. Plans are built lazily and are safe to share between concurrent requests; cache them
/// with the parsed document (<see cref="CachedDocument.Plans"/>).
/// </summary>
public sealed class OperationPlan
{
    private readonly ConcurrentDictionary<ulong, SelectionPlan> _roots = new();
    private StaticCost? _staticCost;

    private OperationPlan(Schema schema, DocumentNode document, OperationDefinitionNode operation, ObjectType rootType)
    {
        Schema = schema;
        Document = document;
        Operation = operation;
        RootType = rootType;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        Fragments = fragments;
        ConditionVariables = FindConditionVariables(document);
        Depth = MeasureDepth(operation.SelectionSet, fragments, []);
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public OperationDefinitionNode Operation { get; }

    public ObjectType RootType { get; }

    /// <summary>The deepest nesting of fields in the operation (fragments expanded).</summary>
    public int Depth { get; }

    internal IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The variables used by <c>@skip</c>/<c>@include</c>; their values select one variant of the plan.</summary>
    internal string[] ConditionVariables { get; }

    /// <summary>
    /// Selects the operation to run (spec #sec-Executing-Requests, GetOperation) and plans it; returns a request
    /// error instead when the operation cannot be found or the schema has no root type for it.
    /// </summary>
    public static OperationPlan? TryCreate(Schema schema, DocumentNode document, string? operationName, out GraphQLError? error)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        OperationDefinitionNode? operation = null;
        error = null;
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode candidate)
            {
                continue;
            }

            if (string.IsNullOrEmpty(operationName))
            {
                if (operation is not null)
                {
                    error = new GraphQLError(ErrorMessages.MustProvideOperationName());
                    return null;
                }

                operation = candidate;
            }
            else if (string.Equals(candidate.Name?.Value, operationName, StringComparison.Ordinal))
            {
                operation = candidate;
                break;
            }
        }

        if (operation is null)
        {
            error = new GraphQLError(string.IsNullOrEmpty(operationName) ? ErrorMessages.MustProvideOperation() : ErrorMessages.UnknownOperation(operationName));
            return null;
        }

        ObjectType? rootType = schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            string kind = operation.Operation.ToString().ToLowerInvariant();
            error = ValueCoercion.Located(ErrorMessages.SchemaNotConfiguredForOperation(kind), operation);
            return null;
        }

        return new OperationPlan(schema, document, operation, rootType);
    }

    /// <summary>
    /// The operation's cost analysis with the variable values of this request: the document-only analysis (computed
    /// once per plan and options), unless a slicing argument or condition is a variable, then analysed with the values.
    /// </summary>
    internal CostAnalysis GetCost(CostOptions options, IReadOnlyDictionary<string, object?> variables)
    {
        StaticCost? known = _staticCost;
        if (known is null || !ReferenceEquals(known.Options, options))
        {
            known = new StaticCost(options, CostAnalyzer.Analyze(Schema, Document, Operation, options));
            _staticCost = known;
        }

        return known.Analysis.DependsOnVariables
            ? CostAnalyzer.Analyze(Schema, Document, Operation, options, variables)
            : known.Analysis;
    }

    /// <summary>The bit mask of the condition variables that are true.</summary>
    internal ulong GetConditionMask(IReadOnlyDictionary<string, object?> variables)
    {
        ulong mask = 0;
        string[] names = ConditionVariables;
        for (int i = 0; i < names.Length && i < 64; i++)
        {
            if (variables.TryGetValue(names[i], out object? value) && value is true)
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }

    internal SelectionPlan GetRootPlan(ulong mask)
    {
        if (_roots.TryGetValue(mask, out SelectionPlan? plan))
        {
            return plan;
        }

        plan = new SelectionPlan(this, mask, RootType, [Operation.SelectionSet]);
        return _roots.GetOrAdd(mask, plan);
    }

    /// <summary>Whether a selection is included given @skip/@include (spec #sec-Field-Collection steps 2.a–b).</summary>
    internal bool ShouldInclude(IReadOnlyList<DirectiveNode> directives, ulong mask)
    {
        for (int i = 0; i < directives.Count; i++)
        {
            DirectiveNode directive = directives[i];
            string name = directive.Name.Value;
            bool isSkip = string.Equals(name, "skip", StringComparison.Ordinal);
            if (!isSkip && !string.Equals(name, "include", StringComparison.Ordinal))
            {
                continue;
            }

            bool condition = false;
            foreach (ArgumentNode argument in directive.Arguments)
            {
                if (string.Equals(argument.Name.Value, "if", StringComparison.Ordinal))
                {
                    condition = argument.Value switch
                    {
                        BooleanValueNode literal => literal.Value,
                        VariableNode variable => IsConditionTrue(variable.Name.Value, mask),
                        _ => false,
                    };
                }
            }

            if (isSkip == condition)
            {
                return false;
            }
        }

        return true;
    }

    private bool IsConditionTrue(string variableName, ulong mask)
    {
        int index = Array.IndexOf(ConditionVariables, variableName);
        return index >= 0 && index < 64 && (mask & (1UL << index)) != 0;
    }

    private static string[] FindConditionVariables(DocumentNode document)
    {
        var names = new List<string>();
        void VisitDirectives(IReadOnlyList<DirectiveNode> directives)
        {
            foreach (DirectiveNode directive in directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    foreach (ArgumentNode argument in directive.Arguments)
                    {
                        if (argument.Value is VariableNode variable && !names.Contains(variable.Name.Value))
                        {
                            names.Add(variable.Name.Value);
                        }
                    }
                }
            }
        }

        void VisitSelections(SelectionSetNode? selectionSet)
        {
            if (selectionSet is null)
            {
                return;
            }

            foreach (SelectionNode selection in selectionSet.Selections)
            {
                VisitDirectives(selection.Directives);
                switch (selection)
                {
                    case FieldNode field:
                        VisitSelections(field.SelectionSet);
                        break;
                    case InlineFragmentNode inline:
                        VisitSelections(inline.SelectionSet);
                        break;
                }
            }
        }

        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode executable)
            {
                VisitSelections(executable.SelectionSet);
            }
        }

        return [.. names];
    }

    private static int MeasureDepth(SelectionSetNode? selectionSet, Dictionary<string, FragmentDefinitionNode> fragments, HashSet<string> visiting)
    {
        if (selectionSet is null)
        {
            return 0;
        }

        int max = 0;
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            int depth = selection switch
            {
                FieldNode field => field.SelectionSet is null ? 1 : 1 + MeasureDepth(field.SelectionSet, fragments, visiting),
                InlineFragmentNode inline => MeasureDepth(inline.SelectionSet, fragments, visiting),
                FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out FragmentDefinitionNode? fragment) && visiting.Add(spread.Name.Value)
                    => MeasureAndLeave(fragment, fragments, visiting),
                _ => 0,
            };
            max = Math.Max(max, depth);
        }

        return max;
    }

    private static int MeasureAndLeave(FragmentDefinitionNode fragment, Dictionary<string, FragmentDefinitionNode> fragments, HashSet<string> visiting)
    {
        int depth = MeasureDepth(fragment.SelectionSet, fragments, visiting);
        visiting.Remove(fragment.Name.Value);
        return depth;
    }

    private sealed record StaticCost(CostOptions Options, CostAnalysis Analysis);
}
