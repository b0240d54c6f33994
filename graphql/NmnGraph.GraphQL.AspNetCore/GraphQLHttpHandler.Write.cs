using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Http;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.AspNetCore;

internal static partial class GraphQLHttpHandler
{
    private static readonly byte[] s_nextPrefix = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] s_eventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] s_complete = "event: complete\ndata: \n\n"u8.ToArray();

    private static string ContentType(ResponseKind kind) => kind == ResponseKind.GraphQLResponse
        ? GraphQLMediaTypes.GraphQLResponseJson + "; charset=utf-8"
        : GraphQLMediaTypes.Json + "; charset=utf-8";

    /// <summary>Writes the result straight into the response body.</summary>
    private static async Task WriteResultAsync(HttpContext context, ResponseKind kind, ExecutionResult result, int statusCode, CancellationToken cancellationToken)
    {
        HttpResponse response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = ContentType(kind);
        if (HttpMethods.IsHead(context.Request.Method))
        {
            result.ReturnBuffers();
            return;
        }

        ExecutionResultWriter.Write(response.BodyWriter, result);
        result.ReturnBuffers();
        await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task WriteFailureAsync(HttpContext context, AcceptNegotiation accept, HttpFailure failure)
    {
        if (failure.Allow is not null)
        {
            context.Response.Headers.Allow = failure.Allow;
        }

        return WriteResultAsync(context, accept.ChooseJson(), ExecutionResult.FromError(failure.ToError()), failure.StatusCode, context.RequestAborted);
    }

    /// <summary>An exception the engine did not turn into a GraphQL error: masked unless exception details are on.</summary>
    private static Task WriteUnexpectedErrorAsync(HttpContext context, AcceptNegotiation accept, GraphQLServer server, Exception exception)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = GraphQLErrorCodes.InternalServerError };
        if (server.IncludeExceptionDetails)
        {
            extensions["exception"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["type"] = exception.GetType().FullName,
                ["message"] = exception.Message,
                ["stackTrace"] = exception.StackTrace,
            };
        }

        var masked = new GraphQLError(ErrorMessages.UnexpectedExecutionError(), extensions: extensions);
        (GraphQLError error, UnavailableFailure? unavailable) = MaskedErrors.Report(context, server, operationName: null, exception, masked);
        int status = unavailable is null ? StatusCodes.Status500InternalServerError : MaskedErrors.ApplyUnavailable(context.Response, unavailable);
        return WriteResultAsync(context, accept.ChooseJson(), ExecutionResult.FromError(error), status, context.RequestAborted);
    }

    private static async Task WriteSdlAsync(HttpContext context, GraphQLServer server)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/plain; charset=utf-8";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.WriteAsync(SchemaPrinter.Print(server.Schema), Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// GraphQL over SSE, distinct connections mode: one <c>next</c> event per result (request errors included, so an
    /// EventSource sees them), then <c>complete</c>. Closing the connection cancels the subscription.
    /// </summary>
    private static async Task WriteEventStreamAsync(HttpContext context, GraphQLServer server, GraphQLRequest request, string? operationName)
    {
        HttpResponse response = context.Response;
        CancellationToken aborted = context.RequestAborted;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GraphQLMediaTypes.EventStream + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        PipeWriter body = response.BodyWriter;
        await response.StartAsync(aborted).ConfigureAwait(false);

        // Send the headers now: a client waits for them before it knows the subscription is live.
        await body.FlushAsync(aborted).ConfigureAwait(false);
        try
        {
            await foreach (ExecutionResult result in server.Executor.SubscribeAsync(request, aborted).ConfigureAwait(false))
            {
                WriteNext(body, MaskedErrors.Report(context, server, operationName, result).Result);
                await body.FlushAsync(aborted).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !aborted.IsCancellationRequested)
        {
            // The source stream itself failed: report it as a last result, masked like any unexpected error.
            var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = GraphQLErrorCodes.InternalServerError };
            if (server.IncludeExceptionDetails)
            {
                extensions["exception"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["type"] = exception.GetType().FullName, ["message"] = exception.Message };
            }

            var masked = new GraphQLError(ErrorMessages.UnexpectedExecutionError(), extensions: extensions);
            WriteNext(body, ExecutionResult.FromError(MaskedErrors.Report(context, server, operationName, exception, masked).Error));
        }

        body.Write(s_complete.AsSpan());
        await body.FlushAsync(aborted).ConfigureAwait(false);
    }

    private static void WriteNext(PipeWriter body, ExecutionResult result)
    {
        body.Write(s_nextPrefix.AsSpan());
        ExecutionResultWriter.Write(body, result);
        result.ReturnBuffers();
        body.Write(s_eventEnd.AsSpan());
    }
}
