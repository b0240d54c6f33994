namespace NmnGraph.Client;

/// <summary>Thrown by <c>EnsureNoErrors()</c> when a result carries GraphQL errors.</summary>
public sealed class GraphQLClientException : Exception
{
    public GraphQLClientException()
        : this([])
    {
    }

    public GraphQLClientException(string message)
        : this([new ClientError(message)])
    {
    }

    public GraphQLClientException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new ClientError(message)];
    }

    public GraphQLClientException(IReadOnlyList<ClientError> errors)
        : base(errors.Count == 0 ? "The operation failed." : string.Join("; ", errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<ClientError> Errors { get; }
}
