namespace NmnGraph.Terminal.Widgets;

/// <summary>A table column: header text, width constraint and alignment.</summary>
public sealed record TableColumn(string Header, Constraint Width, Alignment Alignment = Alignment.Left);
