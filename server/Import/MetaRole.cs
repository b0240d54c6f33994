namespace NmnGraph.Server.Import;

/// <summary>What a metadata label names.</summary>
public enum MetaRole
{
    Author,
    Editor,
    Date,
    UpdatedDate,
    Column,
    Other,
}
