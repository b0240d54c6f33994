namespace NmnGraph.GraphQL.Errors;

/// <summary>
/// Carries one or more <see cref="GraphQLError"/>s. Resolvers throw it to report an error with a code;
/// the parser throws it for syntax errors. The executor turns it into response errors and never lets it escape.
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException()
        : this("An unknown GraphQL error occurred.")
    {
    }

    public GraphQLException(string message)
        : this(new GraphQLError(message))
    {
    }

    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new GraphQLError(message)];
    }

    public GraphQLException(string message, string code)
        : this(new GraphQLError(message, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code }))
    {
    }

    public GraphQLException(GraphQLError error)
        : base(error?.Message)
    {
        ArgumentNullException.ThrowIfNull(error);
        Errors = [error];
    }

    public GraphQLException(IReadOnlyList<GraphQLError> errors)
        : base(errors is { Count: > 0 } ? errors[0].Message : "An unknown GraphQL error occurred.")
    {
        ArgumentNullException.ThrowIfNull(errors);
        Errors = errors;
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
