namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>The media types of GraphQL over HTTP (graphql-over-http, "Media Types").</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";

    /// <summary>True when a media type names the same type as <paramref name="expected"/>, ignoring parameters and case.</summary>
    public static bool Matches(string? mediaType, string expected)
    {
        if (mediaType is null)
        {
            return false;
        }

        int semicolon = mediaType.IndexOf(';', StringComparison.Ordinal);
        ReadOnlySpan<char> bare = (semicolon < 0 ? mediaType : mediaType[..semicolon]).AsSpan().Trim();
        return bare.Equals(expected, StringComparison.OrdinalIgnoreCase);
    }
}
