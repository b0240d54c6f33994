using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

/// <summary>
/// A GraphQL schema (spec #sec-Schema): root operation types, every named type by name (including the built-in
/// scalars that are used and the introspection types) and every directive by name. Immutable once built; build it
/// with <see cref="SchemaBuilder"/>.
/// </summary>
public sealed partial class Schema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<NamedType, ObjectType[]> _possibleTypes = [];
    private readonly Dictionary<InterfaceType, InterfaceType[]> _interfaceImplementations = [];
    private readonly Dictionary<NamedType, HashSet<NamedType>> _subTypes = [];

    internal Schema(
        string? description,
        ObjectType queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IReadOnlyList<NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives)
    {
        Description = description;
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        _types = new Dictionary<string, NamedType>(types.Count, StringComparer.Ordinal);
        foreach (NamedType type in types)
        {
            _types.TryAdd(type.Name, type);
        }

        _directives = new Dictionary<string, DirectiveDefinition>(directives.Count, StringComparer.Ordinal);
        foreach (DirectiveDefinition directive in directives)
        {
            _directives.TryAdd(directive.Name, directive);
        }

        Types = types;
        DirectiveDefinitions = directives;
        ComputePossibleTypes();
    }

    public string? Description { get; internal set; }

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type in the order they were defined (built-ins and introspection types last).</summary>
    public IReadOnlyList<NamedType> Types { get; }

    /// <summary>Every directive: the built-in ones first, then the defined ones in order.</summary>
    public IReadOnlyList<DirectiveDefinition> DirectiveDefinitions { get; }

    public IReadOnlyDictionary<string, NamedType> TypesByName => _types;

    public IReadOnlyDictionary<string, DirectiveDefinition> DirectivesByName => _directives;

    /// <summary>Directives applied to the schema definition and its extensions.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; internal set; } = [];

    public SchemaDefinitionNode? AstNode { get; internal set; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; internal set; } = [];

    public NamedType? GetType(string name) => _types.TryGetValue(name, out NamedType? type) ? type : null;

    public DirectiveDefinition? GetDirective(string name) => _directives.TryGetValue(name, out DirectiveDefinition? directive) ? directive : null;

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types a value of an abstract type can have: union members, or objects implementing the interface.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType => _possibleTypes.TryGetValue(abstractType, out ObjectType[]? objects) ? objects : [],
        ObjectType obj => [obj],
        _ => [],
    };

    /// <summary>The interfaces that declare that they implement <paramref name="interfaceType"/>.</summary>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType interfaceType) =>
        _interfaceImplementations.TryGetValue(interfaceType, out InterfaceType[]? interfaces) ? interfaces : [];

    /// <summary>
    /// True when <paramref name="maybeSubType"/> is a member of the union, or an object or interface
    /// implementing the interface <paramref name="abstractType"/>.
    /// </summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType, out HashSet<NamedType>? subTypes) && subTypes.Contains(maybeSubType);

    /// <summary>The type a type reference in a document denotes, or null when a named type is unknown (graphql-js <c>typeFromAST</c>).</summary>
    public IType? GetTypeFromAst(TypeNode typeNode) => typeNode switch
    {
        NamedTypeNode named => GetType(named.Name.Value),
        ListTypeNode list => GetTypeFromAst(list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => GetTypeFromAst(nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    private void ComputePossibleTypes()
    {
        var objectsByInterface = new Dictionary<NamedType, List<ObjectType>>();
        var interfacesByInterface = new Dictionary<InterfaceType, List<InterfaceType>>();
        foreach (NamedType type in Types)
        {
            if (type is ObjectType obj)
            {
                foreach (InterfaceType implemented in obj.Interfaces)
                {
                    if (!objectsByInterface.TryGetValue(implemented, out List<ObjectType>? list))
                    {
                        objectsByInterface[implemented] = list = [];
                    }

                    list.Add(obj);
                    AddSubType(implemented, obj);
                }
            }
            else if (type is InterfaceType iface)
            {
                foreach (InterfaceType implemented in iface.Interfaces)
                {
                    if (!interfacesByInterface.TryGetValue(implemented, out List<InterfaceType>? list))
                    {
                        interfacesByInterface[implemented] = list = [];
                    }

                    list.Add(iface);
                    AddSubType(implemented, iface);
                }
            }
            else if (type is UnionType union)
            {
                foreach (ObjectType member in union.Types)
                {
                    AddSubType(union, member);
                }
            }
        }

        foreach (KeyValuePair<NamedType, List<ObjectType>> pair in objectsByInterface)
        {
            _possibleTypes[pair.Key] = [.. pair.Value];
        }

        foreach (KeyValuePair<InterfaceType, List<InterfaceType>> pair in interfacesByInterface)
        {
            _interfaceImplementations[pair.Key] = [.. pair.Value];
        }
    }

    private void AddSubType(NamedType abstractType, NamedType subType)
    {
        if (!_subTypes.TryGetValue(abstractType, out HashSet<NamedType>? set))
        {
            _subTypes[abstractType] = set = [];
        }

        set.Add(subType);
    }
}
