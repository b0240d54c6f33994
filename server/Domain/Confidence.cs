namespace NmnGraph.Server.Domain;

/// <summary>Confidence in a suspected transcription error.</summary>
public enum Confidence
{
    High,
    Medium,
    Low,
}
