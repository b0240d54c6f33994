using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store;

/// <summary>An edit of a claim; null fields keep their value (schema.graphql <c>UpdateClaimInput</c>).</summary>
public sealed record ClaimUpdate(
    long Id,
    string? Statement = null,
    ClaimKind? Kind = null,
    IReadOnlyList<string>? Topics = null,
    IReadOnlyList<string>? Caveats = null);
