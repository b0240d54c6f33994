using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Api.Resolvers;

/// <summary>schema.graphql <c>ClaimPayload</c>.</summary>
public sealed record ClaimPayload(ClaimRecord Claim);
