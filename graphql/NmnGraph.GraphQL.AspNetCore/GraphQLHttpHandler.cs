using Microsoft.AspNetCore.Http;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>
/// One GraphQL-over-HTTP exchange (graphql-over-http; GraphQL over SSE, distinct connections mode):
/// method → <c>?sdl</c> → Accept → read the request → limits → execute → write.
/// </summary>
internal static partial class GraphQLHttpHandler
{
    private const string CostHeader = "GraphQL-Cost";

    public static async Task HandleAsync(HttpContext context, GraphQLServer server)
    {
        HttpRequest request = context.Request;
        CancellationToken aborted = context.RequestAborted;
        GraphQLServerOptions options = server.Options;
        AcceptNegotiation accept = AcceptNegotiation.FromHeader(request.Headers.Accept);

        // One deadline for the whole exchange: reading the body, executing and writing the answer.
        using RequestDeadline deadline = server.StartDeadline(aborted);
        try
        {
            if (options.WebSockets.Enabled && context.WebSockets.IsWebSocketRequest)
            {
                await GraphQLWebSocketSession.RunAsync(context, server).ConfigureAwait(false);
                return;
            }

            if (options.Ide.Enabled && GraphiQLPage.IsRequestedBy(request))
            {
                await GraphiQLPage.WriteAsync(context, options).ConfigureAwait(false);
                return;
            }

            bool isGet = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
            bool isPost = HttpMethods.IsPost(request.Method);
            if (!isPost && !(isGet && (options.EnableGetRequests || options.EnableSdl)))
            {
                string allow = options.EnableGetRequests ? "GET, POST" : "POST";
                await WriteFailureAsync(context, accept, new HttpFailure(StatusCodes.Status405MethodNotAllowed, $"The method {request.Method} is not supported; use {allow}.", GraphQLErrorCodes.MethodNotAllowed, allow)).ConfigureAwait(false);
                return;
            }

            if (isGet && options.EnableSdl && request.Query.ContainsKey("sdl"))
            {
                await WriteSdlAsync(context, server).ConfigureAwait(false);
                return;
            }

            if (isGet && !options.EnableGetRequests)
            {
                await WriteFailureAsync(context, accept, new HttpFailure(StatusCodes.Status405MethodNotAllowed, "GraphQL requests must use POST.", GraphQLErrorCodes.MethodNotAllowed, "POST")).ConfigureAwait(false);
                return;
            }

            if (!accept.AcceptsAny)
            {
                await WriteFailureAsync(context, accept, new HttpFailure(
                    StatusCodes.Status406NotAcceptable,
                    $"The Accept header allows none of {GraphQLMediaTypes.GraphQLResponseJson}, {GraphQLMediaTypes.Json} and {GraphQLMediaTypes.EventStream}.",
                    GraphQLErrorCodes.NotAcceptable)).ConfigureAwait(false);
                return;
            }

            (HttpGraphQLRequest? parameters, HttpFailure? failure) = isPost
                ? await ReadPostAsync(request, options, deadline.Token).ConfigureAwait(false)
                : ReadGet(request, options);
            if (failure is null)
            {
                (parameters, failure) = ResolveDocument(server, parameters!);
            }

            if (failure is not null)
            {
                await WriteFailureAsync(context, accept, failure).ConfigureAwait(false);
                return;
            }

            OperationType? operationType = server.Executor.GetOperationType(parameters!.Query!, parameters.OperationName);
            if (isGet && operationType == OperationType.Mutation)
            {
                await WriteFailureAsync(context, accept, new HttpFailure(StatusCodes.Status405MethodNotAllowed, "Mutations cannot be sent with GET; use POST.", GraphQLErrorCodes.MethodNotAllowed, "POST")).ConfigureAwait(false);
                return;
            }

            bool isSubscription = operationType == OperationType.Subscription;
            ResponseKind kind = accept.Choose(isSubscription);
            if (isSubscription && kind != ResponseKind.EventStream)
            {
                await WriteFailureAsync(context, accept, new HttpFailure(StatusCodes.Status406NotAcceptable, $"Subscriptions are answered as {GraphQLMediaTypes.EventStream}; the Accept header does not allow it.", GraphQLErrorCodes.NotAcceptable)).ConfigureAwait(false);
                return;
            }

            GraphQLRequest graphQLRequest = CreateRequest(context, server, parameters);
            if (kind == ResponseKind.EventStream)
            {
                await WriteEventStreamAsync(context, server, graphQLRequest, parameters.OperationName ?? OnlyOperationName(parameters.Query!)).ConfigureAwait(false);
                return;
            }

            ExecutionResult executed = await server.ExecuteAsync(graphQLRequest, deadline).ConfigureAwait(false);
            string? operationName = parameters.OperationName
                ?? (MaskedErrors.AnyMasked(executed.Errors) ? OnlyOperationName(parameters.Query!) : null);
            (ExecutionResult result, UnavailableFailure? unavailable) = MaskedErrors.Report(context, server, operationName, executed);

            // With data present the response must be 2xx (graphql-over-http #sec-Status-Codes); without, the server is at fault.
            int status = unavailable is not null && result.Data is null
                ? MaskedErrors.ApplyUnavailable(context.Response, unavailable)
                : StatusFor(kind, result, deadline.HasExpired);
            await WriteResultAsync(context, kind, result, status, deadline.HasExpired ? aborted : deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (OperationCanceledException) when (deadline.HasExpired && !context.Response.HasStarted)
        {
            await WriteResultAsync(context, accept.ChooseJson(), GraphQLServer.TimeoutResult(deadline), StatusCodes.Status408RequestTimeout, aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.HasExpired)
        {
            // The deadline passed while the answer was being written (a client that does not read): end the connection.
            context.Abort();
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            await WriteUnexpectedErrorAsync(context, accept, server, exception).ConfigureAwait(false);
        }
    }

    private static GraphQLRequest CreateRequest(HttpContext context, GraphQLServer server, HttpGraphQLRequest parameters)
    {
        var contextData = new Dictionary<string, object?>(StringComparer.Ordinal) { [HttpResolverContextExtensions.HttpContextKey] = context };
        server.Options.ConfigureContextData?.Invoke(context, contextData);
        return new GraphQLRequest(parameters.Query!, parameters.Variables, parameters.OperationName)
        {
            Extensions = parameters.Extensions,
            Services = context.RequestServices,
            ContextData = contextData,
            CostMode = ReadCostMode(context.Request),
            ResultIsOnlyWritten = true,
        };
    }

    /// <summary>HotChocolate's request header: <c>GraphQL-Cost: report</c> or <c>validate</c>; anything else enforces the limits only.</summary>
    private static CostMode ReadCostMode(HttpRequest request) => request.Headers[CostHeader].ToString().Trim() switch
    {
        var value when value.Equals("report", StringComparison.OrdinalIgnoreCase) => CostMode.Report,
        var value when value.Equals("validate", StringComparison.OrdinalIgnoreCase) => CostMode.Validate,
        _ => CostMode.None,
    };

    /// <summary>
    /// application/graphql-response+json: 400 for a request error (nothing executed; 408 for a timeout), 200 once
    /// execution started. Legacy application/json: 200 for every well-formed request.
    /// </summary>
    private static int StatusFor(ResponseKind kind, ExecutionResult result, bool timedOut)
    {
        if (kind == ResponseKind.Json || !result.IsRequestError)
        {
            return StatusCodes.Status200OK;
        }

        return timedOut ? StatusCodes.Status408RequestTimeout : StatusCodes.Status400BadRequest;
    }

    /// <summary>The document a request runs (over HTTP or WebSocket): its query or a persisted one, checked against the length limit.</summary>
    internal static (HttpGraphQLRequest? Request, HttpFailure? Failure) ResolveDocument(GraphQLServer server, HttpGraphQLRequest parameters)
    {
        (HttpGraphQLRequest? resolved, HttpFailure? failure) = PersistedDocumentResolver.Resolve(server, parameters);
        return failure is not null ? (null, failure)
            : CheckDocument(resolved!.Query, server.Options) is { } invalid ? (null, invalid)
            : (resolved, null);
    }

    internal static HttpFailure? CheckDocument(string? query, GraphQLServerOptions options)
    {
        if (string.IsNullOrEmpty(query))
        {
            return HttpFailure.BadRequest(ErrorMessages.MustProvideDocument());
        }

        if (query.Length > options.MaxDocumentLength)
        {
            return HttpFailure.BadRequest(
                $"The document is {query.Length} characters long, more than the maximum of {options.MaxDocumentLength}.",
                GraphQLErrorCodes.DocumentTooLong);
        }

        return null;
    }

    /// <summary>The name to log for a request that did not name its operation: that of its only operation, if any (masked errors only, so parsing again is rare).</summary>
    private static string? OnlyOperationName(string query)
    {
        try
        {
            OperationDefinitionNode[] operations = [.. Parser.Parse(query).Definitions.OfType<OperationDefinitionNode>()];
            return operations.Length == 1 ? operations[0].Name?.Value : null;
        }
        catch (GraphQLException)
        {
            return null;
        }
    }
}
