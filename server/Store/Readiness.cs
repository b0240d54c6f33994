namespace NmnGraph.Server.Store;

/// <summary>Whether the database can serve requests now; <see cref="Reason"/> is one line for a load balancer or an operator.</summary>
public sealed record Readiness(bool IsReady, string Reason)
{
    public static Readiness Ready { get; } = new(true, "ready");

    public static Readiness NotReady(string reason) => new(false, reason);
}
