using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NmnGraph.Server.Hosting;

/// <summary>
/// One log line per request, at Debug (category <c>NmnGraph.Requests</c>): method, path, status and time. Off
/// unless asked for, e.g. <c>Logging__LogLevel__NmnGraph.Requests=Debug</c> or the same key in appsettings.json.
/// </summary>
public static partial class RequestLog
{
    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        ILogger logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("NmnGraph.Requests");
        return app.Use(async (context, next) =>
        {
            if (!logger.IsEnabled(LogLevel.Debug))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            long start = Stopwatch.GetTimestamp();
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                Handled(logger, context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        });
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Method} {Path} {StatusCode} {ElapsedMilliseconds:0.0} ms")]
    private static partial void Handled(ILogger logger, string method, string path, int statusCode, double elapsedMilliseconds);
}
