using Microsoft.AspNetCore.Http;
using NmnGraph.GraphQL.Errors;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>A request the HTTP layer rejects before execution: the status, the GraphQL error and its code.</summary>
internal sealed record HttpFailure(int StatusCode, string Message, string Code, string? Allow = null)
{
    public static HttpFailure BadRequest(string message, string code = GraphQLErrorCodes.InvalidRequest) => new(StatusCodes.Status400BadRequest, message, code);

    /// <summary>The GraphQL error the response carries.</summary>
    public GraphQLError ToError() => new(Message, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = Code });
}
