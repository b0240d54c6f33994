namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// Resolves the value of a field (spec #sec-Value-Resolution). A synchronous resolver returns a completed
/// <see cref="ValueTask{TResult}"/>, which allocates nothing.
/// </summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);
