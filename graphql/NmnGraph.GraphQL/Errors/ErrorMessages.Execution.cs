namespace NmnGraph.GraphQL.Errors;

/// <summary>Messages of execution: operation selection, coercion, value completion (graphql-js wording).</summary>
public static partial class ErrorMessages
{
    public static string MustProvideOperationName() => "Must provide operation name if query contains multiple operations.";

    public static string UnknownOperation(string name) => $"Unknown operation named \"{name}\".";

    public static string MustProvideOperation() => "Must provide an operation.";

    public static string MustProvideDocument() => "Must provide document.";

    public static string SchemaNotConfiguredForOperation(string operation) => $"Schema is not configured to execute {operation} operation.";

    public static string VariableNotInputType(string name, string type) => $"Variable \"${name}\" expected value of type \"{type}\" which cannot be used as an input type.";

    public static string VariableNotProvided(string name, string type) => $"Variable \"${name}\" of required type \"{type}\" was not provided.";

    public static string VariableMustNotBeNull(string name, string type) => $"Variable \"${name}\" of non-null type \"{type}\" must not be null.";

    public static string VariableInvalidValuePrefix(string name, string value) => $"Variable \"${name}\" got invalid value {value}";

    public static string ExpectedNonNullable(string type) => $"Expected non-nullable type \"{type}\" not to be null.";

    public static string ExpectedType(string type) => $"Expected type \"{type}\".";

    public static string ExpectedObject(string type) => $"Expected type \"{type}\" to be an object.";

    public static string InputFieldNotProvided(string field, string type) => $"Field \"{field}\" of required type \"{type}\" was not provided.";

    public static string InputFieldNotDefined(string field, string type) => $"Field \"{field}\" is not defined by type \"{type}\".";

    public static string OneOfExactlyOneKey(string type) => $"Exactly one key must be specified for OneOf type \"{type}\".";

    public static string OneOfFieldNonNull(string field) => $"Field \"{field}\" must be non-null.";

    public static string ArgumentNotProvided(string name, string type) => $"Argument \"{name}\" of required type \"{type}\" was not provided.";

    public static string ArgumentVariableNotProvided(string name, string type, string variable) => $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variable}\" which was not provided a runtime value.";

    public static string ArgumentMustNotBeNull(string name, string type) => $"Argument \"{name}\" of non-null type \"{type}\" must not be null.";

    public static string ArgumentInvalidValue(string name, string value) => $"Argument \"{name}\" has invalid value {value}.";

    public static string CannotReturnNull(string coordinate) => $"Cannot return null for non-nullable field {coordinate}.";

    public static string ExpectedIterable(string coordinate) => $"Expected Iterable, but did not find one for field \"{coordinate}\".";

    public static string AbstractTypeUnresolved(string abstractType, string coordinate) => $"Abstract type \"{abstractType}\" must resolve to an Object type at runtime for field \"{coordinate}\". Either the \"{abstractType}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.";

    public static string AbstractTypeResolvedToUnknown(string abstractType, string typeName) => $"Abstract type \"{abstractType}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.";

    public static string AbstractTypeResolvedToNonObject(string abstractType, string typeName) => $"Abstract type \"{abstractType}\" was resolved to a non-object type \"{typeName}\".";

    public static string NotPossibleType(string typeName, string abstractType) => $"Runtime Object type \"{typeName}\" is not a possible type for \"{abstractType}\".";

    public static string UnexpectedExecutionError() => "Unexpected Execution Error";

    public static string MaxDepthExceeded(int depth, int maxDepth) => $"The operation has a depth of {depth}, which exceeds the maximum allowed depth of {maxDepth}.";

    public static string ExecutionTimedOut(TimeSpan timeout) => $"The request exceeded the execution timeout of {timeout.TotalMilliseconds:0} ms.";

    public static string SubscriptionSourceNotStream(string coordinate) => $"Subscription field must return AsyncIterable. Received: {coordinate}.";
}
