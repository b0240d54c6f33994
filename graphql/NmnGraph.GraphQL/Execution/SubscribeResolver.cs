namespace NmnGraph.GraphQL.Execution;

/// <summary>Creates the source stream of a subscription root field (spec #sec-Source-Stream).</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolver(IResolverContext context);
