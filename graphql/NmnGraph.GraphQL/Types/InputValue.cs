using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

/// <summary>
/// An argument of a field or directive, or a field of an input object (spec #sec-Field-Arguments,
/// #sec-Input-Objects).
/// </summary>
public sealed class InputValue : INamedMember
{
    public InputValue(string name, IType type, string coordinate, string? description = null, ValueNode? defaultValue = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentException.ThrowIfNullOrEmpty(coordinate);
        Name = name;
        Type = type;
        Coordinate = coordinate;
        Description = description;
        DefaultValue = defaultValue;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    /// <summary>The value's type; an input type.</summary>
    public IType Type { get; internal set; }

    /// <summary>The default value literal as written in SDL, or null when there is none.</summary>
    public ValueNode? DefaultValue { get; internal set; }

    public bool HasDefaultValue => DefaultValue is not null;

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary><c>Type.field(arg:)</c>, <c>@directive(arg:)</c> or <c>Input.field</c>.</summary>
    public string Coordinate { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; internal set; } = [];

    public InputValueDefinitionNode? AstNode { get; internal set; }

    /// <summary>True when the value must be provided: non-null without a default (spec #sec-Required-Arguments).</summary>
    public bool IsRequired => Type is NonNullType && DefaultValue is null;

    public override string ToString() => Coordinate;
}
