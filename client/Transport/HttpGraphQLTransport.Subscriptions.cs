using System.Runtime.CompilerServices;

namespace NmnGraph.Client.Transport;

public sealed partial class HttpGraphQLTransport
{
    /// <summary>
    /// GraphQL over SSE, distinct connections mode: POST with <c>Accept: text/event-stream</c>, then one response per
    /// <c>next</c> event until <c>complete</c>. A server that answers with a plain GraphQL response (a 400 for an invalid
    /// subscription, say) yields that response alone. A stream that ends without <c>complete</c> ends with a
    /// <see cref="ClientErrorCodes.TransportStreamClosed"/> error.
    /// </summary>
    public async IAsyncEnumerable<GraphQLResponse> SubscribeAsync(
        GraphQLRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        HttpClient client = _getClient();
        (HttpResponseMessage? response, GraphQLResponse? single) = await OpenStreamAsync(client, request, cancellationToken)
            .ConfigureAwait(false);
        if (single is not null)
        {
            yield return single;
            yield break;
        }

        using (response)
        {
            Stream stream = await response!.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var reader = new ServerSentEventReader(stream);
            while (true)
            {
                (ServerSentEvent? next, ClientError? failure) = await ReadEventAsync(reader, client, cancellationToken)
                    .ConfigureAwait(false);
                if (failure is not null)
                {
                    yield return GraphQLResponse.FromTransportError(failure);
                    yield break;
                }

                if (next is null)
                {
                    yield return GraphQLResponse.FromTransportError(new ClientError(
                        "The subscription's event stream ended without a \"complete\" event.",
                        ClientErrorCodes.TransportStreamClosed));
                    yield break;
                }

                if (string.Equals(next.Type, "complete", StringComparison.Ordinal))
                {
                    yield break;
                }

                // "next", or an unnamed event (type "message") from a lenient server.
                if (string.Equals(next.Type, "next", StringComparison.Ordinal) || string.Equals(next.Type, "message", StringComparison.Ordinal))
                {
                    GraphQLResponse result = GraphQLResponse.FromJson(System.Text.Encoding.UTF8.GetBytes(next.Data));
                    yield return result;
                    if (result.IsTransportFailure)
                    {
                        yield break;
                    }
                }
            }
        }
    }

    private async Task<(HttpResponseMessage? Stream, GraphQLResponse? Single)> OpenStreamAsync(
        HttpClient client,
        GraphQLRequest request,
        CancellationToken cancellationToken)
    {
        using CancellationTokenSource timeout = StartTimeout(cancellationToken);
        HttpResponseMessage? response = null;
        try
        {
            using HttpRequestMessage message = CreateMessage(client, request, GraphQLMediaTypes.EventStream);
            response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (IsEventStream(response))
            {
                return (response, null);
            }

            byte[] body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            GraphQLResponse single = Interpret(response, body);
            response.Dispose();
            return (null, single);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && ToTransportError(exception, client) is { } error)
        {
            response?.Dispose();
            return (null, GraphQLResponse.FromTransportError(error));
        }
        catch
        {
            response?.Dispose();
            throw;
        }
    }

    private async Task<(ServerSentEvent? Event, ClientError? Failure)> ReadEventAsync(
        ServerSentEventReader reader,
        HttpClient client,
        CancellationToken cancellationToken)
    {
        try
        {
            return (await reader.ReadEventAsync(cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is not OperationCanceledException
            && ToTransportError(exception, client) is { } error)
        {
            return (null, error);
        }
    }
}
