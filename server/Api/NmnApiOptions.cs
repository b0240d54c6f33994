namespace NmnGraph.Server.Api;

/// <summary>How the API behaves per operator configuration.</summary>
public sealed record NmnApiOptions
{
    /// <summary>The key mutations need (<c>Authorization: Bearer KEY</c>); null refuses every mutation.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The most ids <c>Query.nodes</c> accepts.</summary>
    public int MaxNodeIds { get; init; } = 100;
}
