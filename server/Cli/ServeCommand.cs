using System.CommandLine;
using NmnGraph.GraphQL.AspNetCore;
using NmnGraph.Server.Configuration;
using NmnGraph.Server.Hosting;

namespace NmnGraph.Server.Cli;

/// <summary><c>nmngraph serve [--urls URL] [--db PATH] [--api-key KEY]</c> (the default command): GraphQL at <c>/graphql</c>, health at <c>/healthz</c>.</summary>
public static class ServeCommand
{
    public static readonly Option<string?> Urls = new("--urls") { Description = $"Where to listen (default: $NMNGRAPH_URLS, appsettings NmnGraph:Urls, else {NmnServerOptions.DefaultUrls}).", HelpName = "URL" };

    public static readonly Option<string?> ApiKey = new("--api-key") { Description = "The key mutations need as 'Authorization: Bearer KEY' (default: $NMNGRAPH_API_KEY, appsettings NmnGraph:ApiKey; none refuses mutations).", HelpName = "KEY" };

    public static readonly Option<string[]> Cors = new("--cors")
    {
        Description = "Allow this browser origin to call the API (repeatable; default: $NMNGRAPH_CORS, appsettings NmnGraph:Cors; none: CORS off).",
        HelpName = "ORIGIN",
        AllowMultipleArgumentsPerToken = false,
    };

    public static readonly Option<string?> Timeout = new("--timeout")
    {
        Description = "The request deadline in seconds, for HTTP and in-process requests alike (default: $NMNGRAPH_TIMEOUT, appsettings NmnGraph:Timeout, else 30; 0: none).",
        HelpName = "SECONDS",
    };

    public static readonly Option<bool> Development = new("--dev") { Description = "Show exception details in errors (never in production)." };

    public static readonly Option<bool> NoIde = new("--no-ide") { Description = "Do not serve GraphiQL to browsers at /graphql." };

    public static readonly Option<string?> Persisted = new("--persisted") { Description = "A directory of persisted operation manifests (id → document JSON, e.g. client/Generated/persisted-operations.json) requests may name by id.", HelpName = "DIR" };

    public static readonly Option<bool> OnlyPersisted = new("--only-persisted") { Description = "Refuse every document that is not in the --persisted manifests." };

    public static readonly Option<string?> Otlp = new("--otlp")
    {
        Description = $"Export traces and metrics over OTLP/HTTP to this collector, e.g. http://127.0.0.1:4318 (default: ${OtlpSetting.EndpointVariable}; none: nothing is exported).",
        HelpName = "URL",
    };

    public static readonly Option<string?> Database = DatabaseOption.Create();

    public static readonly Option<int> MaxFieldCost = IntegerOption.Create(
        "--max-field-cost", $"The most field cost an operation may have (default: $NMNGRAPH_MAX_FIELD_COST, appsettings NmnGraph:MaxFieldCost, else {ServerLimits.MaxFieldCost}).", "N", minimum: 1);

    public static readonly Option<int> MaxTypeCost = IntegerOption.Create(
        "--max-type-cost", $"The most type cost an operation may have (default: $NMNGRAPH_MAX_TYPE_COST, appsettings NmnGraph:MaxTypeCost, else {ServerLimits.MaxTypeCost}).", "N", minimum: 1);

    public static readonly Option<int> MaxResultValues = IntegerOption.Create(
        "--max-result-values", $"The most values one response may hold (default: $NMNGRAPH_MAX_RESULT_VALUES, appsettings NmnGraph:MaxResultValues, else {ServerLimits.MaxResultValues}).", "N", minimum: 1);

    public static readonly Option<string?> LogFormat = CreateLogFormat();

    public static Command Create()
    {
        var command = new Command("serve", "Serve the GraphQL API (the default command).") { Urls, Database, ApiKey, Cors, Timeout, Development, LogFormat, MaxFieldCost, MaxTypeCost, MaxResultValues, NoIde, Persisted, OnlyPersisted, Otlp };
        command.SetAction(RunAsync);
        return command;
    }

    public static Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        DatabaseOption.GuardAsync(parseResult, async (output, error) =>
        {
            ServerSettings settings = ServerSettings.Resolve(parseResult.GetValue(Urls), parseResult.GetValue(Database), parseResult.GetValue(ApiKey));
            if (!LogFormatSetting.TryResolve(parseResult.GetValue(LogFormat), Environment.GetEnvironmentVariable, ServerSettings.LoadAppSettings(), out Configuration.LogFormat logFormat, out string? logFormatError))
            {
                await error.WriteLineAsync("nmngraph: " + logFormatError).ConfigureAwait(false);
                return 1;
            }

            (TimeSpan? timeout, string? timeoutError) = ServerSettings.ResolveTimeout(parseResult.GetValue(Timeout));
            if (timeoutError is not null)
            {
                await error.WriteLineAsync($"nmngraph: {timeoutError}").ConfigureAwait(false);
                return 1;
            }

            (OtlpSetting? otlp, string? otlpError) = OtlpSetting.Resolve(parseResult.GetValue(Otlp), Environment.GetEnvironmentVariable);
            if (otlpError is not null)
            {
                await error.WriteLineAsync($"nmngraph: {otlpError}").ConfigureAwait(false);
                return 1;
            }

            string? persistedDirectory = parseResult.GetValue(Persisted);
            if (parseResult.GetValue(OnlyPersisted) && persistedDirectory is null)
            {
                await error.WriteLineAsync("nmngraph: --only-persisted needs --persisted DIR (the manifests of the operations to allow).").ConfigureAwait(false);
                return 2;
            }

            PersistedOperationStore? persisted = persistedDirectory is null ? null : PersistedOperationStore.LoadDirectory(persistedDirectory);
            NmnServerHandle started;
            try
            {
                LimitSettings limits = LimitSettings.Resolve(Given(parseResult, MaxFieldCost), Given(parseResult, MaxTypeCost), Given(parseResult, MaxResultValues));
                started = await NmnServerHost.StartAsync(new NmnServerOptions
                {
                    DatabasePath = settings.DatabasePath,
                    Urls = settings.Urls,
                    ApiKey = settings.ApiKey,
                    CorsOrigins = ServerSettings.ResolveCorsOrigins(parseResult.GetValue(Cors)),
                    ExecutionTimeout = timeout,
                    IncludeExceptionDetails = parseResult.GetValue(Development),
                    MaxFieldCost = limits.MaxFieldCost,
                    MaxTypeCost = limits.MaxTypeCost,
                    MaxResultValues = limits.MaxResultValues,
                    LogFormat = logFormat,
                    Ide = !parseResult.GetValue(NoIde),
                    PersistedOperations = persisted,
                    OnlyPersisted = parseResult.GetValue(OnlyPersisted),
                    Otlp = otlp,
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (ServerStartException exception)
            {
                await error.WriteLineAsync($"nmngraph: {exception.Message}").ConfigureAwait(false);
                return 1;
            }

            await using NmnServerHandle server = started;
            await output.WriteLineAsync($"nmngraph: serving {server.GraphQLEndpoint} on '{server.Database.Path}'"
                + (settings.ApiKey is null ? " (no API key: mutations are refused)" : string.Empty)).ConfigureAwait(false);
            await server.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });

    /// <summary>The flag's value; null when it was not given (its parser allows no 0).</summary>
    private static int? Given(ParseResult parseResult, Option<int> option) => parseResult.GetValue(option) is > 0 and var value ? value : null;

    private static Option<string?> CreateLogFormat()
    {
        var option = new Option<string?>("--log-format")
        {
            Description = $"Console log as text lines or JSON objects (default: ${LogFormatSetting.EnvironmentVariable}, appsettings {LogFormatSetting.AppSettingsKey}, else text).",
            HelpName = "text|json",
        };
        option.AcceptOnlyFromAmong(LogFormatSetting.Names);
        return option;
    }
}
