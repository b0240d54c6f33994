namespace NmnGraph.Client;

/// <summary>The operation type of a GraphQL operation (spec §2.3).</summary>
public enum OperationKind
{
    Query,
    Mutation,
    Subscription,
}
