namespace NmnGraph.Server.Domain;

/// <summary>The entities that have their own identity (and a global id in the API).</summary>
public enum EntityKind
{
    Article,
    Study,
    Claim,
    Topic,
}
