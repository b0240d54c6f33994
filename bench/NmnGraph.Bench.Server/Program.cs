using NmnGraph.Bench.Workload;
using NmnGraph.GraphQL.AspNetCore;

// The benchmark host: the workload schema and data served by MapGraphQL.
// dotnet run -c Release --project bench/NmnGraph.Bench.Server -- --urls http://127.0.0.1:5090 [--workload DIR]
string? workloadDirectory = null;
for (int i = 0; i < args.Length - 1; i++)
{
    if (string.Equals(args[i], "--workload", StringComparison.Ordinal))
    {
        workloadDirectory = args[i + 1];
    }
}

WorkloadFiles workload;
try
{
    workload = WorkloadFiles.Locate(workloadDirectory);
}
catch (DirectoryNotFoundException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine("usage: NmnGraph.Bench.Server --urls URL [--workload DIR]");
    return 2;
}

WorkloadData data = WorkloadData.Load(workload.DatasetPath);
WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddGraphQLServer(WorkloadSchema.Build(workload.Sdl, data));

WebApplication app = builder.Build();
app.MapGraphQL("/graphql");

// Kestrel's own floor for the side-by-side script: a POST that answers a constant, so the cost of the GraphQL path
// over the bare web server is a number.
byte[] floorBody = """{"data":{"__typename":"Query"}}"""u8.ToArray();
app.MapPost("/floor", async (HttpContext http) =>
{
    http.Response.ContentType = "application/json";
    http.Response.ContentLength = floorBody.Length;
    await http.Response.Body.WriteAsync(floorBody, http.RequestAborted);
});
Console.WriteLine($"Serving {data.Articles.Count} articles, {data.Studies.Count} studies, {data.Claims.Count} claims from {workload.Directory}");
await app.RunAsync();
return 0;
