using System.Net;
using System.Net.Http.Headers;

namespace NmnGraph.Client.Transport;

/// <summary>
/// GraphQL over HTTP with <see cref="HttpClient"/>: queries and mutations are POSTed as JSON; subscriptions use
/// GraphQL over SSE in "distinct connections" mode. Failures of the server or the network come back as
/// <see cref="GraphQLResponse.TransportError"/>; only the caller's cancellation throws.
/// </summary>
public sealed partial class HttpGraphQLTransport : IGraphQLTransport
{
    private readonly Func<HttpClient> _getClient;
    private readonly HttpGraphQLTransportOptions _options;

    /// <summary>Whether the server answered a hash-only request; null until the first one.</summary>
    private bool? _persistedQueriesSupported;

    /// <summary>A transport over one long-lived <paramref name="client"/> (which it does not dispose).</summary>
    public HttpGraphQLTransport(HttpClient client, HttpGraphQLTransportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _getClient = () => client;
        _options = options ?? new HttpGraphQLTransportOptions();
    }

    /// <summary>A transport that asks <paramref name="getClient"/> for a client per request (IHttpClientFactory style).</summary>
    public HttpGraphQLTransport(Func<HttpClient> getClient, HttpGraphQLTransportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(getClient);
        _getClient = getClient;
        _options = options ?? new HttpGraphQLTransportOptions();
    }

    public async Task<GraphQLResponse> SendAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_options.SendPersistedQueryHashFirst || _persistedQueriesSupported == false)
        {
            return await SendOnceAsync(request, PersistedQuery.None, cancellationToken).ConfigureAwait(false);
        }

        GraphQLResponse byHash = await SendOnceAsync(request, PersistedQuery.HashOnly, cancellationToken).ConfigureAwait(false);
        switch (PersistedQueryAnswer(byHash))
        {
            case PersistedQueryOutcome.Answered:
                _persistedQueriesSupported = true;
                return byHash;
            case PersistedQueryOutcome.NotFound:
                _persistedQueriesSupported = true;
                return await SendOnceAsync(request, PersistedQuery.HashAndQuery, cancellationToken).ConfigureAwait(false);
            default:
                // The server ignored the hash (no document) or refused it: it has no persisted queries; send text from now on.
                _persistedQueriesSupported = false;
                return await SendOnceAsync(request, PersistedQuery.None, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<GraphQLResponse> SendOnceAsync(GraphQLRequest request, PersistedQuery persisted, CancellationToken cancellationToken)
    {
        HttpClient client = _getClient();
        using CancellationTokenSource timeout = StartTimeout(cancellationToken);
        try
        {
            using HttpRequestMessage message = CreateMessage(client, request, GraphQLMediaTypes.AcceptForSingleResult, persisted);
            using HttpResponseMessage response = await client
                .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
                .ConfigureAwait(false);
            byte[] body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            return Interpret(response, body);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && ToTransportError(exception, client) is { } error)
        {
            return GraphQLResponse.FromTransportError(error);
        }
    }

    private CancellationTokenSource StartTimeout(CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_options.Timeout != Timeout.InfiniteTimeSpan)
        {
            source.CancelAfter(_options.Timeout);
        }

        return source;
    }

    private HttpRequestMessage CreateMessage(HttpClient client, GraphQLRequest request, string accept, PersistedQuery persisted = PersistedQuery.None)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, ResolveEndpoint(client));
        message.Headers.TryAddWithoutValidation("Accept", accept);
        var content = new ByteArrayContent(request.ToUtf8Json(persisted));
        content.Headers.ContentType = new MediaTypeHeaderValue(GraphQLMediaTypes.Json) { CharSet = "utf-8" };
        message.Content = content;
        return message;
    }

    private Uri ResolveEndpoint(HttpClient client)
    {
        Uri? endpoint = _options.Endpoint;
        if (endpoint is not null && endpoint.IsAbsoluteUri)
        {
            return endpoint;
        }

        Uri baseAddress = client.BaseAddress
            ?? throw new InvalidOperationException("The HttpClient has no BaseAddress and the transport no absolute Endpoint.");
        return endpoint is null ? baseAddress : new Uri(baseAddress, endpoint);
    }

    /// <summary>
    /// Reads a complete HTTP response as a GraphQL response. Either JSON media type is parsed whatever the status, so
    /// that a 4xx <c>application/graphql-response+json</c> body keeps its GraphQL errors. A non-2xx legacy
    /// <c>application/json</c> body counts only when it really is a GraphQL response (an object with <c>data</c> or
    /// <c>errors</c>); otherwise, as for any other media type, the result is an <c>HTTP_&lt;status&gt;</c> error.
    /// </summary>
    private static GraphQLResponse Interpret(HttpResponseMessage response, byte[] body)
    {
        int status = (int)response.StatusCode;
        string? mediaType = response.Content.Headers.ContentType?.MediaType;
        bool isJson = mediaType is null
            || string.Equals(mediaType, GraphQLMediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase)
            || string.Equals(mediaType, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase);
        string problem;
        if (isJson)
        {
            if (GraphQLResponse.TryParse(body, out _, out problem))
            {
                return GraphQLResponse.FromJson(body, status);
            }
        }
        else
        {
            problem = $"The server sent {mediaType} instead of a GraphQL response.";
        }

        if (response.IsSuccessStatusCode)
        {
            return GraphQLResponse.FromTransportError(new ClientError(problem, ClientErrorCodes.TransportBadResponse), status);
        }

        string message = $"The server answered {status} {response.ReasonPhrase} without a GraphQL response. {problem}";
        return GraphQLResponse.FromTransportError(new ClientError(message, ClientErrorCodes.Http(status)), status);
    }

    /// <summary>Maps a failure of the request (the caller did not cancel) to an error, or <c>null</c> to let it through.</summary>
    private ClientError? ToTransportError(Exception exception, HttpClient client)
    {
        string where = TryResolve(client);
        return exception switch
        {
            // Our timeout, or HttpClient.Timeout (TaskCanceledException wrapping TimeoutException).
            OperationCanceledException => new ClientError(
                $"The GraphQL server at {where} did not answer within {FormatTimeout()}.",
                ClientErrorCodes.TransportTimeout),
            HttpRequestException http when http.StatusCode is null or 0 => new ClientError(
                $"Could not reach the GraphQL server at {where}: {http.Message}",
                ClientErrorCodes.TransportUnreachable),
            HttpRequestException http => new ClientError(http.Message, ClientErrorCodes.Http((int)http.StatusCode!.Value)),
            IOException io => new ClientError(
                $"The connection to the GraphQL server at {where} broke: {io.Message}",
                ClientErrorCodes.TransportUnreachable),
            _ => null,
        };
    }

    private string FormatTimeout() => _options.Timeout == Timeout.InfiniteTimeSpan
        ? "the HttpClient's timeout"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_options.Timeout.TotalSeconds:0.###} s");

    private string TryResolve(HttpClient client)
    {
        try
        {
            return ResolveEndpoint(client).ToString();
        }
        catch (InvalidOperationException)
        {
            return "(no address)";
        }
    }

    private static bool IsEventStream(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.OK
        && string.Equals(response.Content.Headers.ContentType?.MediaType, GraphQLMediaTypes.EventStream, StringComparison.OrdinalIgnoreCase);
}
