namespace NmnGraph.Client.Transport;

/// <summary>The media types of GraphQL over HTTP and GraphQL over SSE.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The GraphQL response media type (GraphQL over HTTP §"application/graphql-response+json").</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>The legacy response media type, still accepted.</summary>
    public const string Json = "application/json";

    /// <summary>Server-sent events, for subscriptions.</summary>
    public const string EventStream = "text/event-stream";

    /// <summary>The <c>Accept</c> header of queries and mutations: the new media type first, legacy JSON after.</summary>
    public const string AcceptForSingleResult = "application/graphql-response+json, application/json;q=0.9";
}
