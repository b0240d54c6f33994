using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

/// <summary>A directive definition (spec #sec-Type-System.Directives).</summary>
public sealed class DirectiveDefinition
{
    private IReadOnlyList<DirectiveLocation>? _locationList;

    public DirectiveDefinition(string name, DirectiveLocation locations, bool isRepeatable = false, string? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Locations = locations;
        IsRepeatable = isRepeatable;
        Description = description;
    }

    /// <summary>The name without the <c>@</c>.</summary>
    public string Name { get; }

    public string? Description { get; internal set; }

    public FieldCollection<InputValue> Arguments { get; internal set; } = FieldCollection<InputValue>.Empty;

    public DirectiveLocation Locations { get; }

    public bool IsRepeatable { get; }

    /// <summary>The locations in the order the definition lists them (spec order for built-in directives).</summary>
    public IReadOnlyList<DirectiveLocation> LocationList
    {
        get => _locationList ??= DirectiveLocations.Split(Locations);
        internal set => _locationList = value;
    }

    /// <summary>True for <c>@skip</c>, <c>@include</c>, <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c>.</summary>
    public bool IsBuiltIn { get; internal set; }

    public DirectiveDefinitionNode? AstNode { get; internal set; }

    public bool HasLocation(DirectiveLocation location) => (Locations & location) == location;

    public override string ToString() => "@" + Name;
}
