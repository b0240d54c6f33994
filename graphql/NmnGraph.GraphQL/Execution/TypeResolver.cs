namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// Names the object type of a value of an interface or union (spec #sec-Value-Completion, ResolveAbstractType).
/// Returning null falls back to the default type resolution.
/// </summary>
public delegate string? TypeResolver(object value, IResolverContext context);
