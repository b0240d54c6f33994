using System.Buffers;
using NmnGraph.GraphQL.AspNetCore;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.Server.Api;
using NmnGraph.Server.Configuration;
using NmnGraph.Server.Corpus;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Hosting;

/// <summary>
/// The NmnGraph request pipeline without HTTP — what <c>nmngraph query</c> and the embedded browser run requests
/// through: the same document and variables checks, limits, validation, deadline and error codes as
/// <c>/graphql</c> (it is the same <see cref="GraphQLServer"/>), answering the JSON a client reads.
/// </summary>
public sealed class InProcessServer : IAsyncDisposable
{
    private readonly GraphQLServer _server;

    private InProcessServer(GraphQLServer server, NmnDatabase database)
    {
        _server = server;
        Database = database;
    }

    public NmnDatabase Database { get; }

    /// <summary>Opens (creating and seeding, as the options say) the database and builds the pipeline over it.</summary>
    public static async Task<InProcessServer> OpenAsync(NmnServerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        NmnDatabase database = await NmnDatabase.OpenAsync(
            options.DatabasePath ?? ServerSettings.ResolveDatabase(null),
            new NmnDatabaseOptions { Seed = options.SeedCorpus ? CorpusSeeder.SeedIfNewAsync : null },
            cancellationToken).ConfigureAwait(false);
        try
        {
            return new InProcessServer(NmnServiceCollectionExtensions.CreateServer(database, options), database);
        }
        catch
        {
            await database.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Reads variable values as the HTTP layer does; for callers that report bad JSON themselves.</summary>
    public (IReadOnlyDictionary<string, object?>? Variables, GraphQLError? Error) ReadVariables(string? json) => _server.ReadVariables(json);

    /// <summary>
    /// Runs one request under the request deadline. <paramref name="authenticated"/>: the caller holds the API key
    /// (the operator running <c>nmngraph query</c>); mutations are refused otherwise.
    /// </summary>
    public async Task<ExecutionResult> ExecuteAsync(string? query, string? variablesJson, string? operationName, bool authenticated, CancellationToken cancellationToken)
    {
        if (_server.CheckDocument(query) is { } documentError)
        {
            return ExecutionResult.FromError(documentError);
        }

        (IReadOnlyDictionary<string, object?>? variables, GraphQLError? variablesError) = _server.ReadVariables(variablesJson);
        if (variablesError is not null)
        {
            return ExecutionResult.FromError(variablesError);
        }

        var context = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (authenticated)
        {
            context[NmnSchema.AuthenticatedKey] = true;
        }

        using RequestDeadline deadline = _server.StartDeadline(cancellationToken);
        return await _server.ExecuteAsync(new GraphQLRequest(query!, variables, operationName) { ContextData = context }, deadline).ConfigureAwait(false);
    }

    /// <summary>Runs one request and answers its response as UTF-8 JSON (for an in-memory client transport).</summary>
    public async ValueTask<ReadOnlyMemory<byte>> ExecuteJsonAsync(string? query, string? variablesJson, string? operationName, CancellationToken cancellationToken)
    {
        ExecutionResult result = await ExecuteAsync(query, variablesJson, operationName, authenticated: false, cancellationToken).ConfigureAwait(false);
        var buffer = new ArrayBufferWriter<byte>();
        ExecutionResultWriter.Write(buffer, result);
        return buffer.WrittenMemory;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
