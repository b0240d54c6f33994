using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NmnGraph.Server.Tests.Telemetry;

/// <summary>An OTLP/HTTP collector on a loopback port that keeps every POST it receives (path, content type, body).</summary>
internal sealed class FakeCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Export> _exports;

    private FakeCollector(WebApplication app, ConcurrentQueue<Export> exports, string baseUrl)
    {
        _app = app;
        _exports = exports;
        BaseUrl = baseUrl;
    }

    /// <summary>The collector's base URL, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; }

    public static async Task<FakeCollector> StartAsync()
    {
        var exports = new ConcurrentQueue<Export>();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        app.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            exports.Enqueue(new Export(context.Request.Path, context.Request.ContentType, body.ToArray()));
            // An empty Export*ServiceResponse: full success.
            return Results.Bytes([], "application/x-protobuf");
        });
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeCollector(app, exports, address.TrimEnd('/'));
    }

    /// <summary>
    /// Waits until the POSTs to <paramref name="path"/> hold every one of <paramref name="texts"/> (protobuf keeps strings as
    /// UTF-8; one request's spans may leave in two batches); returns those POSTs, or fails with what arrived.
    /// </summary>
    public async Task<IReadOnlyList<Export>> WaitForAsync(string path, IReadOnlyList<string> texts, TimeSpan timeout)
    {
        byte[][] needles = [.. texts.Select(Encoding.UTF8.GetBytes)];
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Export[] exports = [.. _exports.Where(export => export.Path == path)];
            string[] missing = [.. texts.Where((_, i) => !exports.Any(export => export.Body.AsSpan().IndexOf(needles[i]) >= 0))];
            if (missing.Length == 0)
            {
                return exports;
            }

            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"No POST to {path} contained {string.Join(", ", missing.Select(text => $"'{text}'"))} within {timeout.TotalSeconds} s; received: ["
                    + string.Join(", ", _exports.Select(export => $"{export.Path} {export.ContentType} {export.Body.Length} bytes")) + "]");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    internal sealed record Export(string Path, string? ContentType, byte[] Body);
}
