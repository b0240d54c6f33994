namespace NmnGraph.Server.Store.Querying;

/// <summary>Case-insensitive text filter (schema.graphql <c>StringFilter</c>); all given conditions must hold.</summary>
public sealed record StringFilter(
    string? Eq = null,
    string? Contains = null,
    string? StartsWith = null);
