namespace NmnGraph.Codegen.Analysis;

public enum ShapeKind
{
    /// <summary>A record parsed from one JSON object.</summary>
    Record,

    /// <summary>An interface only implemented (fragments and their nested selections).</summary>
    Interface,

    /// <summary>The interface of a selection on an interface or union type; its <c>Parse</c> switches on <c>__typename</c>.</summary>
    Dispatch,
}

/// <summary>The C# type of one selection set seen from one type: a record, a fragment interface or a dispatching interface.</summary>
public sealed class ShapeModel(string name, ShapeKind kind, string graphQLTypeName, bool isRoot)
{
    public string Name { get; } = name;

    public ShapeKind Kind { get; } = kind;

    public string GraphQLTypeName { get; } = graphQLTypeName;

    /// <summary>The operation's data object: no <c>__typename</c>.</summary>
    public bool IsRoot { get; } = isRoot;

    public string? Description { get; set; }

    public List<ShapeField> Fields { get; } = [];

    /// <summary>Interfaces the shape implements (records) or extends (interfaces), without duplicates.</summary>
    public List<ShapeModel> Implements { get; } = [];

    /// <summary>For <see cref="ShapeKind.Dispatch"/>: the record per concrete type name, sorted by type name.</summary>
    public List<KeyValuePair<string, ShapeModel>> Concretes { get; } = [];

    /// <summary>For <see cref="ShapeKind.Dispatch"/>: the record (<c>…_Other</c>) for every other type name, known or not.</summary>
    public ShapeModel? Fallback { get; set; }

    public bool IsInterface => Kind != ShapeKind.Record;

    public ShapeField? FindField(string responseName) =>
        Fields.FirstOrDefault(f => string.Equals(f.ResponseName, responseName, StringComparison.Ordinal));

    /// <summary>Every interface reachable through <see cref="Implements"/>, in a stable order.</summary>
    public IReadOnlyList<ShapeModel> InterfaceClosure()
    {
        var result = new List<ShapeModel>();
        var stack = new Stack<ShapeModel>(Enumerable.Reverse(Implements));
        while (stack.Count > 0)
        {
            ShapeModel next = stack.Pop();
            if (result.Contains(next))
            {
                continue;
            }

            result.Add(next);
            foreach (ShapeModel inner in Enumerable.Reverse(next.Implements))
            {
                stack.Push(inner);
            }
        }

        return result;
    }
}

/// <summary>A property of a shape: one response key of the selection set.</summary>
public sealed record ShapeField(string ResponseName, string PropertyName, TypeRef Type, string? Description, string? DeprecationReason)
{
    /// <summary>The shape of the field's selection set, for fields of object, interface and union types.</summary>
    public ShapeModel? Nested { get; init; }
}
