using System.CommandLine;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using NmnGraph.Server.Cli;

namespace NmnGraph.Server.Tests.Telemetry;

/// <summary><c>serve --otlp URL</c> end to end: the real command line, a real server and a fake collector on loopback.</summary>
public sealed partial class OtlpExportTests
{
    [Fact]
    public async Task Serve_with_otlp_sends_its_traces_and_metrics_to_the_collector_as_otlp_http_protobuf()
    {
        await using FakeCollector collector = await FakeCollector.StartAsync();
        using var directory = new TempDirectory();
        using var output = new LockedStringWriter();
        using var error = new LockedStringWriter();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        Task<int> serving = CliApplication.RunAsync(
            ["serve", "--otlp", collector.BaseUrl, "--urls", "http://127.0.0.1:0", "--db", directory.File("otlp.db")],
            new InvocationConfiguration { Output = output, Error = error },
            stop.Token);
        try
        {
            Uri endpoint = await WaitForEndpointAsync(output, error, serving);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
            {
                Content = new StringContent("{\"query\":\"query ExportedStats { stats { articles } }\"}", Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
            using HttpResponseMessage response = await http.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

            // Spans leave in batches (every 5 s by default), the request's own span last.
            IReadOnlyList<FakeCollector.Export> traces = await collector.WaitForAsync(
                "/v1/traces",
                ["ExportedStats", "nmngraph", "NmnGraph.GraphQL", "GraphQL execute", "graphql.operation.name", "NmnGraph.Store", "db.query.text", "Microsoft.AspNetCore"],
                TimeSpan.FromSeconds(60));
            Assert.All(traces, export => Assert.Equal("application/x-protobuf", export.ContentType));
        }
        finally
        {
            // Stopping the server flushes the metrics (exported every 60 s otherwise).
            await stop.CancelAsync();
            await serving.WaitAsync(TimeSpan.FromSeconds(60));
        }

        IReadOnlyList<FakeCollector.Export> metrics = await collector.WaitForAsync(
            "/v1/metrics", ["nmngraph.graphql.requests", "nmngraph.graphql.request.duration", "ExportedStats", "http.server.request.duration"], TimeSpan.FromSeconds(30));
        Assert.All(metrics, export => Assert.Equal("application/x-protobuf", export.ContentType));
    }

    [Theory]
    [InlineData("notaurl")]
    [InlineData("udp://127.0.0.1:4318")]
    public async Task Serve_with_a_bad_otlp_url_is_one_line_and_exit_1(string url)
    {
        using var directory = new TempDirectory();
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = await CliApplication.RunAsync(
            ["serve", "--otlp", url, "--urls", "http://127.0.0.1:0", "--db", directory.File("bad.db")],
            new InvocationConfiguration { Output = output, Error = error },
            CancellationToken.None);
        Assert.Equal(1, exit);
        Assert.Equal($"nmngraph: --otlp '{url}' is not an http:// or https:// URL of an OTLP collector (e.g. http://127.0.0.1:4318).", error.ToString().TrimEnd());
        Assert.Equal(string.Empty, output.ToString());
        Assert.False(File.Exists(directory.File("bad.db")), "a refused start created the database");
    }

    private static async Task<Uri> WaitForEndpointAsync(LockedStringWriter output, LockedStringWriter error, Task<int> serving)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (ServingLine().Match(output.ToString()) is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }

            if (serving.IsCompleted || clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                Assert.Fail($"serve did not start (exited: {serving.IsCompleted}); stdout: {output}; stderr: {error}");
            }

            await Task.Delay(50);
        }
    }

    [GeneratedRegex(@"serving (http://\S+/graphql)")]
    private static partial Regex ServingLine();
}
