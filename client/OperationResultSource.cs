namespace NmnGraph.Client;

/// <summary>Where an <see cref="OperationResult{T}"/> came from.</summary>
public enum OperationResultSource
{
    /// <summary>A response from the transport.</summary>
    Network,

    /// <summary>Materialized from the entity store without a request.</summary>
    Cache,
}
