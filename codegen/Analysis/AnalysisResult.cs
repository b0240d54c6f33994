namespace NmnGraph.Codegen.Analysis;

/// <summary>The model, or the diagnostics that prevent building it.</summary>
public sealed record AnalysisResult(ClientModel? Model, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Model is not null && Diagnostics.Count == 0;
}
