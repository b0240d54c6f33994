namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>The media type a response is written in, chosen from the request's Accept header.</summary>
internal enum ResponseKind
{
    None,
    GraphQLResponse,
    Json,
    EventStream,
}
