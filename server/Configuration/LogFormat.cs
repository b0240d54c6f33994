namespace NmnGraph.Server.Configuration;

/// <summary>How the server writes its log to the console.</summary>
public enum LogFormat
{
    /// <summary>One line of plain text per entry (the default).</summary>
    Text,

    /// <summary>One JSON object per line (the Microsoft.Extensions.Logging JSON console formatter), for log collectors.</summary>
    Json,
}
