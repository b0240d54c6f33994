using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Errors;

/// <summary>The messages of the validation rules (spec §5), in graphql-js wording.</summary>
public static partial class ErrorMessages
{
    public static GraphQLError TooManyValidationErrors() =>
        new("Too many validation errors, error limit reached. Validation aborted.");

    // 5.1 Documents
    public static GraphQLError NonExecutableDefinition(string definitionName, DefinitionNode node) =>
        Create($"The {definitionName} definition is not executable.", "sec-Executable-Definitions", node);

    // 5.2 Operations
    public static GraphQLError UnsupportedOperationType(string operation, OperationDefinitionNode node) =>
        Create($"The {operation} operation is not supported by the schema.", "sec-Operation-Type-Existence", node);

    public static GraphQLError DuplicateOperationName(string name, NameNode first, NameNode second) =>
        Create($"There can be only one operation named \"{name}\".", "sec-Operation-Name-Uniqueness", first, second);

    public static GraphQLError AnonymousOperationNotAlone(OperationDefinitionNode node) =>
        Create("This anonymous operation must be the only defined operation.", "sec-Lone-Anonymous-Operation", node);

    public static GraphQLError SubscriptionSkipOrInclude(string? operationName, params ReadOnlySpan<SyntaxNode?> directives) =>
        Create(
            operationName is null
                ? "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection."
                : $"Subscription \"{operationName}\" must not use `@skip` or `@include` directives in the top level selection.",
            "sec-Single-Root-Field",
            directives);

    public static GraphQLError SubscriptionMultipleRootFields(string? operationName, params ReadOnlySpan<SyntaxNode?> extraFields) =>
        Create(
            operationName is null
                ? "Anonymous Subscription must select only one top level field."
                : $"Subscription \"{operationName}\" must select only one top level field.",
            "sec-Single-Root-Field",
            extraFields);

    public static GraphQLError SubscriptionIntrospectionRootField(string? operationName, params ReadOnlySpan<SyntaxNode?> fields) =>
        Create(
            operationName is null
                ? "Anonymous Subscription must not select an introspection top level field."
                : $"Subscription \"{operationName}\" must not select an introspection top level field.",
            "sec-Single-Root-Field",
            fields);

    // 5.3 Fields
    public static GraphQLError UndefinedField(string fieldName, string typeName, string suggestion, FieldNode node) =>
        Create($"Cannot query field \"{fieldName}\" on type \"{typeName}\".{suggestion}", "sec-Field-Selections", node);

    public static GraphQLError FieldsConflict(string responseName, string reason, params ReadOnlySpan<SyntaxNode?> fields) =>
        Create(
            $"Fields \"{responseName}\" conflict because {reason}. Use different aliases on the fields to fetch both if this was intentional.",
            "sec-Field-Selection-Merging",
            fields);

    public static GraphQLError LeafFieldWithSelection(string fieldName, string typeName, SelectionSetNode selectionSet) =>
        Create($"Field \"{fieldName}\" must not have a selection since type \"{typeName}\" has no subfields.", "sec-Leaf-Field-Selections", selectionSet);

    public static GraphQLError CompositeFieldWithoutSelection(string fieldName, string typeName, FieldNode node) =>
        Create(
            $"Field \"{fieldName}\" of type \"{typeName}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
            "sec-Leaf-Field-Selections",
            node);

    // 5.4 Arguments
    public static GraphQLError UnknownFieldArgument(string argumentName, string coordinate, string suggestion, ArgumentNode node) =>
        Create($"Unknown argument \"{argumentName}\" on field \"{coordinate}\".{suggestion}", "sec-Argument-Names", node);

    public static GraphQLError UnknownDirectiveArgument(string argumentName, string directiveName, string suggestion, ArgumentNode node) =>
        Create($"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\".{suggestion}", "sec-Argument-Names", node);

    public static GraphQLError DuplicateArgument(string argumentName, params ReadOnlySpan<SyntaxNode?> names) =>
        Create($"There can be only one argument named \"{argumentName}\".", "sec-Argument-Uniqueness", names);

    public static GraphQLError MissingFieldArgument(string fieldName, string argumentName, string typeName, FieldNode node) =>
        Create(
            $"Field \"{fieldName}\" argument \"{argumentName}\" of type \"{typeName}\" is required, but it was not provided.",
            "sec-Required-Arguments",
            node);

    public static GraphQLError MissingDirectiveArgument(string directiveName, string argumentName, string typeName, DirectiveNode node) =>
        Create(
            $"Directive \"@{directiveName}\" argument \"{argumentName}\" of type \"{typeName}\" is required, but it was not provided.",
            "sec-Required-Arguments",
            node);

    // 5.5 Fragments
    public static GraphQLError DuplicateFragmentName(string name, NameNode first, NameNode second) =>
        Create($"There can be only one fragment named \"{name}\".", "sec-Fragment-Name-Uniqueness", first, second);

    public static GraphQLError UnknownType(string typeName, string suggestion, NamedTypeNode node) =>
        Create($"Unknown type \"{typeName}\".{suggestion}", "sec-Fragment-Spread-Type-Existence", node);

    public static GraphQLError InlineFragmentOnNonCompositeType(string typeName, NamedTypeNode typeCondition) =>
        Create(
            $"Fragment cannot condition on non composite type \"{typeName}\".",
            "sec-Fragments-on-Object-Interface-or-Union-Types",
            typeCondition);

    public static GraphQLError FragmentOnNonCompositeType(string fragmentName, string typeName, NamedTypeNode typeCondition) =>
        Create(
            $"Fragment \"{fragmentName}\" cannot condition on non composite type \"{typeName}\".",
            "sec-Fragments-on-Object-Interface-or-Union-Types",
            typeCondition);

    public static GraphQLError UnusedFragment(string fragmentName, FragmentDefinitionNode node) =>
        Create($"Fragment \"{fragmentName}\" is never used.", "sec-Fragments-Must-Be-Used", node);

    public static GraphQLError UnknownFragment(string fragmentName, NameNode node) =>
        Create($"Unknown fragment \"{fragmentName}\".", "sec-Fragment-Spread-Target-Defined", node);

    public static GraphQLError FragmentCycle(string fragmentName, string via, params ReadOnlySpan<SyntaxNode?> spreads) =>
        Create(
            via.Length == 0
                ? $"Cannot spread fragment \"{fragmentName}\" within itself."
                : $"Cannot spread fragment \"{fragmentName}\" within itself via {via}.",
            "sec-Fragment-Spreads-Must-Not-Form-Cycles",
            spreads);

    public static GraphQLError ImpossibleInlineFragment(string parentTypeName, string fragmentTypeName, InlineFragmentNode node) =>
        Create(
            $"Fragment cannot be spread here as objects of type \"{parentTypeName}\" can never be of type \"{fragmentTypeName}\".",
            "sec-Fragment-Spread-Is-Possible",
            node);

    public static GraphQLError ImpossibleFragmentSpread(string fragmentName, string parentTypeName, string fragmentTypeName, FragmentSpreadNode node) =>
        Create(
            $"Fragment \"{fragmentName}\" cannot be spread here as objects of type \"{parentTypeName}\" can never be of type \"{fragmentTypeName}\".",
            "sec-Fragment-Spread-Is-Possible",
            node);

    // 5.6 Values
    public static GraphQLError ExpectedValueOfType(string typeName, string printedValue, ValueNode node) =>
        Create($"Expected value of type \"{typeName}\", found {printedValue}.", "sec-Values-of-Correct-Type", node);

    public static GraphQLError ExpectedValueOfTypeBecause(string typeName, string printedValue, string reason, ValueNode node) =>
        Create($"Expected value of type \"{typeName}\", found {printedValue}; {reason}", "sec-Values-of-Correct-Type", node);

    public static GraphQLError InvalidLiteral(string message, ValueNode node) =>
        Create(message, "sec-Values-of-Correct-Type", node);

    public static GraphQLError EnumLiteralNotEnum(string enumName, string printedValue, string suggestion, ValueNode node) =>
        Create($"Enum \"{enumName}\" cannot represent non-enum value: {printedValue}.{suggestion}", "sec-Values-of-Correct-Type", node);

    public static GraphQLError EnumLiteralUnknown(string enumName, string printedValue, string suggestion, ValueNode node) =>
        Create($"Value \"{printedValue}\" does not exist in \"{enumName}\" enum.{suggestion}", "sec-Values-of-Correct-Type", node);

    public static GraphQLError OneOfNotExactlyOneField(string typeName, ObjectValueNode node) =>
        Create($"OneOf Input Object \"{typeName}\" must specify exactly one key.", "sec-Values-of-Correct-Type", node);

    public static GraphQLError OneOfFieldNull(string typeName, string fieldName, ObjectValueNode node) =>
        Create($"Field \"{typeName}.{fieldName}\" must be non-null.", "sec-Values-of-Correct-Type", node);

    public static GraphQLError UnknownInputField(string fieldName, string typeName, string suggestion, ObjectFieldNode node) =>
        Create($"Field \"{fieldName}\" is not defined by type \"{typeName}\".{suggestion}", "sec-Input-Object-Field-Names", node);

    public static GraphQLError DuplicateInputField(string fieldName, NameNode first, NameNode second) =>
        Create($"There can be only one input field named \"{fieldName}\".", "sec-Input-Object-Field-Uniqueness", first, second);

    public static GraphQLError MissingInputField(string typeName, string fieldName, string fieldTypeName, ObjectValueNode node) =>
        Create(
            $"Field \"{typeName}.{fieldName}\" of required type \"{fieldTypeName}\" was not provided.",
            "sec-Input-Object-Required-Fields",
            node);

    // 5.7 Directives
    public static GraphQLError UnknownDirective(string directiveName, DirectiveNode node) =>
        Create($"Unknown directive \"@{directiveName}\".", "sec-Directives-Are-Defined", node);

    public static GraphQLError MisplacedDirective(string directiveName, string location, DirectiveNode node) =>
        Create($"Directive \"@{directiveName}\" may not be used on {location}.", "sec-Directives-Are-in-Valid-Locations", node);

    public static GraphQLError DuplicateDirective(string directiveName, DirectiveNode first, DirectiveNode second) =>
        Create(
            $"The directive \"@{directiveName}\" can only be used once at this location.",
            "sec-Directives-Are-Unique-per-Location",
            first,
            second);

    // 5.8 Variables
    public static GraphQLError DuplicateVariable(string variableName, params ReadOnlySpan<SyntaxNode?> names) =>
        Create($"There can be only one variable named \"${variableName}\".", "sec-Variable-Uniqueness", names);

    public static GraphQLError NonInputTypeVariable(string variableName, string typeName, TypeNode node) =>
        Create($"Variable \"${variableName}\" cannot be non-input type \"{typeName}\".", "sec-Variables-Are-Input-Types", node);

    public static GraphQLError UndefinedVariable(string variableName, string? operationName, VariableNode usage, OperationDefinitionNode operation) =>
        Create(
            operationName is null
                ? $"Variable \"${variableName}\" is not defined."
                : $"Variable \"${variableName}\" is not defined by operation \"{operationName}\".",
            "sec-All-Variable-Uses-Defined",
            usage,
            operation);

    public static GraphQLError UnusedVariable(string variableName, string? operationName, VariableDefinitionNode node) =>
        Create(
            operationName is null
                ? $"Variable \"${variableName}\" is never used."
                : $"Variable \"${variableName}\" is never used in operation \"{operationName}\".",
            "sec-All-Variables-Used",
            node);

    public static GraphQLError BadVariablePosition(string variableName, string variableType, string expectedType, VariableDefinitionNode definition, VariableNode usage) =>
        Create(
            $"Variable \"${variableName}\" of type \"{variableType}\" used in position expecting type \"{expectedType}\".",
            "sec-All-Variable-Usages-Are-Allowed",
            definition,
            usage);

    public static GraphQLError NullableVariableInOneOf(string variableName, string variableType, string oneOfTypeName, VariableDefinitionNode definition, VariableNode usage) =>
        Create(
            $"Variable \"${variableName}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOfTypeName}\".",
            "sec-All-Variable-Usages-Are-Allowed",
            definition,
            usage);
}
