using System.Globalization;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation.Cost;

/// <summary>
/// Computes an operation's cost before anything runs (IBM GraphQL Cost Directive specification, #sec-Field-Cost and
/// #sec-Type-Cost, the way HotChocolate applies it). Fields are collected as execution would collect them (aliases
/// count once each, a fragment's fields count wherever it is spread); an abstract type costs as its most expensive
/// possible type; a list multiplies the cost of its items by its size: the slicing argument (<c>first</c>/<c>last</c>,
/// a literal, a variable's value or default, or the argument's default), else <c>assumedSize</c>. Each distinct
/// selection is costed once (memoized), so a fragment that spreads another twice per level stays linear to compute.
/// </summary>
public sealed class CostAnalyzer
{
    private readonly Schema _schema;
    private readonly CostOptions _options;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionKey, OperationCost> _memo = [];
    private readonly List<SlicingArgumentViolation> _violations = [];
    private OperationDefinitionNode _operation = null!;
    private IReadOnlyDictionary<string, object?>? _variables;
    private bool _dependsOnVariables;

    private CostAnalyzer(Schema schema, DocumentNode document, CostOptions options)
    {
        _schema = schema;
        _options = options;
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
    }

    /// <summary>
    /// The cost of <paramref name="operation"/>. Without <paramref name="variables"/> (at validation), a variable
    /// counts with its default value, else as if absent; <c>@skip</c>/<c>@include</c> on variables count as included.
    /// </summary>
    public static CostAnalysis Analyze(Schema schema, DocumentNode document, OperationDefinitionNode operation, CostOptions options, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(options);
        var analyzer = new CostAnalyzer(schema, document, options) { _operation = operation, _variables = variables };
        if (schema.GetRootType(operation.Operation) is not { } rootType)
        {
            return new CostAnalysis(default, false, []);
        }

        OperationCost selection = analyzer.SelectionCost(rootType, [operation.SelectionSet], null, null);
        var cost = new OperationCost(selection.FieldCost, OperationCost.Saturate(selection.TypeCost + TypeWeight(rootType)));
        return new CostAnalysis(cost, analyzer._dependsOnVariables, analyzer._violations);
    }

    private OperationCost SelectionCost(NamedType type, SelectionSetNode[] selectionSets, OutputField? parentField, FieldNode? parentNode)
    {
        var key = new SelectionKey(type, selectionSets);
        if (_memo.TryGetValue(key, out OperationCost known))
        {
            return known;
        }

        // A fragment cycle (which validation reports) meets this key again before it is known: it counts as empty.
        _memo[key] = default;
        double fieldCost = 0;
        double typeCost = 0;
        IReadOnlyList<ObjectType> possibleTypes = type is ObjectType objectType ? [objectType] : _schema.GetPossibleTypes(type);
        foreach (ObjectType possibleType in possibleTypes)
        {
            var groups = new FieldGroups();
            var scope = new CostScope(this);
            var visited = new HashSet<string>(StringComparer.Ordinal);
            foreach (SelectionSetNode selectionSet in selectionSets)
            {
                FieldCollector.CollectFields(_schema, possibleType, selectionSet, ref scope, groups, visited);
            }

            double possibleFieldCost = 0;
            double possibleTypeCost = 0;
            foreach (string responseName in groups.ResponseNames)
            {
                OperationCost field = FieldCost(possibleType, groups[responseName], parentField, parentNode);
                possibleFieldCost = OperationCost.Saturate(possibleFieldCost + field.FieldCost);
                possibleTypeCost = OperationCost.Saturate(possibleTypeCost + field.TypeCost);
            }

            fieldCost = Math.Max(fieldCost, possibleFieldCost);
            typeCost = Math.Max(typeCost, possibleTypeCost);
        }

        var cost = new OperationCost(fieldCost, typeCost);
        _memo[key] = cost;
        return cost;
    }

    /// <summary>IBM cost spec #sec-Field-Cost: weight + arguments + sub-selection, the latter times the list size.</summary>
    private OperationCost FieldCost(ObjectType parentType, List<FieldNode> nodes, OutputField? parentField, FieldNode? parentNode)
    {
        FieldNode node = nodes[0];
        if (_schema.GetFieldDefinition(parentType, node.Name.Value) is not { } field || field.IsIntrospection && field.Name == "__typename")
        {
            return default;
        }

        double ownCost = FieldWeight(field);
        foreach (ArgumentNode argument in node.Arguments)
        {
            if (field.Arguments.TryGetValue(argument.Name.Value, out InputValue? definition))
            {
                ownCost += CostDirectives.GetWeight(definition) ?? (definition.Type.GetNamedType() is InputObjectType ? 1 : 0);
            }
        }

        NamedType namedType = field.Type.GetNamedType();
        double typeCost = TypeWeight(namedType);
        double selectionCost = 0;
        if (namedType is ObjectType or InterfaceType or UnionType)
        {
            var selectionSets = new List<SelectionSetNode>(nodes.Count);
            foreach (FieldNode fieldNode in nodes)
            {
                if (fieldNode.SelectionSet is { } selectionSet)
                {
                    selectionSets.Add(selectionSet);
                }
            }

            OperationCost selection = SelectionCost(namedType, [.. selectionSets], field, node);
            selectionCost = selection.FieldCost;
            typeCost += selection.TypeCost;
        }

        if ((field.Type is NonNullType nonNull ? nonNull.OfType : field.Type) is ListType)
        {
            double size = ListSize(field, node, parentField, parentNode);
            selectionCost = OperationCost.Saturate(selectionCost * size);
            typeCost = OperationCost.Saturate(typeCost * size);
        }

        return new OperationCost(Math.Max(0, OperationCost.Saturate(ownCost + selectionCost)), typeCost);
    }

    /// <summary>IBM cost spec #sec-weight: <c>@cost</c>, else an asynchronous resolver's weight, else 1 for composite or list fields, 0 for leaves.</summary>
    private double FieldWeight(OutputField field)
    {
        if (CostDirectives.GetWeight(field) is { } weight)
        {
            return weight;
        }

        if (field.HasAsyncResolver)
        {
            return _options.AsyncResolverWeight;
        }

        return field.Type.GetNamedType() is ObjectType or InterfaceType or UnionType || (field.Type is NonNullType nonNull ? nonNull.OfType : field.Type) is ListType ? 1 : 0;
    }

    /// <summary>IBM cost spec #sec-weight: <c>@cost</c> on the type, else 1 for composite types, 0 for leaves.</summary>
    private static double TypeWeight(NamedType type) =>
        CostDirectives.GetWeight(type) ?? (type is ObjectType or InterfaceType or UnionType ? 1 : 0);

    /// <summary>The list's size: its <c>@listSize</c>, or its parent's when the parent sizes this field (<c>sizedFields</c>).</summary>
    private double ListSize(OutputField field, FieldNode node, OutputField? parentField, FieldNode? parentNode)
    {
        ListSize? listSize = CostDirectives.GetListSize(field);
        OutputField sizedBy = field;
        FieldNode sizedNode = node;
        if (listSize is null
            && parentField is not null
            && parentNode is not null
            && CostDirectives.GetListSize(parentField) is { } parentSize
            && parentSize.SizedFields.Contains(field.Name, StringComparer.Ordinal))
        {
            listSize = parentSize;
            sizedBy = parentField;
            sizedNode = parentNode;
        }

        if (listSize is null)
        {
            return _options.DefaultListSize;
        }

        if (ReferenceEquals(sizedBy, field))
        {
            CheckSlicingArguments(field, node, listSize);
        }

        double? sliced = null;
        foreach (string name in listSize.SlicingArguments)
        {
            if (SlicingValue(sizedBy, sizedNode, name) is { } value)
            {
                sliced = Math.Max(sliced ?? 0, value);
            }
        }

        return sliced ?? listSize.AssumedSize ?? _options.DefaultListSize;
    }

    /// <summary>A slicing argument's value: the literal, the variable's value (or its default), else the argument's default.</summary>
    private double? SlicingValue(OutputField field, FieldNode node, string name)
    {
        foreach (ArgumentNode argument in node.Arguments)
        {
            if (!string.Equals(argument.Name.Value, name, StringComparison.Ordinal))
            {
                continue;
            }

            switch (argument.Value)
            {
                case IntValueNode literal:
                    return ParseSize(literal.Value);
                case VariableNode variable:
                    _dependsOnVariables = true;
                    if (_variables is not null && _variables.TryGetValue(variable.Name.Value, out object? provided) && provided is not null)
                    {
                        return provided is IConvertible convertible ? Math.Max(0, convertible.ToDouble(CultureInfo.InvariantCulture)) : null;
                    }

                    if (_variables is null && FindVariableDefault(variable.Name.Value) is IntValueNode variableDefault)
                    {
                        return ParseSize(variableDefault.Value);
                    }

                    break;
            }

            break;
        }

        return field.Arguments.TryGetValue(name, out InputValue? definition) && definition.DefaultValue is IntValueNode defaultValue
            ? ParseSize(defaultValue.Value)
            : null;
    }

    private static double ParseSize(string literal) =>
        double.TryParse(literal, NumberStyles.Integer, CultureInfo.InvariantCulture, out double value) ? Math.Max(0, value) : 0;

    private ValueNode? FindVariableDefault(string name)
    {
        foreach (VariableDefinitionNode definition in _operation.VariableDefinitions)
        {
            if (string.Equals(definition.Variable.Name.Value, name, StringComparison.Ordinal))
            {
                return definition.DefaultValue;
            }
        }

        return null;
    }

    /// <summary><c>requireOneSlicingArgument</c>: the field must be given exactly one of its slicing arguments.</summary>
    private void CheckSlicingArguments(OutputField field, FieldNode node, ListSize listSize)
    {
        if (!listSize.RequireOneSlicingArgument || listSize.SlicingArguments.Count == 0)
        {
            return;
        }

        int given = 0;
        foreach (ArgumentNode argument in node.Arguments)
        {
            if (listSize.SlicingArguments.Contains(argument.Name.Value, StringComparer.Ordinal))
            {
                given++;
            }
        }

        if (given != 1)
        {
            _violations.Add(new SlicingArgumentViolation(field, node, listSize.SlicingArguments));
        }
    }

    /// <summary>
    /// <c>@skip</c>/<c>@include</c> as far as they are known: literals decide; variables decide when their values are
    /// given, else the selection counts (an upper bound).
    /// </summary>
    private readonly struct CostScope(CostAnalyzer analyzer) : IFieldCollectionScope
    {
        public bool ShouldInclude(SelectionNode selection)
        {
            foreach (DirectiveNode directive in selection.Directives)
            {
                bool isSkip = string.Equals(directive.Name.Value, "skip", StringComparison.Ordinal);
                if (!isSkip && !string.Equals(directive.Name.Value, "include", StringComparison.Ordinal))
                {
                    continue;
                }

                bool? condition = null;
                foreach (ArgumentNode argument in directive.Arguments)
                {
                    if (string.Equals(argument.Name.Value, "if", StringComparison.Ordinal))
                    {
                        condition = argument.Value switch
                        {
                            BooleanValueNode literal => literal.Value,
                            VariableNode variable when analyzer._variables is not null
                                && analyzer._variables.TryGetValue(variable.Name.Value, out object? value) && value is bool known => known,
                            _ => null,
                        };
                    }
                }

                if (condition == isSkip)
                {
                    return false;
                }
            }

            return true;
        }

        public FragmentDefinitionNode? GetFragment(string name) => analyzer._fragments.GetValueOrDefault(name);
    }

    /// <summary>A selection of one type from particular selection sets; equal when the same nodes are selected on the same type.</summary>
    private sealed class SelectionKey(NamedType type, SelectionSetNode[] selectionSets) : IEquatable<SelectionKey>
    {
        private readonly NamedType _type = type;
        private readonly SelectionSetNode[] _selectionSets = selectionSets;

        public bool Equals(SelectionKey? other)
        {
            if (other is null || !ReferenceEquals(_type, other._type) || _selectionSets.Length != other._selectionSets.Length)
            {
                return false;
            }

            for (int i = 0; i < _selectionSets.Length; i++)
            {
                if (!ReferenceEquals(_selectionSets[i], other._selectionSets[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as SelectionKey);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(_type);
            foreach (SelectionSetNode selectionSet in _selectionSets)
            {
                hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(selectionSet));
            }

            return hash.ToHashCode();
        }
    }
}
