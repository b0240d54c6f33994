using System.Collections.Concurrent;

namespace NmnGraph.GraphQL.Types;

public sealed partial class Schema
{
    private readonly ConcurrentDictionary<Type, ObjectType?> _objectTypeByRuntimeType = new();

    /// <summary>
    /// The object type whose declared CLR type (<see cref="ObjectType.RuntimeType"/>) matches a value's CLR type
    /// (exactly, else by inheritance); null when none does.
    /// </summary>
    public ObjectType? GetObjectTypeForRuntimeType(Type runtimeType)
    {
        ArgumentNullException.ThrowIfNull(runtimeType);
        return _objectTypeByRuntimeType.GetOrAdd(runtimeType, FindObjectTypeForRuntimeType);
    }

    private ObjectType? FindObjectTypeForRuntimeType(Type runtimeType)
    {
        ObjectType? assignable = null;
        foreach (NamedType type in Types)
        {
            if (type is ObjectType { RuntimeType: { } declared } obj)
            {
                if (declared == runtimeType)
                {
                    return obj;
                }

                if (assignable is null && declared.IsAssignableFrom(runtimeType))
                {
                    assignable = obj;
                }
            }
        }

        return assignable;
    }
}
