namespace NmnGraph.Server.Domain;

/// <summary>What happened to an entity in a committed change.</summary>
public enum ChangeKind
{
    Created,
    Updated,
    Deleted,
}
