using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Execution;

/// <summary>The context of one field resolution.</summary>
internal sealed class ResolverContext : IResolverContext
{
    private readonly ExecutionState _state;
    private readonly PlannedField _field;
    private readonly ResponsePosition _parentPath;
    private ResponsePath? _path;

    /// <summary>
    /// The context of <paramref name="field"/> under <paramref name="parentPath"/> (null at the root). Its path is made
    /// when first asked for: a leaf field that resolves without error never needs it.
    /// </summary>
    public ResolverContext(ExecutionState state, PlannedField field, object? parent, ResponsePosition parentPath, IReadOnlyDictionary<string, object?> arguments)
    {
        _state = state;
        _field = field;
        Parent = parent;
        _parentPath = parentPath;
        Arguments = arguments;
    }

    public object? Parent { get; }

    public Schema Schema => _state.Schema;

    public ObjectType ParentType => _field.ParentType;

    public OutputField Field => _field.Definition;

    public FieldNode FieldSelection => _field.Nodes[0];

    public IReadOnlyList<FieldNode> FieldNodes => _field.Nodes;

    public string ResponseName => _field.ResponseName;

    public ResponsePath Path => _path ??= ResponsePath.Of(_parentPath.ToPath(), _field.ResponseName);

    public OperationDefinitionNode Operation => _state.Plan.Operation;

    public IReadOnlyDictionary<string, object?> Variables => _state.Variables;

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public CancellationToken RequestAborted => _state.CancellationToken;

    public IServiceProvider? Services => _state.Services;

    public IDictionary<string, object?> ContextData => _state.ContextData;

    internal PlannedField PlannedField => _field;

    internal DataLoaders.BatchScheduler Batching => _state.Batching;

    public T ParentAs<T>() => (T)Parent!;

    public T Argument<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out object? value))
        {
            if (default(T) is null)
            {
                return default!;
            }

            throw new ArgumentException($"The argument \"{name}\" of {Field.Coordinate} has no value.", nameof(name));
        }

        return value is T typed ? typed : ArgumentConverter.Convert<T>(value);
    }

    public T ArgumentOrDefault<T>(string name, T defaultValue = default!)
    {
        if (!Arguments.TryGetValue(name, out object? value) || value is null)
        {
            return defaultValue;
        }

        return value is T typed ? typed : ArgumentConverter.Convert<T>(value);
    }

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public bool Selects(string fieldName)
    {
        if (Field.Type.GetNamedType() is not ObjectType type)
        {
            return Field.Type.GetNamedType() is InterfaceType or UnionType;
        }

        foreach (PlannedField field in _field.GetSubPlan(type).Fields)
        {
            if (string.Equals(field.Definition.Name, fieldName, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public T GetOrAddRequestItem<T>(string key, Func<string, T> factory)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        IDictionary<string, object?> data = _state.ContextData;
        lock (data)
        {
            if (data.TryGetValue(key, out object? existing) && existing is T item)
            {
                return item;
            }

            T created = factory(key);
            data[key] = created;
            return created;
        }
    }
}
