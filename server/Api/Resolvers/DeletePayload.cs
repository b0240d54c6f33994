namespace NmnGraph.Server.Api.Resolvers;

/// <summary>schema.graphql <c>DeletePayload</c>.</summary>
public sealed record DeletePayload(string DeletedId);
