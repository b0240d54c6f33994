using BenchmarkDotNet.Attributes;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;
using NmnGraph.GraphQL.Validation;

namespace NmnGraph.Bench;

/// <summary>All specified validation rules over q1–q6, parsed beforehand.</summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private DocumentNode _document = null!;
    private Schema _schema = null!;

    [Params("q1", "q2", "q3", "q4", "q5", "q6")]
    public string Case { get; set; } = "q1";

    [GlobalSetup]
    public void Setup()
    {
        _schema = WorkloadFixture.Schema;
        _document = Parser.Parse(WorkloadFixture.Query(Case));
        if (DocumentValidator.Validate(_schema, _document).Count > 0)
        {
            throw new InvalidOperationException($"{Case} does not validate.");
        }
    }

    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate() => DocumentValidator.Validate(_schema, _document);
}
