using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Introspection;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Execution;

/// <summary>One response key of a selection plan: the merged field nodes, the field definition and its sub-plans.</summary>
internal sealed class PlannedField
{
    private readonly OperationPlan _operation;
    private readonly ulong _mask;
    private SelectionPlan? _objectSubPlan;
    private Dictionary<ObjectType, SelectionPlan>? _abstractSubPlans;

    public PlannedField(OperationPlan operation, ulong mask, ObjectType parentType, string responseName, OutputField definition, FieldNode[] nodes)
    {
        _operation = operation;
        _mask = mask;
        ParentType = parentType;
        ResponseName = responseName;
        Definition = definition;
        Nodes = nodes;
        var locations = new List<SourceLocation>(nodes.Length);
        foreach (FieldNode node in nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(location.StartLocation);
            }
        }

        Locations = locations;

        FieldNode first = nodes[0];
        bool usesVariables = false;
        foreach (ArgumentNode argument in first.Arguments)
        {
            usesVariables |= ValueCoercion.ContainsVariable(argument.Value);
        }

        HasVariableArguments = usesVariables;
        if (!usesVariables)
        {
            try
            {
                StaticArguments = definition.Arguments.Count == 0 && first.Arguments.Count == 0
                    ? s_noArguments
                    : ValueCoercion.CoerceArgumentValues(definition.Arguments, first.Arguments, null, first);
            }
            catch (GraphQLException exception)
            {
                StaticArgumentError = exception;
            }
        }

        // A reader runs without a context, so only where nothing per request is left to do before it: no argument
        // coerced from variables, no argument error to report.
        // __typename is the same for every value of the parent type: a reader of one constant.
        string typeName = parentType.Name;
        Reader = ReferenceEquals(definition, IntrospectionFields.TypeName) ? _ => typeName
            : StaticArguments is null ? null
            : definition.Reader ?? definition.ReaderFactory?.Invoke(operation.Schema, StaticArguments);
        LeafType = definition.Type.GetLeafType();
        ValueReader = Reader is not null && definition.ValueReader is { } typed && LeafType is ScalarType scalar && typed.Writes(scalar) ? typed : null;
    }

    private static readonly Dictionary<string, object?> s_noArguments = new(StringComparer.Ordinal);

    public ObjectType ParentType { get; }

    public string ResponseName { get; }

    public OutputField Definition { get; }

    public FieldNode[] Nodes { get; }

    public IReadOnlyList<SourceLocation> Locations { get; }

    public bool HasVariableArguments { get; }

    /// <summary>The arguments coerced once at planning time when they use no variables.</summary>
    public IReadOnlyDictionary<string, object?>? StaticArguments { get; }

    public GraphQLException? StaticArgumentError { get; }

    /// <summary>The field's reader when it can resolve from the parent alone (<see cref="OutputField.Reader"/>), else null.</summary>
    public FieldReader? Reader { get; }

    /// <summary>The typed reader of a value its scalar writes as it is (<see cref="Execution.ValueReader.Writes"/>), else null.</summary>
    public ValueReader? ValueReader { get; }

    /// <summary>The scalar or enum type when the field's type is one (nullable or not), else null: its value completes in place.</summary>
    public NamedType? LeafType { get; }

    /// <summary>
    /// True when every value of this field can be written straight as JSON (<see cref="ExecutionState"/>'s JSON
    /// completion): its named type is a scalar or an enum, or an object type whose selection is read from parents alone
    /// (the sub-plan remembers that).
    /// </summary>
    public bool ValuesAreJsonWritable => Definition.Type.GetNamedType() switch
    {
        ScalarType or EnumType => true,
        ObjectType objectType => GetSubPlan(objectType).IsJsonWritable,
        _ => false,
    };

    public IReadOnlyDictionary<string, object?> CoerceArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (StaticArguments is not null)
        {
            return StaticArguments;
        }

        if (StaticArgumentError is not null)
        {
            throw StaticArgumentError;
        }

        return ValueCoercion.CoerceArgumentValues(Definition.Arguments, Nodes[0].Arguments, variables, Nodes[0]);
    }

    /// <summary>The fields to execute on a value of <paramref name="objectType"/> (spec #sec-Value-Completion, CollectSubfields).</summary>
    public SelectionPlan GetSubPlan(ObjectType objectType)
    {
        SelectionPlan? plan = Volatile.Read(ref _objectSubPlan);
        if (plan is not null && ReferenceEquals(plan.Type, objectType))
        {
            return plan;
        }

        if (Volatile.Read(ref _abstractSubPlans) is { } map && map.TryGetValue(objectType, out plan))
        {
            return plan;
        }

        lock (this)
        {
            if (_objectSubPlan is null)
            {
                plan = CreateSubPlan(objectType);
                Volatile.Write(ref _objectSubPlan, plan);
                return plan;
            }

            if (ReferenceEquals(_objectSubPlan.Type, objectType))
            {
                return _objectSubPlan;
            }

            // Copy on write: readers use the published dictionary without locking.
            var copy = _abstractSubPlans is null ? new Dictionary<ObjectType, SelectionPlan>() : new Dictionary<ObjectType, SelectionPlan>(_abstractSubPlans);
            if (!copy.TryGetValue(objectType, out plan))
            {
                plan = CreateSubPlan(objectType);
                copy[objectType] = plan;
                Volatile.Write(ref _abstractSubPlans, copy);
            }

            return plan;
        }
    }

    private SelectionPlan CreateSubPlan(ObjectType objectType)
    {
        var selectionSets = new List<SelectionSetNode>(Nodes.Length);
        foreach (FieldNode node in Nodes)
        {
            if (node.SelectionSet is not null)
            {
                selectionSets.Add(node.SelectionSet);
            }
        }

        return new SelectionPlan(_operation, _mask, objectType, selectionSets);
    }
}
