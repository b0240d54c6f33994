using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using NmnGraph.Bench.Peers.GraphQLDotNet;
using NmnGraph.Bench.Workload;

// The GraphQL.NET 8.8.5 peer: the workload schema served over POST /graphql with System.Text.Json, a document cache
// and no per-request logging, the way an expert would tune it for throughput.
// dotnet run -c Release --project bench/peers/GraphQLDotNet -- --urls http://127.0.0.1:5091 [--workload DIR]
string? workloadDirectory = null;
for (int i = 0; i < args.Length - 1; i++)
{
    if (string.Equals(args[i], "--workload", StringComparison.Ordinal))
    {
        workloadDirectory = args[i + 1];
    }
}

WorkloadFiles workload = WorkloadFiles.Locate(workloadDirectory);
WorkloadData data = WorkloadData.Load(workload.DatasetPath);
ISchema schema = WorkloadGraphQLDotNetSchema.Build(workload.Sdl, data);
schema.Initialize();

WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddGraphQL(graphQL => graphQL
    .AddSchema(schema)
    .AddSystemTextJson()
    .ConfigureExecution<DocumentCache>());

WebApplication app = builder.Build();
IDocumentExecuter executer = app.Services.GetRequiredService<IDocumentExecuter>();
IGraphQLTextSerializer serializer = app.Services.GetRequiredService<IGraphQLTextSerializer>();
app.MapPost("/graphql", async (HttpContext http) =>
{
    GraphQLRequest? request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
    ExecutionResult result = await executer.ExecuteAsync(new ExecutionOptions
    {
        Schema = schema,
        Query = request?.Query,
        OperationName = request?.OperationName,
        Variables = request?.Variables,
        RequestServices = http.RequestServices,
        CancellationToken = http.RequestAborted,
    });
    http.Response.ContentType = "application/json";
    await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
});

Console.WriteLine($"GraphQL.NET serving {data.Articles.Count} articles, {data.Studies.Count} studies, {data.Claims.Count} claims from {workload.Directory}");
await app.RunAsync();
