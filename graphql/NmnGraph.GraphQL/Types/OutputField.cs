using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

/// <summary>A field of an object or interface type (spec #sec-Objects, FieldDefinition).</summary>
public sealed class OutputField : INamedMember
{
    public OutputField(string name, IType type, string declaringTypeName, string? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Description = description;
        Coordinate = declaringTypeName + "." + name;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    /// <summary>The field's type; an output type.</summary>
    public IType Type { get; internal set; }

    public FieldCollection<InputValue> Arguments { get; internal set; } = FieldCollection<InputValue>.Empty;

    /// <summary>The reason given by <c>@deprecated</c>, or null when the field is not deprecated.</summary>
    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary><c>Type.field</c>, e.g. <c>Article.claims</c>.</summary>
    public string Coordinate { get; }

    /// <summary>The resolver bound to the field; null means the default resolver serves it.</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>
    /// The same as <see cref="Resolver"/> when the field reads its value from the parent alone (the default resolver,
    /// or <see cref="SchemaBuilder.BindReader{TParent}"/>); null otherwise. The executor then needs no context.
    /// </summary>
    public FieldReader? Reader { get; internal set; }

    /// <summary>
    /// For a field read from the parent together with the schema or its arguments: makes its reader for a planned field
    /// whose arguments use no variables. Its <see cref="Resolver"/> answers the same for every other use.
    /// </summary>
    public FieldReaderFactory? ReaderFactory { get; internal set; }

    /// <summary>The typed form of <see cref="Reader"/> for an <c>int</c>, <c>long</c>, <c>double</c> or <c>bool</c> value, else null.</summary>
    internal ValueReader? ValueReader { get; set; }

    /// <summary>
    /// True when the resolver was bound as asynchronous (<see cref="SchemaBuilder.BindAsync{T}"/>) or is a subscription's
    /// source: it likely does I/O, which the cost analysis weighs more.
    /// </summary>
    public bool HasAsyncResolver { get; internal set; }

    /// <summary>For subscription root fields: produces the source stream (spec #sec-Source-Stream).</summary>
    public SubscribeResolver? Subscriber { get; internal set; }

    /// <summary>True for <c>__typename</c>, <c>__schema</c> and <c>__type</c>.</summary>
    public bool IsIntrospection { get; internal set; }

    public IReadOnlyList<DirectiveNode> Directives { get; internal set; } = [];

    public FieldDefinitionNode? AstNode { get; internal set; }

    public override string ToString() => Coordinate;
}
