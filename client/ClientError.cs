namespace NmnGraph.Client;

/// <summary>One GraphQL error of a response (spec §7.1.2), with its <c>extensions.code</c> when the server gave one.</summary>
public sealed record ClientError(string Message, string? Code = null)
{
    public override string ToString() => Code is null ? Message : $"{Message} ({Code})";
}
