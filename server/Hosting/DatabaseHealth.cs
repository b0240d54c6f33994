using System.Data.Common;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Hosting;

/// <summary>
/// <c>/healthz</c>: 200 "ok" when the database answers a statement, 503 naming the failure when it does not, so
/// that a load balancer stops sending requests to a replica that lost its database (either engine).
/// </summary>
internal static class DatabaseHealth
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);

    public static async Task<IResult> CheckAsync(NmnDatabase database, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_timeout);
        try
        {
            return await database.PingAsync(timeout.Token).ConfigureAwait(false)
                ? Results.Text("ok")
                : Results.Text("database: unexpected answer", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception exception) when (exception is DbException or OperationCanceledException or TimeoutException or InvalidOperationException)
        {
            string why = exception is OperationCanceledException ? $"no answer within {s_timeout.TotalSeconds:0} s" : exception.Message;
            return Results.Text($"database: {why}", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
