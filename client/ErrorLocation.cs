namespace NmnGraph.Client;

/// <summary>A position in the operation document that an error refers to; both numbers start at 1.</summary>
public readonly record struct ErrorLocation(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
