using System.Buffers;
using BenchmarkDotNet.Attributes;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;
using NmnGraph.GraphQL.Validation;

namespace NmnGraph.Bench;

/// <summary>
/// The engine end to end on q1–q6 against the in-memory graph: <see cref="Cached"/> is a repeated request (document
/// cache hit: no parse, no validation, cached plan) including writing the response JSON from the result tree;
/// <see cref="CachedOnlyWritten"/> is the same request as the HTTP server makes it, whose result is only written
/// (<see cref="GraphQLRequest.ResultIsOnlyWritten"/>: parts are written as JSON while executing); <see cref="Uncached"/>
/// parses and validates every time.
/// </summary>
[MemoryDiagnoser]
public class ExecuteBenchmarks
{
    private readonly ArrayBufferWriter<byte> _output = new(1 << 20);
    private RequestExecutor _cached = null!;
    private RequestExecutor _uncached = null!;
    private GraphQLRequest _request = null!;
    private GraphQLRequest _onlyWritten = null!;

    [Params("q1", "q2", "q3", "q4", "q5", "q6")]
    public string Case { get; set; } = "q1";

    [GlobalSetup]
    public void Setup()
    {
        Schema schema = WorkloadFixture.Schema;
        var validator = DocumentValidator.Default;
        _cached = new RequestExecutor(schema, new RequestExecutorOptions { Validator = validator, DocumentCache = new InMemoryDocumentCache() });
        _uncached = new RequestExecutor(schema, new RequestExecutorOptions { Validator = validator });
        _request = new GraphQLRequest(WorkloadFixture.Query(Case), WorkloadFixture.Variables(Case));
        _onlyWritten = new GraphQLRequest(WorkloadFixture.Query(Case), WorkloadFixture.Variables(Case)) { ResultIsOnlyWritten = true };
        ExecutionResult warm = _cached.ExecuteAsync(_request).GetAwaiter().GetResult();
        if (warm.Errors.Count > 0 || !warm.HasData)
        {
            throw new InvalidOperationException($"{Case} failed: {warm.Errors[0].Message}");
        }
    }

    [Benchmark(Baseline = true)]
    public int Cached() => Run(_cached, _request);

    [Benchmark]
    public int CachedOnlyWritten() => Run(_cached, _onlyWritten);

    [Benchmark]
    public int Uncached() => Run(_uncached, _request);

    private int Run(RequestExecutor executor, GraphQLRequest request)
    {
        ExecutionResult result = executor.ExecuteAsync(request).GetAwaiter().GetResult();
        _output.ResetWrittenCount();
        ExecutionResultWriter.Write(_output, result);
        result.ReturnBuffers();
        return _output.WrittenCount;
    }
}
