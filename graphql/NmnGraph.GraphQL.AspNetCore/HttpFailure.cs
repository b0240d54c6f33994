using Microsoft.AspNetCore.Http;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>A request the HTTP layer rejects before execution: the status, the GraphQL error and its code.</summary>
internal sealed record HttpFailure(int StatusCode, string Message, string Code, string? Allow = null)
{
    public static HttpFailure BadRequest(string message, string code = GraphQLErrorCodes.InvalidRequest) => new(StatusCodes.Status400BadRequest, message, code);
}
