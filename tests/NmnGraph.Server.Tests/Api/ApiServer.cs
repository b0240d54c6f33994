using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NmnGraph.Server.Hosting;

namespace NmnGraph.Server.Tests.Api;

/// <summary>A real server on a loopback ephemeral port over a temporary database file, and a client for it.</summary>
internal sealed class ApiServer : IAsyncDisposable
{
    public const string Key = "test-key-7f3a";

    private readonly TempDirectory _directory;

    private ApiServer(TempDirectory directory, NmnServerHandle handle)
    {
        _directory = directory;
        Handle = handle;
        Http = new HttpClient { BaseAddress = handle.GraphQLEndpoint, Timeout = TimeSpan.FromSeconds(30) };
    }

    public NmnServerHandle Handle { get; }

    public HttpClient Http { get; }

    public string DatabasePath => Handle.Database.Path;

    /// <param name="databasePath">The database file; null for one in a fresh temporary directory (or database, on PostgreSQL).</param>
    /// <param name="log">Collects what the server logs.</param>
    public static async Task<ApiServer> StartAsync(
        string? apiKey = Key,
        bool seed = true,
        bool exceptionDetails = false,
        IReadOnlyList<string>? cors = null,
        string? databasePath = null,
        FakeLogCollector? log = null,
        TimeSpan? busyTimeout = null,
        TestBackend backend = TestBackend.Sqlite)
    {
        var directory = new TempDirectory();
        string location = databasePath ?? await Db.NewLocationAsync(backend, directory, "api.db");
        return await StartOnAsync(location, directory, apiKey, seed, exceptionDetails, cors, log, busyTimeout);
    }

    /// <summary>A server on an existing database (a second replica on the same PostgreSQL database).</summary>
    public static Task<ApiServer> StartOnAsync(string location, string? apiKey = Key) => StartOnAsync(location, new TempDirectory(), apiKey, true, false, null, null, null);

    private static async Task<ApiServer> StartOnAsync(string location, TempDirectory directory, string? apiKey, bool seed, bool exceptionDetails, IReadOnlyList<string>? cors,
        FakeLogCollector? log, TimeSpan? busyTimeout)
    {
        NmnServerHandle handle = await NmnServerHost.StartAsync(new NmnServerOptions
        {
            DatabasePath = location,
            Urls = "http://127.0.0.1:0",
            ApiKey = apiKey,
            SeedCorpus = seed,
            IncludeExceptionDetails = exceptionDetails,
            CorsOrigins = cors ?? [],
            ConsoleLogging = false,
            BusyTimeout = busyTimeout,
            ConfigureLogging = log is null ? null : logging => logging.AddProvider(new FakeLoggerProvider(log)),
        }, CancellationToken.None);
        return new ApiServer(directory, handle);
    }

    /// <summary>POSTs a request and returns the parsed response body; fails unless the status is 200.</summary>
    public async Task<JsonObject> PostAsync(string query, object? variables = null, string? bearer = null, string? operationName = null)
    {
        using HttpResponseMessage response = await SendAsync(query, variables, bearer, operationName);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>POSTs a request that must succeed without errors and returns <c>data</c>.</summary>
    public async Task<JsonObject> DataAsync(string query, object? variables = null, string? bearer = null)
    {
        JsonObject response = await PostAsync(query, variables, bearer);
        Assert.False(response.ContainsKey("errors"), response.ToJsonString());
        return response["data"]!.AsObject();
    }

    /// <summary>POSTs a request that must fail and returns its first error.</summary>
    public async Task<JsonObject> ErrorAsync(string query, object? variables = null, string? bearer = null)
    {
        JsonObject response = await PostAsync(query, variables, bearer);
        Assert.True(response.ContainsKey("errors"), response.ToJsonString());
        return response["errors"]![0]!.AsObject();
    }

    public Task<HttpResponseMessage> SendAsync(string query, object? variables = null, string? bearer = null, string? operationName = null)
    {
        string json = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["query"] = query,
            ["variables"] = variables,
            ["operationName"] = operationName,
        });
        var request = new HttpRequestMessage(HttpMethod.Post, string.Empty)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Handle.DisposeAsync();
        _directory.Dispose();
    }
}
