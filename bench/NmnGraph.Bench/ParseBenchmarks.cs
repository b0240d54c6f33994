using BenchmarkDotNet.Attributes;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.Bench;

/// <summary>Parsing q1–q6 from text, with no cache.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _text = "";

    [Params("q1", "q2", "q3", "q4", "q5", "q6")]
    public string Case { get; set; } = "q1";

    [GlobalSetup]
    public void Setup() => _text = WorkloadFixture.Query(Case);

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_text);
}
