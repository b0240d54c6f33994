namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>One embedded GraphiQL file with its media type and a content-derived ETag.</summary>
internal sealed record GraphiQLAsset(byte[] Content, string ContentType, string ETag);
