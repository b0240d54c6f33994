namespace NmnGraph.Server.Api.Loading;

/// <summary>A loader with queued keys that a <see cref="RequestBatcher"/> can fetch.</summary>
internal interface IBatchLoader
{
    Task DispatchAsync(CancellationToken cancellationToken);
}
