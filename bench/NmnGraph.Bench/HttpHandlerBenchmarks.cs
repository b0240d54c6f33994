using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using NmnGraph.GraphQL.AspNetCore;

namespace NmnGraph.Bench;

/// <summary>
/// One whole GraphQL-over-HTTP exchange in process, without sockets: a POST of q1 or q4 through the server's handler
/// (negotiation, body read, document cache, execution, response written) on the workload schema. The request and
/// response objects are made fresh per call (<see cref="DefaultHttpContext"/> over memory streams), so the figures
/// include their cost, which is the same for every build; compare builds, not absolute numbers with Kestrel's.
/// </summary>
[MemoryDiagnoser]
public class HttpHandlerBenchmarks
{
    private static readonly byte[] s_floorBody = """{"data":{"__typename":"Query"}}"""u8.ToArray();
    private readonly MemoryStream _response = new(1 << 16);
    private GraphQLServer _server = null!;
    private byte[] _body = [];

    [Params("q1", "q4")]
    public string Case { get; set; } = "q1";

    [GlobalSetup]
    public void Setup()
    {
        _server = new GraphQLServer(WorkloadFixture.Schema, new GraphQLServerOptions(), includeExceptionDetails: false);
        _body = JsonSerializer.SerializeToUtf8Bytes(new { query = WorkloadFixture.Query(Case), variables = WorkloadFixture.Variables(Case) });
        if (Post() != StatusCodes.Status200OK)
        {
            throw new InvalidOperationException($"{Case}: HTTP {Post()}");
        }
    }

    /// <summary>The same exchange answered with a constant (as the workload server's <c>/floor</c>): what the GraphQL path adds is <see cref="Post"/> minus this.</summary>
    [Benchmark(Baseline = true)]
    public int Floor()
    {
        HttpContext context = NewContext();
        context.Response.ContentType = "application/json";
        context.Response.Body.Write(s_floorBody);
        return context.Response.StatusCode;
    }

    [Benchmark]
    public int Post()
    {
        HttpContext context = NewContext();
        GraphQLHttpHandler.HandleAsync(context, _server).GetAwaiter().GetResult();
        return context.Response.StatusCode;
    }

    private HttpContext NewContext()
    {
        var context = new DefaultHttpContext();
        HttpRequest request = context.Request;
        request.Method = HttpMethods.Post;
        request.ContentType = "application/json";
        request.ContentLength = _body.Length;
        request.Headers.Accept = "application/graphql-response+json";
        request.Body = new MemoryStream(_body, writable: false);
        _response.SetLength(0);
        context.Response.Body = _response;
        return context;
    }
}
