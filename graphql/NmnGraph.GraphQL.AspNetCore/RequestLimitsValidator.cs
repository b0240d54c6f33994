using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>
/// A cheap check of an operation's size before the specified rules run: the deepest field nesting, the number
/// of fields and of aliases, counted through fragment spreads (each fragment is measured once, so a fragment
/// "bomb" costs no more than its text). Documents over a limit get one error with <c>extensions.code</c>; the
/// others go on to <see cref="Inner"/>. Because the executor caches validated documents, this runs once per
/// distinct document.
/// </summary>
public sealed class RequestLimitsValidator : IDocumentValidator
{
    public RequestLimitsValidator(IDocumentValidator inner, int? maxDepth, int? maxFields, int? maxAliases, int? maxInputDepth = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        Inner = inner;
        MaxDepth = maxDepth;
        MaxFields = maxFields;
        MaxAliases = maxAliases;
        MaxInputDepth = maxInputDepth;
    }

    /// <summary>The deepest nesting of an input value written in the document (<see cref="InputDepth"/>); null for no limit.</summary>
    public int? MaxInputDepth { get; }

    public IDocumentValidator Inner { get; }

    public int? MaxDepth { get; }

    public int? MaxFields { get; }

    public int? MaxAliases { get; }

    public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (MaxDepth is not null || MaxFields is not null || MaxAliases is not null)
        {
            var measure = new Measurer(document);
            foreach (DefinitionNode definition in document.Definitions)
            {
                if (definition is OperationDefinitionNode operation && Check(measure.Measure(operation.SelectionSet), operation) is { } error)
                {
                    return [error];
                }
            }
        }

        if (MaxInputDepth is { } maxInputDepth)
        {
            foreach (DefinitionNode definition in document.Definitions)
            {
                if (InputDepth.FindTooDeep(definition, maxInputDepth) is { } tooDeep)
                {
                    return [InputDepth.Error(maxInputDepth, tooDeep.Location)];
                }
            }
        }

        return Inner.Validate(schema, document);
    }

    private GraphQLError? Check(Size size, OperationDefinitionNode operation)
    {
        string name = operation.Name?.Value is { } operationName ? $"Operation \"{operationName}\"" : "The operation";
        if (size.Depth > MaxDepth)
        {
            return Error($"{name} has a depth of {size.Depth}, more than the maximum of {MaxDepth}.", GraphQLErrorCodes.MaxDepthExceeded, operation);
        }

        if (size.Fields > MaxFields)
        {
            return Error($"{name} selects {size.Fields} fields, more than the maximum of {MaxFields}.", GraphQLErrorCodes.MaxFieldsExceeded, operation);
        }

        if (size.Aliases > MaxAliases)
        {
            return Error($"{name} uses {size.Aliases} aliases, more than the maximum of {MaxAliases}.", GraphQLErrorCodes.MaxAliasesExceeded, operation);
        }

        return null;
    }

    private static GraphQLError Error(string message, string code, OperationDefinitionNode operation) => new(
        message,
        operation.Location is { } location ? [location.StartLocation] : null,
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code });

    private readonly record struct Size(long Depth, long Fields, long Aliases)
    {
        public static Size operator +(Size left, Size right) =>
            new(Math.Max(left.Depth, right.Depth), Saturate(left.Fields + right.Fields), Saturate(left.Aliases + right.Aliases));

        public static long Saturate(long value) => Math.Min(value, int.MaxValue);
    }

    /// <summary>Measures selection sets, memoizing fragments; a fragment cycle counts as empty (validation reports it).</summary>
    private sealed class Measurer(DocumentNode document)
    {
        private readonly Dictionary<string, Size?> _fragments = new(StringComparer.Ordinal);
        private Dictionary<string, FragmentDefinitionNode>? _definitions;

        public Size Measure(SelectionSetNode selectionSet)
        {
            var total = default(Size);
            foreach (SelectionNode selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        Size inner = field.SelectionSet is { } sub ? Measure(sub) : default;
                        total += new Size(inner.Depth + 1, inner.Fields + 1, inner.Aliases + (field.Alias is null ? 0 : 1));
                        break;
                    case InlineFragmentNode inline:
                        total += Measure(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        total += MeasureFragment(spread.Name.Value);
                        break;
                }
            }

            return total;
        }

        private Size MeasureFragment(string name)
        {
            if (_fragments.TryGetValue(name, out Size? known))
            {
                return known ?? default;
            }

            _definitions ??= document.Definitions.OfType<FragmentDefinitionNode>()
                .GroupBy(fragment => fragment.Name.Value, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
            if (!_definitions.TryGetValue(name, out FragmentDefinitionNode? definition))
            {
                return default;
            }

            _fragments[name] = null;
            Size size = Measure(definition.SelectionSet);
            _fragments[name] = size;
            return size;
        }
    }
}
