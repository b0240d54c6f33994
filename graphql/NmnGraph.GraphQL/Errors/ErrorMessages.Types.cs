namespace NmnGraph.GraphQL.Errors;

/// <summary>Messages of the type system: scalar and enum coercion, schema validation (graphql-js wording).</summary>
public static partial class ErrorMessages
{
    public static string IntNonInteger(string value) => $"Int cannot represent non-integer value: {value}";

    public static string IntNon32Bit(string value) => $"Int cannot represent non 32-bit signed integer value: {value}";

    public static string FloatNonNumeric(string value) => $"Float cannot represent non numeric value: {value}";

    public static string StringNonString(string value) => $"String cannot represent a non string value: {value}";

    public static string StringCannotRepresent(string value) => $"String cannot represent value: {value}";

    public static string BooleanNonBoolean(string value) => $"Boolean cannot represent a non boolean value: {value}";

    public static string IdCannotRepresent(string value) => $"ID cannot represent value: {value}";

    public static string IdNonStringNonInteger(string value) => $"ID cannot represent a non-string and non-integer value: {value}";

    public static string EnumCannotRepresent(string enumName, string value) => $"Enum \"{enumName}\" cannot represent value: {value}";

    public static string EnumNonStringValue(string enumName, string value) => $"Enum \"{enumName}\" cannot represent non-string value: {value}.";

    public static string EnumNonEnumLiteral(string enumName, string value) => $"Enum \"{enumName}\" cannot represent non-enum value: {value}.";

    public static string EnumValueDoesNotExist(string enumName, string value) => $"Value \"{value}\" does not exist in \"{enumName}\" enum.";

    // Schema building (graphql-js SDL validation rules and buildASTSchema).
    public static string OnlyOneSchemaDefinition() => "Must provide only one schema definition.";

    public static string NonTypeSystemDefinition() => "A schema document may only contain type system definitions and extensions.";

    public static string DuplicateTypeName(string name) => $"There can be only one type named \"{name}\".";

    public static string TypeAlreadyExists(string name) => $"Type \"{name}\" already exists in the schema. It cannot also be defined in this type definition.";

    public static string DuplicateDirectiveName(string name) => $"There can be only one directive named \"@{name}\".";

    public static string DirectiveAlreadyExists(string name) => $"Directive \"@{name}\" already exists in the schema. It cannot be redefined.";

    public static string UnknownDirectiveLocation(string name) => $"Unknown directive location \"{name}\".";

    public static string CannotExtendUndefinedType(string name) => $"Cannot extend type \"{name}\" because it is not defined.";

    public static string CannotExtendWrongKind(string kind, string name) => $"Cannot extend non-{kind} type \"{name}\".";

    public static string UnknownType(string name) => $"Unknown type \"{name}\".";

    public static string DuplicateFieldDefinition(string typeName, string fieldName) => $"Field \"{typeName}.{fieldName}\" can only be defined once.";

    public static string DuplicateArgumentDefinition(string ownerCoordinate, string argumentName) => $"Argument \"{ownerCoordinate}({argumentName}:)\" can only be defined once.";

    public static string DuplicateEnumValue(string enumName, string valueName) => $"Enum value \"{enumName}.{valueName}\" can only be defined once.";

    public static string DuplicateOperationType(string operation) => $"There can be only one {operation} type in schema.";

    public static string UnknownDirective(string name) => $"Unknown directive \"@{name}\".";

    public static string MisplacedDirective(string name, string location) => $"Directive \"@{name}\" may not be used on {location}.";

    public static string DirectiveNotRepeatable(string name) => $"The directive \"@{name}\" can only be used once at this location.";

    public static string UnknownDirectiveArgument(string argumentName, string directiveName) => $"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\".";

    public static string MissingDirectiveArgument(string directiveName, string argumentName, string type) => $"Argument \"@{directiveName}({argumentName}:)\" of type \"{type}\" is required, but it was not provided.";

    // Schema validation (graphql-js validateSchema).
    public static string QueryRootTypeMissing() => "Query root type must be provided.";

    public static string QueryRootTypeNotObject(string typeName) => $"Query root type must be Object type, it cannot be {typeName}.";

    public static string RootTypeNotObject(string operation, string typeName) => $"{operation} root type must be Object type if provided, it cannot be {typeName}.";

    public static string RootTypesMustDiffer(string typeName, string first, string second) => $"All root types must be different, \"{typeName}\" type is used as {first} and {second} root types.";

    public static string ReservedName(string name) => $"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.";

    public static string DirectiveWithoutLocations(string name) => $"Directive @{name} must include 1 or more locations.";

    public static string TypeWithoutFields(string typeName) => $"Type {typeName} must define one or more fields.";

    public static string FieldMustBeOutputType(string coordinate, string type) => $"The type of {coordinate} must be Output Type but got: {type}.";

    public static string ArgumentMustBeInputType(string coordinate, string type) => $"The type of {coordinate} must be Input Type but got: {type}.";

    public static string FieldMustBeInputType(string coordinate, string type) => $"The type of {coordinate} must be Input Type but got: {type}.";

    public static string RequiredArgumentDeprecated(string coordinate) => $"Required argument {coordinate} cannot be deprecated.";

    public static string RequiredInputFieldDeprecated(string coordinate) => $"Required input field {coordinate} cannot be deprecated.";

    public static string MustOnlyImplementInterfaces(string typeName, string other) => $"Type {typeName} must only implement Interface types, it cannot implement {other}.";

    public static string CannotImplementItself(string typeName) => $"Type {typeName} cannot implement itself because it would create a circular reference.";

    public static string CanOnlyImplementOnce(string typeName, string interfaceName) => $"Type {typeName} can only implement {interfaceName} once.";

    public static string MustImplementTransitiveInterface(string typeName, string transitiveName, string interfaceName) => $"Type {typeName} must implement {transitiveName} because it is implemented by {interfaceName}.";

    public static string InterfaceFieldMissing(string interfaceName, string fieldName, string typeName) => $"Interface field {interfaceName}.{fieldName} expected but {typeName} does not provide it.";

    public static string InterfaceFieldTypeMismatch(string interfaceName, string fieldName, string interfaceType, string typeName, string fieldType) => $"Interface field {interfaceName}.{fieldName} expects type {interfaceType} but {typeName}.{fieldName} is type {fieldType}.";

    public static string InterfaceArgumentMissing(string interfaceName, string fieldName, string argumentName, string typeName) => $"Interface field argument {interfaceName}.{fieldName}({argumentName}:) expected but {typeName}.{fieldName} does not provide it.";

    public static string InterfaceArgumentTypeMismatch(string interfaceName, string fieldName, string argumentName, string interfaceType, string typeName, string argumentType) => $"Interface field argument {interfaceName}.{fieldName}({argumentName}:) expects type {interfaceType} but {typeName}.{fieldName}({argumentName}:) is type {argumentType}.";

    public static string ExtraRequiredArgument(string typeName, string fieldName, string argumentName, string interfaceName) => $"Object field {typeName}.{fieldName} includes required argument {argumentName} that is missing from the Interface field {interfaceName}.{fieldName}.";

    public static string UnionWithoutMembers(string unionName) => $"Union type {unionName} must define one or more member types.";

    public static string UnionMemberDuplicated(string unionName, string memberName) => $"Union type {unionName} can only include type {memberName} once.";

    public static string UnionMemberNotObject(string unionName, string memberName) => $"Union type {unionName} can only include Object types, it cannot include {memberName}.";

    public static string EnumWithoutValues(string enumName) => $"Enum type {enumName} must define one or more values.";

    public static string EnumValueNotAllowed(string enumName, string valueName) => $"Enum type {enumName} cannot include value: {valueName}.";

    public static string InputObjectWithoutFields(string inputName) => $"Input Object type {inputName} must define one or more fields.";

    public static string OneOfFieldMustBeNullable(string coordinate) => $"OneOf input field {coordinate} must be nullable.";

    public static string OneOfFieldHasDefault(string coordinate) => $"OneOf input field {coordinate} cannot have a default value.";

    public static string InputObjectCycle(string inputName, string path) => $"Cannot reference Input Object \"{inputName}\" within itself through a series of non-null fields: \"{path}\".";

    public static string InvalidDefaultValue(string coordinate, string value) => $"{coordinate} has invalid default value: {value}.";

    // Resolver binding.
    public static string BindingToUnknownField(string coordinate) => $"A resolver is bound to \"{coordinate}\", but the schema has no such field.";

    public static string BindingToInterfaceField(string coordinate) => $"A resolver is bound to \"{coordinate}\", which is an interface field; bind the fields of the object types that implement it.";

    public static string BindingToUnknownType(string kind, string typeName) => $"{kind} is bound to \"{typeName}\", but the schema has no such type.";

    public static string BindingToWrongKind(string kind, string typeName, string expected) => $"{kind} is bound to \"{typeName}\", which is not {expected}.";

    public static string BindingToUnknownEnumValue(string enumName, string valueName) => $"A runtime value is bound to \"{enumName}.{valueName}\", but the enum has no such value.";

    public static string UnservedField(string coordinate) => $"Field \"{coordinate}\" has no resolver: bind one, or map its type to a CLR type that has a matching property (BindType<T>).";

    public static string UnservedFieldProperty(string coordinate, string clrType) => $"Field \"{coordinate}\" has no resolver and {clrType} has no property or field that matches it.";

    public static string SubscriptionWithoutSource(string coordinate) => $"Subscription field \"{coordinate}\" has no source stream: bind one with BindSubscription.";
}
