using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NmnGraph.Client.Tests.Fakes;

/// <summary>
/// A real HTTP server on 127.0.0.1 and a free port (HttpListener), answering every request with
/// <see cref="Handler"/>. Records each request's headers and body.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    public LoopbackServer(Func<HttpListenerContext, CancellationToken, Task> handler)
    {
        Handler = handler;
        int port = FreePort();
        Endpoint = new Uri($"http://127.0.0.1:{port}/graphql");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public Uri Endpoint { get; }

    public Func<HttpListenerContext, CancellationToken, Task> Handler { get; }

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>Completes when the server has received a request (its body read).</summary>
    public TaskCompletionSource RequestReceived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Cancelled when the server stops, so that handlers waiting forever end.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Answers with one complete body.</summary>
    public static Func<HttpListenerContext, CancellationToken, Task> Respond(int status, string? contentType, string body) =>
        async (context, cancellationToken) =>
        {
            context.Response.StatusCode = status;
            if (contentType is not null)
            {
                context.Response.ContentType = contentType;
            }

            byte[] bytes = Encoding.UTF8.GetBytes(body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes, cancellationToken);
            context.Response.Close();
        };

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (HttpListenerException)
        {
        }
        catch (ObjectDisposedException)
        {
        }

        _listener.Close();
        _stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        string body = await reader.ReadToEndAsync();
        lock (Requests)
        {
            Requests.Add(new RecordedRequest(
                context.Request.HttpMethod,
                context.Request.Headers["Accept"],
                context.Request.ContentType,
                body));
        }

        RequestReceived.TrySetResult();
        try
        {
            await Handler(context, _stopping.Token);
        }
        catch (Exception) when (_stopping.IsCancellationRequested)
        {
            // The test is over; the client has gone.
        }
        catch (HttpListenerException)
        {
            // The client hung up (timeout and cancellation tests).
        }
        finally
        {
            try
            {
                context.Response.Abort();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}

public sealed record RecordedRequest(string Method, string? Accept, string? ContentType, string Body);
