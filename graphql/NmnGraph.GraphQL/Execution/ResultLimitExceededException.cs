namespace NmnGraph.GraphQL.Execution;

/// <summary>Stops an execution whose response grew past <see cref="RequestExecutorOptions.MaxResultValues"/>.</summary>
internal sealed class ResultLimitExceededException(int limit) : Exception($"The response exceeded {limit} values.")
{
    public int Limit { get; } = limit;
}
