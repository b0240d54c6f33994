namespace NmnGraph.Server.Import;

/// <summary>One labelled field of a metadata line: the label as written, its value and where the value starts in the line.</summary>
public sealed record MetaField(MetaRole Role, string Label, string Value, int ValueStart);
