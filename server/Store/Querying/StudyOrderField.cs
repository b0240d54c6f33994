namespace NmnGraph.Server.Store.Querying;

/// <summary>A field a list can be ordered by.</summary>
public enum StudyOrderField
{
    Title,
    Year,
}
