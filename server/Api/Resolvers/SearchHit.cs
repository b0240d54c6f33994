namespace NmnGraph.Server.Api.Resolvers;

/// <summary>schema.graphql <c>SearchHit</c>: <see cref="Node"/> is an article, study or claim record.</summary>
public sealed record SearchHit(object Node, string Snippet, double Score);
