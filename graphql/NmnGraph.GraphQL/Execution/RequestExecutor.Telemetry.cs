using System.Diagnostics;
using NmnGraph.GraphQL.Diagnostics;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Execution;

/// <summary>The pipeline's telemetry hooks (see <see cref="GraphQLTelemetry"/>); each is a plain call while nobody listens.</summary>
public sealed partial class RequestExecutor
{
    /// <summary>The operation names this executor's metrics may use (a bounded list).</summary>
    internal OperationNameLabels OperationNames { get; } = new();

    /// <summary>Runs the request inside its operation span and records its metrics.</summary>
    private async Task<ExecutionResult> ExecuteObservedAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        // Started here, in an async method, so that the span is current only for this request's work.
        OperationTelemetry? telemetry = OperationTelemetry.Start(request, OperationNames);
        if (telemetry is null)
        {
            return await ExecuteCoreAsync(request, null, cancellationToken).ConfigureAwait(false);
        }

        ExecutionResult result;
        try
        {
            result = await ExecuteCoreAsync(request, telemetry, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            telemetry.Fail(exception);
            throw;
        }

        telemetry.Complete(result);
        return result;
    }

    /// <summary>
    /// Counts a subscription (from subscribing to its stream: the events are not requests) or a request refused before
    /// it ran; queries and mutations sent this way are counted by <see cref="ExecuteAsync"/>.
    /// </summary>
    private void CountSubscribe(long started, GraphQLRequest request, OperationDefinitionNode? operation, ExecutionResult? refused)
    {
        if (started != 0)
        {
            OperationTelemetry.RecordMetrics(started, OperationNames, operation, request.OperationName, refused);
        }
    }

    private IReadOnlyList<GraphQLError> ValidateDocument(DocumentNode document)
    {
        using Activity? activity = TelemetrySpans.StartValidate();
        IReadOnlyList<GraphQLError> errors = Options.Validator.Validate(Schema, document);
        TelemetrySpans.RecordErrors(activity, errors, RequestErrorCodes.ValidationFailed);
        return errors;
    }

    /// <summary>Execution (spec §6) inside the execute span; DataLoader batches started from it are its children.</summary>
    private Task<ExecutionResult> ExecuteTracedAsync(Prepared prepared, GraphQLRequest request, CancellationToken cancellationToken) =>
        GraphQLTelemetry.Source.HasListeners()
            ? ExecuteInSpanAsync(prepared, request, cancellationToken)
            : ExecuteOperationAsync(prepared, request, cancellationToken);

    private async Task<ExecutionResult> ExecuteInSpanAsync(Prepared prepared, GraphQLRequest request, CancellationToken cancellationToken)
    {
        using Activity? activity = TelemetrySpans.StartExecute();
        try
        {
            ExecutionResult result = await ExecuteOperationAsync(prepared, request, cancellationToken).ConfigureAwait(false);
            TelemetrySpans.RecordErrors(activity, result.Errors);
            return result;
        }
        catch (Exception exception)
        {
            TelemetrySpans.RecordException(activity, exception);
            throw;
        }
    }
}
