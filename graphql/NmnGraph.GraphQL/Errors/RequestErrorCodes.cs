namespace NmnGraph.GraphQL.Errors;

/// <summary>
/// The <c>extensions.code</c> of request errors (spec #sec-Errors.Request-Errors), set by the request pipeline so that
/// a client can tell the stage that refused a request without reading the message. Names follow the common
/// convention of GraphQL servers (Apollo, HotChocolate's GraphQL-over-HTTP codes).
/// </summary>
public static class RequestErrorCodes
{
    /// <summary>The request carried no document.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The document is not valid GraphQL syntax (spec §2).</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document failed a validation rule (spec §5).</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>No operation could be selected (spec #GetOperation()).</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>The variable values could not be coerced (spec #CoerceVariableValues()).</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The execution deadline passed; the resolvers still running were cancelled.</summary>
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";

    /// <summary>Returns the errors with <paramref name="code"/> added to each that has no code yet.</summary>
    public static IReadOnlyList<GraphQLError> WithCode(IReadOnlyList<GraphQLError> errors, string code)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var coded = new GraphQLError[errors.Count];
        for (int i = 0; i < coded.Length; i++)
        {
            coded[i] = WithCode(errors[i], code);
        }

        return coded;
    }

    /// <summary>Returns the error with <paramref name="code"/> added unless it already has one.</summary>
    public static GraphQLError WithCode(GraphQLError error, string code)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code is null ? error.WithExtension("code", code) : error;
    }
}
