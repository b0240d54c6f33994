namespace NmnGraph.GraphQL.Types;

/// <summary>An input object type (spec #sec-Input-Objects), possibly a OneOf input object (spec #sec-OneOf-Input-Objects).</summary>
public sealed class InputObjectType : NamedType
{
    public InputObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.InputObject;

    public FieldCollection<InputValue> Fields { get; } = new();

    /// <summary>True when the type carries <c>@oneOf</c>: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; internal set; }

    internal bool AddField(InputValue field) => Fields.TryAdd(field);
}
