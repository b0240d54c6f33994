namespace NmnGraph.Client.Serialization;

/// <summary>
/// Maps GraphQL scalar names to their serializers. <see cref="Default"/> holds <see cref="BuiltInScalars"/>; a host may
/// build its own registry for extra custom scalars. Generated code normally references <see cref="BuiltInScalars"/>
/// members directly; the registry serves hand-written code and tools that only know the scalar's name.
/// </summary>
public sealed class ScalarRegistry
{
    private readonly Dictionary<string, IScalarSerializer> _serializers = new(StringComparer.Ordinal);

    /// <summary>A new registry holding the built-in scalars.</summary>
    public ScalarRegistry()
    {
        Register(BuiltInScalars.String);
        Register(BuiltInScalars.Id);
        Register(BuiltInScalars.Cursor);
        Register(BuiltInScalars.Int);
        Register(BuiltInScalars.Float);
        Register(BuiltInScalars.Boolean);
        Register(BuiltInScalars.Date);
        Register(BuiltInScalars.DateTime);
    }

    /// <summary>The built-in scalars of the NmnGraph schema.</summary>
    public static ScalarRegistry Default { get; } = new();

    /// <summary>Every registered scalar, by GraphQL name.</summary>
    public IReadOnlyDictionary<string, IScalarSerializer> Serializers => _serializers;

    /// <summary>Adds or replaces the serializer for its <see cref="IScalarSerializer.TypeName"/>.</summary>
    public ScalarRegistry Register(IScalarSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        _serializers[serializer.TypeName] = serializer;
        return this;
    }

    /// <summary>The serializer of scalar <paramref name="typeName"/> for client type <typeparamref name="T"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such scalar, or it maps to another client type.</exception>
    public ScalarSerializer<T> Get<T>(string typeName)
    {
        if (_serializers.TryGetValue(typeName, out IScalarSerializer? serializer) && serializer is ScalarSerializer<T> typed)
        {
            return typed;
        }

        throw new KeyNotFoundException(serializer is null
            ? $"No serializer is registered for scalar {typeName}."
            : $"Scalar {typeName} maps to {serializer.ClientType.Name}, not {typeof(T).Name}.");
    }

    public bool TryGet(string typeName, out IScalarSerializer? serializer) => _serializers.TryGetValue(typeName, out serializer);
}
