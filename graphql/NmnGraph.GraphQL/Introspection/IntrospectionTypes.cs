using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Introspection;

/// <summary>
/// The introspection types of Appendix D (spec #sec-Schema-Introspection). They are ordinary object and enum types
/// whose resolvers read the schema; every schema contains them.
/// </summary>
public static class IntrospectionTypes
{
    private static readonly IType s_string = ScalarType.String;
    private static readonly IType s_nonNullString = new NonNullType(ScalarType.String);
    private static readonly IType s_boolean = ScalarType.Boolean;
    private static readonly IType s_nonNullBoolean = new NonNullType(ScalarType.Boolean);

    static IntrospectionTypes()
    {
        Schema = new ObjectType("__Schema", "A GraphQL schema: its types, its root operation types and its directives.") { IsBuiltIn = true };
        Type = new ObjectType("__Type", "A type of the schema, or a list or non-null wrapper of one. Which fields are set depends on `kind`.") { IsBuiltIn = true };
        Field = new ObjectType("__Field", "A field of an object or interface type.") { IsBuiltIn = true };
        InputValue = new ObjectType("__InputValue", "An argument, or a field of an input object type.") { IsBuiltIn = true };
        EnumValue = new ObjectType("__EnumValue", "A value of an enum type.") { IsBuiltIn = true };
        Directive = new ObjectType("__Directive", "A directive definition: where the directive may be used and which arguments it takes.") { IsBuiltIn = true };
        TypeKind = new EnumType("__TypeKind", "The kinds of type that `__Type` describes.") { IsBuiltIn = true };
        DirectiveLocation = new EnumType("__DirectiveLocation", "The places in a document or a schema where a directive may appear.") { IsBuiltIn = true };

        DefineTypeKind();
        DefineDirectiveLocation();
        DefineSchema();
        DefineType();
        DefineField();
        DefineInputValue();
        DefineEnumValue();
        DefineDirective();

        All = [Schema, Type, TypeKind, Field, InputValue, EnumValue, Directive, DirectiveLocation];
    }

    public static ObjectType Schema { get; }

    public static ObjectType Type { get; }

    public static ObjectType Field { get; }

    public static ObjectType InputValue { get; }

    public static ObjectType EnumValue { get; }

    public static ObjectType Directive { get; }

    public static EnumType TypeKind { get; }

    public static EnumType DirectiveLocation { get; }

    /// <summary>The eight introspection types, in the order graphql-js lists them.</summary>
    public static IReadOnlyList<NamedType> All { get; }

    public static bool IsIntrospectionTypeName(string name) => name.StartsWith("__", StringComparison.Ordinal);

    private static void DefineTypeKind()
    {
        (string Name, string Description)[] kinds =
        [
            ("SCALAR", "Indicates this type is a scalar."),
            ("OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            ("INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            ("UNION", "Indicates this type is a union. `possibleTypes` is a valid field."),
            ("ENUM", "Indicates this type is an enum. `enumValues` is a valid field."),
            ("INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field."),
            ("LIST", "Indicates this type is a list. `ofType` is a valid field."),
            ("NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field."),
        ];
        Types.TypeKind[] values =
        [
            Types.TypeKind.Scalar, Types.TypeKind.Object, Types.TypeKind.Interface, Types.TypeKind.Union,
            Types.TypeKind.Enum, Types.TypeKind.InputObject, Types.TypeKind.List, Types.TypeKind.NonNull,
        ];
        for (int i = 0; i < kinds.Length; i++)
        {
            TypeKind.AddValue(new Types.EnumValue(kinds[i].Name, TypeKind.Name, kinds[i].Description) { Value = values[i] });
        }
    }

    private static void DefineDirectiveLocation()
    {
        foreach (Types.DirectiveLocation location in DirectiveLocations.Split((Types.DirectiveLocation)((1 << 19) - 1)))
        {
            string name = DirectiveLocations.GetName(location);
            DirectiveLocation.AddValue(new Types.EnumValue(name, DirectiveLocation.Name, DescribeLocation(location)) { Value = location });
        }
    }

    private static string DescribeLocation(Types.DirectiveLocation location) => location switch
    {
        Types.DirectiveLocation.Query => "Location adjacent to a query operation.",
        Types.DirectiveLocation.Mutation => "Location adjacent to a mutation operation.",
        Types.DirectiveLocation.Subscription => "Location adjacent to a subscription operation.",
        Types.DirectiveLocation.Field => "Location adjacent to a field.",
        Types.DirectiveLocation.FragmentDefinition => "Location adjacent to a fragment definition.",
        Types.DirectiveLocation.FragmentSpread => "Location adjacent to a fragment spread.",
        Types.DirectiveLocation.InlineFragment => "Location adjacent to an inline fragment.",
        Types.DirectiveLocation.VariableDefinition => "Location adjacent to a variable definition.",
        Types.DirectiveLocation.Schema => "Location adjacent to a schema definition.",
        Types.DirectiveLocation.Scalar => "Location adjacent to a scalar definition.",
        Types.DirectiveLocation.Object => "Location adjacent to an object type definition.",
        Types.DirectiveLocation.FieldDefinition => "Location adjacent to a field definition.",
        Types.DirectiveLocation.ArgumentDefinition => "Location adjacent to an argument definition.",
        Types.DirectiveLocation.Interface => "Location adjacent to an interface definition.",
        Types.DirectiveLocation.Union => "Location adjacent to a union definition.",
        Types.DirectiveLocation.Enum => "Location adjacent to an enum definition.",
        Types.DirectiveLocation.EnumValue => "Location adjacent to an enum value definition.",
        Types.DirectiveLocation.InputObject => "Location adjacent to an input object type definition.",
        _ => "Location adjacent to an input object field definition.",
    };

    private static void DefineSchema()
    {
        Read(Schema, "description", s_string, static parent => ((Types.Schema)parent!).Description);
        Read(Schema, "types", NonNullListOf(Type), "A list of all types supported by this server.", static parent => ((Types.Schema)parent!).Types);
        Read(Schema, "queryType", new NonNullType(Type), "The type that query operations will be rooted at.", static parent => ((Types.Schema)parent!).QueryType);
        Read(Schema, "mutationType", Type, "If this server supports mutation, the type that mutation operations will be rooted at.", static parent => ((Types.Schema)parent!).MutationType);
        Read(Schema, "subscriptionType", Type, "If this server supports subscription, the type that subscription operations will be rooted at.", static parent => ((Types.Schema)parent!).SubscriptionType);
        Read(Schema, "directives", NonNullListOf(Directive), "A list of all directives supported by this server.", static parent => ((Types.Schema)parent!).DirectiveDefinitions);
    }

    private static void DefineType()
    {
        Read(Type, "kind", new NonNullType(TypeKind), static parent => ((IType)parent!).Kind);
        Read(Type, "name", s_string, static parent => (parent as NamedType)?.Name);
        Read(Type, "description", s_string, static parent => (parent as NamedType)?.Description);
        Read(Type, "specifiedByURL", s_string, static parent => (parent as ScalarType)?.SpecifiedByUrl);
        ReadPlanned(Type, "fields", ListOf(Field), static (_, arguments) =>
        {
            bool includeDeprecated = IncludeDeprecated(arguments);
            return parent => parent is ComplexOutputType complex ? FilterDeprecated(complex.Fields, includeDeprecated) : null;
        }).Arguments = IncludeDeprecatedArgument("__Type.fields");
        Read(Type, "interfaces", ListOf(Type), static parent => (parent as ComplexOutputType)?.Interfaces);
        ReadPlanned(Type, "possibleTypes", ListOf(Type), static (schema, _) => parent => parent is NamedType named && named.IsAbstractType()
            ? schema.GetPossibleTypes(named)
            : null);
        ReadPlanned(Type, "enumValues", ListOf(EnumValue), static (_, arguments) =>
        {
            bool includeDeprecated = IncludeDeprecated(arguments);
            return parent => parent is EnumType enumType ? FilterDeprecated(enumType.Values, includeDeprecated) : null;
        }).Arguments = IncludeDeprecatedArgument("__Type.enumValues");
        ReadPlanned(Type, "inputFields", ListOf(InputValue), static (_, arguments) =>
        {
            bool includeDeprecated = IncludeDeprecated(arguments);
            return parent => parent is InputObjectType input ? FilterDeprecated(input.Fields, includeDeprecated) : null;
        }).Arguments = IncludeDeprecatedArgument("__Type.inputFields");
        Read(Type, "ofType", Type, static parent => parent switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        });
        Read(Type, "isOneOf", s_boolean, static parent => parent is InputObjectType input ? input.IsOneOf : null);
    }

    private static void DefineField()
    {
        Read(Field, "name", s_nonNullString, static parent => ((OutputField)parent!).Name);
        Read(Field, "description", s_string, static parent => ((OutputField)parent!).Description);
        ReadPlanned(Field, "args", NonNullListOf(InputValue), static (_, arguments) =>
        {
            bool includeDeprecated = IncludeDeprecated(arguments);
            return parent => FilterDeprecated(((OutputField)parent!).Arguments, includeDeprecated);
        }).Arguments = IncludeDeprecatedArgument("__Field.args");
        Read(Field, "type", new NonNullType(Type), static parent => ((OutputField)parent!).Type);
        Read(Field, "isDeprecated", s_nonNullBoolean, static parent => ((OutputField)parent!).IsDeprecated);
        Read(Field, "deprecationReason", s_string, static parent => ((OutputField)parent!).DeprecationReason);
    }

    private static void DefineInputValue()
    {
        Read(InputValue, "name", s_nonNullString, static parent => ((Types.InputValue)parent!).Name);
        Read(InputValue, "description", s_string, static parent => ((Types.InputValue)parent!).Description);
        Read(InputValue, "type", new NonNullType(Type), static parent => ((Types.InputValue)parent!).Type);
        Read(InputValue, "defaultValue", s_string, "A GraphQL-formatted string representing the default value for this input value.", static parent =>
            ((Types.InputValue)parent!).DefaultValue is { } literal ? ValueFormatter.Print(literal) : null);
        Read(InputValue, "isDeprecated", s_nonNullBoolean, static parent => ((Types.InputValue)parent!).IsDeprecated);
        Read(InputValue, "deprecationReason", s_string, static parent => ((Types.InputValue)parent!).DeprecationReason);
    }

    private static void DefineEnumValue()
    {
        Read(EnumValue, "name", s_nonNullString, static parent => ((Types.EnumValue)parent!).Name);
        Read(EnumValue, "description", s_string, static parent => ((Types.EnumValue)parent!).Description);
        Read(EnumValue, "isDeprecated", s_nonNullBoolean, static parent => ((Types.EnumValue)parent!).IsDeprecated);
        Read(EnumValue, "deprecationReason", s_string, static parent => ((Types.EnumValue)parent!).DeprecationReason);
    }

    private static void DefineDirective()
    {
        Read(Directive, "name", s_nonNullString, static parent => ((DirectiveDefinition)parent!).Name);
        Read(Directive, "description", s_string, static parent => ((DirectiveDefinition)parent!).Description);
        Read(Directive, "isRepeatable", s_nonNullBoolean, static parent => ((DirectiveDefinition)parent!).IsRepeatable);
        Read(Directive, "locations", new NonNullType(new ListType(new NonNullType(DirectiveLocation))), static parent =>
            ((DirectiveDefinition)parent!).LocationList);
        ReadPlanned(Directive, "args", NonNullListOf(InputValue), static (_, arguments) =>
        {
            bool includeDeprecated = IncludeDeprecated(arguments);
            return parent => FilterDeprecated(((DirectiveDefinition)parent!).Arguments, includeDeprecated);
        }).Arguments = IncludeDeprecatedArgument("__Directive.args");
    }

    /// <summary>The members in definition order, the deprecated ones only when asked for (<c>includeDeprecated</c>).</summary>
    private static List<T> FilterDeprecated<T>(FieldCollection<T> values, bool includeDeprecated)
        where T : class, INamedMember
    {
        var result = new List<T>(values.Count);
        foreach (T value in values)
        {
            if (includeDeprecated || !value.IsDeprecated)
            {
                result.Add(value);
            }
        }

        return result;
    }

    private static FieldCollection<Types.InputValue> IncludeDeprecatedArgument(string fieldCoordinate)
    {
        var arguments = new FieldCollection<Types.InputValue>();
        arguments.TryAdd(new Types.InputValue(
            "includeDeprecated",
            s_nonNullBoolean,
            fieldCoordinate + "(includeDeprecated:)",
            defaultValue: new BooleanValueNode(false)));
        return arguments;
    }

    private static NonNullType NonNullListOf(IType itemType) => new(new ListType(new NonNullType(itemType)));

    private static ListType ListOf(IType itemType) => new(new NonNullType(itemType));

    /// <summary>Adds a field that reads its value from the parent alone: the executor resolves it without a context.</summary>
    private static void Read(ObjectType owner, string name, IType type, FieldReader read) => Read(owner, name, type, null, read);

    private static void Read(ObjectType owner, string name, IType type, string? description, FieldReader read) =>
        Add(owner, name, type, description, ctx => read(ctx.Parent)).Reader = read;

    /// <summary>
    /// Adds a field read from the parent together with the schema or the field's arguments: the executor makes its reader
    /// once per planned field (<see cref="OutputField.ReaderFactory"/>); the resolver serves arguments from variables.
    /// </summary>
    private static OutputField ReadPlanned(ObjectType owner, string name, IType type, FieldReaderFactory makeReader)
    {
        OutputField field = Add(owner, name, type, null, ctx => makeReader(ctx.Schema, ctx.Arguments)(ctx.Parent));
        field.ReaderFactory = makeReader;
        return field;
    }

    private static bool IncludeDeprecated(IReadOnlyDictionary<string, object?> arguments) =>
        arguments.TryGetValue("includeDeprecated", out object? value) && value is true;

    private static OutputField Add(ObjectType owner, string name, IType type, string? description, Func<IResolverContext, object?> resolve)
    {
        var field = new OutputField(name, type, owner.Name, description)
        {
            Resolver = ctx => new ValueTask<object?>(resolve(ctx)),
        };
        owner.AddField(field);
        return field;
    }
}
