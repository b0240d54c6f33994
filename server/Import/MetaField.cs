namespace NmnGraph.Server.Import;

/// <summary>
/// One field of a metadata line: the label as written (empty for a date standing before the first label), its value
/// and where the value starts in the line.
/// </summary>
public sealed record MetaField(MetaRole Role, string Label, string Value, int ValueStart);
