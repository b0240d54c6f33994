using System.Runtime.CompilerServices;

namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// Awaits a resolver's <see cref="ValueTask{TResult}"/> until it completes, successfully or not, without rethrowing
/// its exception (the awaiting code reads the outcome after). Like <c>ConfigureAwaitOptions.SuppressThrowing</c>,
/// which exists for <see cref="Task"/> only, and without turning the value task into one.
/// </summary>
internal readonly struct Completion(ValueTask<object?> task) : ICriticalNotifyCompletion
{
    private readonly ConfiguredValueTaskAwaitable<object?>.ConfiguredValueTaskAwaiter _awaiter = task.ConfigureAwait(false).GetAwaiter();

    public bool IsCompleted => _awaiter.IsCompleted;

    public Completion GetAwaiter() => this;

    /// <summary>Nothing to return: the caller reads the value task's outcome.</summary>
    public void GetResult()
    {
    }

    public void OnCompleted(Action continuation) => _awaiter.OnCompleted(continuation);

    public void UnsafeOnCompleted(Action continuation) => _awaiter.UnsafeOnCompleted(continuation);
}
