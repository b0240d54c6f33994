using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NmnGraph.Server.Hosting;
using OpenTelemetry.Trace;

namespace NmnGraph.Server.Tests.Telemetry;

/// <summary>
/// A real server on a loopback port whose OpenTelemetry tracing (the server's own wiring) also exports to memory.
/// Each request is sent with its own <c>traceparent</c>, so its spans can be told from those of other tests.
/// </summary>
internal sealed class TracedServer : IAsyncDisposable
{
    private readonly TempDirectory _directory;
    private readonly LockedCollection<Activity> _exported;

    private TracedServer(TempDirectory directory, NmnServerHandle handle, LockedCollection<Activity> exported)
    {
        _directory = directory;
        Handle = handle;
        _exported = exported;
        Http = new HttpClient { BaseAddress = handle.GraphQLEndpoint, Timeout = TimeSpan.FromSeconds(30) };
    }

    public NmnServerHandle Handle { get; }

    public HttpClient Http { get; }

    /// <param name="backend">SQLite (a file <c>traced.db</c>) or a new PostgreSQL database (skips the test where PostgreSQL is missing).</param>
    public static async Task<TracedServer> StartAsync(TestBackend backend = TestBackend.Sqlite)
    {
        var directory = new TempDirectory();
        var exported = new LockedCollection<Activity>();
        NmnServerHandle handle = await NmnServerHost.StartAsync(new NmnServerOptions
        {
            DatabasePath = await Db.NewLocationAsync(backend, directory, "traced.db"),
            Urls = "http://127.0.0.1:0",
            ConsoleLogging = false,
            ConfigureTracing = tracing => tracing.AddInMemoryExporter(exported),
        }, CancellationToken.None);
        return new TracedServer(directory, handle, exported);
    }

    /// <summary>POSTs <paramref name="query"/> as part of trace <paramref name="traceId"/>; returns the status and body.</summary>
    public async Task<(int Status, string Body)> PostAsync(ActivityTraceId traceId, ActivitySpanId parentSpanId, string query, string? operationName = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, string.Empty)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, operationName }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-{parentSpanId.ToHexString()}-01");
        using HttpResponseMessage response = await Http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// The finished spans of <paramref name="traceId"/> once the request's own span has ended (it ends after the
    /// response is written, so it may trail the client's answer); fails with what was exported if it never does.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> SpansOfAsync(ActivityTraceId traceId)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Activity[] spans = [.. _exported.Snapshot().Where(span => span.TraceId == traceId)];

            if (spans.Any(span => span.Kind == ActivityKind.Server))
            {
                return spans;
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(30))
            {
                Assert.Fail($"No request span for trace {traceId} after 30 s; its spans: [{string.Join(", ", spans.Select(span => span.DisplayName))}]");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Handle.DisposeAsync();
        _directory.Dispose();
    }
}
