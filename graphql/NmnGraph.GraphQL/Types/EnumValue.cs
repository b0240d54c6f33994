using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

/// <summary>A value of an enum type (spec #sec-Enums, EnumValueDefinition).</summary>
public sealed class EnumValue : INamedMember
{
    public EnumValue(string name, string enumTypeName, string? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
        Coordinate = enumTypeName + "." + name;
        Value = name;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    /// <summary>The runtime value that resolvers see for this enum value; the name unless bound otherwise.</summary>
    public object Value { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public string Coordinate { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; internal set; } = [];

    public EnumValueDefinitionNode? AstNode { get; internal set; }

    public override string ToString() => Coordinate;
}
