using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace NmnGraph.GraphQL.Diagnostics;

/// <summary>
/// The engine's traces and metrics, through <c>System.Diagnostics</c> only: a host turns them on by listening to
/// <see cref="Name"/> (OpenTelemetry's <c>AddSource</c> and <c>AddMeter</c>). While nobody listens nothing is recorded
/// and nothing is allocated. Tags follow the OpenTelemetry semantic conventions for GraphQL servers.
/// </summary>
public static class GraphQLTelemetry
{
    /// <summary>The name of the engine's <see cref="ActivitySource"/> and <see cref="Meter"/>.</summary>
    public const string Name = "NmnGraph.GraphQL";

    /// <summary><c>query</c>, <c>mutation</c> or <c>subscription</c>.</summary>
    public const string OperationTypeTag = "graphql.operation.type";

    /// <summary>The operation's name as the document spells it (absent for an anonymous operation on spans).</summary>
    public const string OperationNameTag = "graphql.operation.name";

    /// <summary>
    /// The SHA-256 of the document text, in lower-case hex (the id persisted operations use). The document itself is
    /// not recorded: its literals may hold what a user typed.
    /// </summary>
    public const string DocumentHashTag = "graphql.document.hash";

    /// <summary>The <c>extensions.code</c> of the first error, or <c>_OTHER</c>.</summary>
    public const string ErrorTypeTag = "error.type";

    /// <summary>The name a DataLoader was given.</summary>
    public const string DataLoaderNameTag = "graphql.dataloader.name";

    /// <summary>How many keys one batch sent.</summary>
    public const string BatchSizeTag = "graphql.dataloader.batch.size";

    private static readonly string? s_version = typeof(GraphQLTelemetry).Assembly.GetName().Version?.ToString();

    internal static readonly ActivitySource Source = new(Name, s_version);

    internal static readonly Meter Meter = new(Name, s_version);
}
