namespace NmnGraph.GraphQL.Language;

/// <summary>The three kinds of operation (spec #OperationType).</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
