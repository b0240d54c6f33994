using System.Diagnostics;
using NmnGraph.GraphQL.DataLoaders;

namespace NmnGraph.GraphQL.Diagnostics;

/// <summary>
/// The span of one DataLoader batch: a child of the span that was current when the request's
/// <see cref="BatchScheduler"/> was made (the execute span), whichever thread sends the batch, and the parent of
/// whatever the batch function traces (its SQL statements).
/// </summary>
internal static class BatchTelemetry
{
    public const string DefaultName = "DataLoader batch";

    /// <summary>The span that batches of a new scheduler belong to; null while nobody listens.</summary>
    public static Activity? CaptureParent() => GraphQLTelemetry.Source.HasListeners() ? Activity.Current : null;

    /// <summary>Starts the batch's span, current on this thread until <see cref="Observe"/>.</summary>
    public static Activity? Start(string? loaderName, int keyCount, Activity? parent, out Activity? previous)
    {
        previous = null;
        if (!GraphQLTelemetry.Source.HasListeners())
        {
            return null;
        }

        previous = Activity.Current;
        Activity? activity = GraphQLTelemetry.Source.StartActivity(
            loaderName is null ? DefaultName : "DataLoader " + loaderName,
            ActivityKind.Internal,
            parent?.Context ?? default);
        if (activity is { IsAllDataRequested: true })
        {
            if (loaderName is not null)
            {
                activity.SetTag(GraphQLTelemetry.DataLoaderNameTag, loaderName);
            }

            activity.SetTag(GraphQLTelemetry.BatchSizeTag, keyCount);
        }

        return activity;
    }

    /// <summary>
    /// Gives the thread back its current span (the batch function has started and captured the batch's) and ends the
    /// batch's span when <paramref name="fetch"/> completes.
    /// </summary>
    public static Task<T> Observe<T>(Task<T> fetch, Activity? activity, Activity? previous)
    {
        if (activity is null)
        {
            return fetch;
        }

        Activity.Current = previous;
        if (fetch.IsCompleted)
        {
            End(fetch, activity);
        }
        else
        {
            fetch.ContinueWith(static (task, state) => End(task, (Activity)state!), activity, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return fetch;
    }

    private static void End(Task task, Activity activity)
    {
        if (task.IsFaulted)
        {
            Exception exception = task.Exception!.InnerExceptions.Count == 1 ? task.Exception.InnerExceptions[0] : task.Exception;
            TelemetrySpans.RecordException(activity, exception);
        }
        else if (task.IsCanceled)
        {
            activity.SetStatus(ActivityStatusCode.Error, "The batch was cancelled.");
            activity.SetTag(GraphQLTelemetry.ErrorTypeTag, "cancelled");
        }

        activity.Dispose();
    }
}
