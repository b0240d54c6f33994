using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

/// <summary>The directives every schema has (spec #sec-Type-System.Directives.Built-in-Directives, Appendix D).</summary>
public static class BuiltInDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Include { get; } = Create(
        "include",
        DirectiveLocation.Field | DirectiveLocation.FragmentSpread | DirectiveLocation.InlineFragment,
        "Includes this field or fragment only when the `if` argument is true.",
        ("if", new NonNullType(ScalarType.Boolean), "Included when true.", null));

    public static DirectiveDefinition Skip { get; } = Create(
        "skip",
        DirectiveLocation.Field | DirectiveLocation.FragmentSpread | DirectiveLocation.InlineFragment,
        "Skips this field or fragment when the `if` argument is true.",
        ("if", new NonNullType(ScalarType.Boolean), "Skipped when true.", null));

    public static DirectiveDefinition Deprecated { get; } = WithLocationOrder(
        Create(
            "deprecated",
            DirectiveLocation.FieldDefinition | DirectiveLocation.ArgumentDefinition | DirectiveLocation.InputFieldDefinition | DirectiveLocation.EnumValue,
            "Marks an element of the schema as no longer supported.",
            ("reason", new NonNullType(ScalarType.String), "Why the element is deprecated and what to use instead, in Markdown.", new StringValueNode(DefaultDeprecationReason, false))),
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue]);

    public static DirectiveDefinition SpecifiedBy { get; } = Create(
        "specifiedBy",
        DirectiveLocation.Scalar,
        "Gives a URL that specifies the behavior of a custom scalar.",
        ("url", new NonNullType(ScalarType.String), "The URL of the scalar's specification.", null));

    public static DirectiveDefinition OneOf { get; } = Create(
        "oneOf",
        DirectiveLocation.InputObject,
        "Requires exactly one field of an input object to be given, and not null.");

    /// <summary>All five, in the order graphql-js lists them.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsBuiltInName(string name) =>
        name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";

    // Appendix D lists INPUT_FIELD_DEFINITION before ENUM_VALUE, unlike the __DirectiveLocation enum.
    private static DirectiveDefinition WithLocationOrder(DirectiveDefinition directive, IReadOnlyList<DirectiveLocation> locations)
    {
        directive.LocationList = locations;
        return directive;
    }

    private static DirectiveDefinition Create(
        string name,
        DirectiveLocation locations,
        string description,
        params (string Name, IType Type, string Description, ValueNode? DefaultValue)[] arguments)
    {
        var directive = new DirectiveDefinition(name, locations, isRepeatable: false, description) { IsBuiltIn = true };
        var collection = new FieldCollection<InputValue>();
        foreach ((string argName, IType type, string argDescription, ValueNode? defaultValue) in arguments)
        {
            collection.TryAdd(new InputValue(argName, type, "@" + name + "(" + argName + ":)", argDescription, defaultValue));
        }

        directive.Arguments = collection;
        return directive;
    }
}
