using Microsoft.Extensions.Logging;
using NmnGraph.Server.Configuration;

namespace NmnGraph.Server.Hosting;

/// <summary>The server's log: console lines as text or JSON, plus whatever the host adds.</summary>
public static class NmnLoggingExtensions
{
    public static ILoggingBuilder AddNmnLogging(this ILoggingBuilder logging, NmnServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(logging);
        ArgumentNullException.ThrowIfNull(options);
        logging.ClearProviders();

        // Every line carries the request's scope (RequestId, TraceId), which is how a client's error finds its log line.
        logging.Configure(factory => factory.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        if (options.ConsoleLogging)
        {
            if (options.LogFormat == LogFormat.Json)
            {
                logging.AddJsonConsole(console =>
                {
                    console.IncludeScopes = true;
                    console.UseUtcTimestamp = true;
                    console.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
                });
            }
            else
            {
                logging.AddSimpleConsole(console => console.SingleLine = true);
            }
        }

        options.ConfigureLogging?.Invoke(logging);
        return logging;
    }
}
