using System.Buffers;
using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Validation;
using NmnDocumentValidator = NmnGraph.GraphQL.Validation.DocumentValidator;
using NmnExecutionResult = NmnGraph.GraphQL.Execution.ExecutionResult;
using PeerDocumentValidator = GraphQL.Validation.DocumentValidator;
using PeerExecutionResult = GraphQL.ExecutionResult;
using PeerValidationOptions = GraphQL.Validation.ValidationOptions;

namespace NmnGraph.Bench;

/// <summary>
/// NmnGraph against its peers in one process, per stage, over q1–q6: parse against GraphQL-Parser 9.5.1 (what
/// GraphQL.NET parses with), validate (all specified rules) and execute a cached document (response JSON written)
/// against GraphQL.NET 8.8.5. NmnGraph is the baseline, so BenchmarkDotNet's Ratio column reads peer / NmnGraph.
/// dotnet run -c Release --project bench/NmnGraph.Bench -- --filter '*PeerBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class PeerBenchmarks
{
    private readonly ArrayBufferWriter<byte> _output = new(1 << 20);
    private readonly global::GraphQL.SystemTextJson.GraphQLSerializer _peerSerializer = new();
    private readonly MemoryStream _peerOutput = new(1 << 20);
    private readonly PeerDocumentValidator _peerValidator = new();
    private readonly DocumentExecuter _peerExecuter = new();
    private string _text = "";
    private DocumentNode _document = null!;
    private GraphQLDocument _peerDocument = null!;
    private Inputs _peerVariables = Inputs.Empty;
    private RequestExecutor _executor = null!;
    private NmnGraph.GraphQL.Execution.GraphQLRequest _request = null!;

    [Params("q1", "q2", "q3", "q4", "q5", "q6")]
    public string Case { get; set; } = "q1";

    [GlobalSetup]
    public void Setup()
    {
        _text = WorkloadFixture.Query(Case);
        _document = Parser.Parse(_text);
        _peerDocument = GraphQLParser.Parser.Parse(_text);
        _peerVariables = WorkloadFixture.Workload.Variables.TryGetValue(Case, out string? json) ? PeerFixture.Variables(json) : Inputs.Empty;
        _executor = new RequestExecutor(WorkloadFixture.Schema, new RequestExecutorOptions
        {
            Validator = NmnDocumentValidator.Default,
            DocumentCache = new InMemoryDocumentCache(),
        });
        _request = new NmnGraph.GraphQL.Execution.GraphQLRequest(_text, WorkloadFixture.Variables(Case));
        if (NmnExecute() == 0 || PeerExecute() == 0 || !PeerValidate().IsValid)
        {
            throw new InvalidOperationException($"{Case} failed on one of the engines.");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("parse")]
    public DocumentNode NmnParse() => Parser.Parse(_text);

    [Benchmark]
    [BenchmarkCategory("parse")]
    public GraphQLDocument PeerParse() => GraphQLParser.Parser.Parse(_text);

    [Benchmark]
    [BenchmarkCategory("validate")]
    public int NmnValidate() => NmnDocumentValidator.Validate(WorkloadFixture.Schema, _document).Count;

    [Benchmark]
    [BenchmarkCategory("validate")]
    public IValidationResult PeerValidate() => _peerValidator.ValidateAsync(new PeerValidationOptions
    {
        Schema = PeerFixture.Schema,
        Document = _peerDocument,
        Operation = PeerFixture.FirstOperation(_peerDocument),
        Rules = PeerDocumentValidator.CoreRules,
        Variables = _peerVariables,
        Extensions = Inputs.Empty,
        UserContext = new Dictionary<string, object?>(),
        Metrics = global::GraphQL.Instrumentation.Metrics.None,
    }).GetAwaiter().GetResult();

    [Benchmark]
    [BenchmarkCategory("execute")]
    public int NmnExecute()
    {
        NmnExecutionResult result = _executor.ExecuteAsync(_request).GetAwaiter().GetResult();
        _output.ResetWrittenCount();
        ExecutionResultWriter.Write(_output, result);
        return _output.WrittenCount;
    }

    /// <summary>GraphQL.NET with its document already parsed and validated, as its document cache serves it.</summary>
    [Benchmark]
    [BenchmarkCategory("execute")]
    public int PeerExecute()
    {
        PeerExecutionResult result = _peerExecuter.ExecuteAsync(new ExecutionOptions
        {
            Schema = PeerFixture.Schema,
            Document = _peerDocument,
            Variables = _peerVariables,
            ValidationRules = Array.Empty<IValidationRule>(),
        }).GetAwaiter().GetResult();
        _peerOutput.SetLength(0);
        _peerSerializer.WriteAsync(_peerOutput, result).GetAwaiter().GetResult();
        return (int)_peerOutput.Length;
    }
}
