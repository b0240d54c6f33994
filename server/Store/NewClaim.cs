using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store;

/// <summary>A claim to add (schema.graphql <c>AddClaimInput</c>); topics are slugs.</summary>
public sealed record NewClaim(
    string Statement,
    ClaimKind Kind,
    bool AboutNmn,
    IReadOnlyList<MentionInput> Mentions,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Caveats);
