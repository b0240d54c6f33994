using System.Runtime.CompilerServices;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Execution;

public sealed partial class RequestExecutor
{
    /// <summary>
    /// Subscribe (spec #sec-Subscription): creates the source stream from the single root field's subscribe
    /// resolver, then maps each event through the selection set (MapSourceToResponseEvent). The event is the
    /// root field's value unless the field has its own resolver, which then sees the event as its parent.
    /// </summary>
    private async IAsyncEnumerable<ExecutionResult> SubscribeCore(object preparedObject, GraphQLRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var prepared = (Prepared)preparedObject;
        OperationPlan plan = prepared.Plan!;
        ExecutionState setup = CreateState(prepared, request, cancellationToken);
        SelectionPlan root = plan.GetRootPlan(setup.ConditionMask);
        if (root.Fields.Length == 0)
        {
            yield return ExecutionResult.FromData(new ResultMap([], []));
            yield break;
        }

        PlannedField field = root.Fields[0];
        ResponsePath path = ResponsePath.Root(field.ResponseName);
        IAsyncEnumerable<object?>? source = null;
        IReadOnlyDictionary<string, object?>? arguments = null;
        GraphQLError? sourceError = null;
        try
        {
            arguments = field.CoerceArguments(setup.Variables);
            var context = new ResolverContext(setup, field, request.RootValue, null, arguments);
            if (field.Definition.Subscriber is { } subscriber)
            {
                source = await subscriber(context).ConfigureAwait(false);
            }
            else
            {
                FieldResolver resolver = DefaultFieldResolver.For(field.Definition.Name);
                object? value = await resolver(context).ConfigureAwait(false);
                source = value as IAsyncEnumerable<object?>;
                if (source is null)
                {
                    sourceError = new GraphQLError(ErrorMessages.SubscriptionSourceNotStream(ValueFormatter.Inspect(value)), field.Locations, path.ToList());
                }
            }
        }
        catch (GraphQLException exception)
        {
            sourceError = new GraphQLError(exception.Errors[0].Message, exception.Errors[0].Locations ?? field.Locations, path.ToList(), exception.Errors[0].Extensions);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            setup.ReportError(exception, field, path);
            sourceError = setup.Errors[0];
        }

        if (sourceError is not null || source is null)
        {
            yield return ExecutionResult.FromError(sourceError ?? new GraphQLError(ErrorMessages.SubscriptionSourceNotStream("null"), field.Locations, path.ToList()));
            yield break;
        }

        bool hasResolver = field.Definition.Resolver is { } bound && !IsDefaultResolver(bound, field.Definition.Name);
        await foreach (object? sourceEvent in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return await ExecuteEventAsync(prepared, request, root, field, arguments!, hasResolver, sourceEvent, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>MapSourceToResponseEvent (spec #MapSourceToResponseEvent()): executes the selection for one event.</summary>
    private async Task<ExecutionResult> ExecuteEventAsync(Prepared prepared, GraphQLRequest request, SelectionPlan root, PlannedField field, IReadOnlyDictionary<string, object?> arguments, bool hasResolver, object? sourceEvent, CancellationToken cancellationToken)
    {
        ExecutionState state = CreateState(prepared, request, cancellationToken);
        ValueTask<object?> execution;
        state.Batching.Enter();
        try
        {
            execution = hasResolver
                ? state.ExecuteSelectionAsync(root, sourceEvent, null)
                : state.CompleteEventFieldAsync(field, request.RootValue, sourceEvent, arguments);
        }
        finally
        {
            state.Batching.Exit();
        }

        object? value = await execution.ConfigureAwait(false);
        if (ReferenceEquals(value, ExecutionState.Stopped))
        {
            if (state.ResultLimitExceeded)
            {
                return ResultLimitResult(state.MaxResultValues);
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        object? data = hasResolver || ReferenceEquals(value, ExecutionState.Invalid) ? value : new ResultMap([field.ResponseName], [value]);
        return ExecutionResult.FromData(ReferenceEquals(data, ExecutionState.Invalid) ? null : (ResultMap?)data, state.Errors, state.JsonBuffer);
    }

    private static bool IsDefaultResolver(FieldResolver resolver, string fieldName) => resolver == DefaultFieldResolver.For(fieldName);
}
