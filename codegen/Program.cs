using NmnGraph.Codegen;
using NmnGraph.Codegen.Analysis;

// nmngraph-codegen generate --schema schema.graphql --operations client/Operations --output client/Generated
//                           [--namespace NmnGraph.Client] [--client-name NmnGraphClient] [--verify]
// Diagnostics go to standard output in the canonical MSBuild format, so a build that runs this reports them as errors.
const string Usage =
    "usage: NmnGraph.Codegen generate --schema FILE --operations DIR --output DIR [--namespace NS] [--client-name NAME] [--verify]";

if (args.Length == 0 || args[0] != "generate")
{
    Console.Error.WriteLine(args.Length == 0 ? Usage : $"error: unknown command '{args[0]}'.\n{Usage}");
    return 2;
}

var values = new Dictionary<string, string>(StringComparer.Ordinal);
bool verify = false;
for (int i = 1; i < args.Length; i++)
{
    string name = args[i];
    if (name == "--verify")
    {
        // CI: fail when the checked-in files differ from a fresh generation, instead of rewriting them.
        verify = true;
        continue;
    }

    if (name is not ("--schema" or "--operations" or "--output" or "--namespace" or "--client-name"))
    {
        Console.Error.WriteLine($"error: unknown option '{name}'.\n{Usage}");
        return 2;
    }

    if (i + 1 >= args.Length)
    {
        Console.Error.WriteLine($"error: option '{name}' needs a value.\n{Usage}");
        return 2;
    }

    values[name] = args[++i];
}

foreach (string required in new[] { "--schema", "--operations", "--output" })
{
    if (!values.ContainsKey(required))
    {
        Console.Error.WriteLine($"error: option '{required}' is required.\n{Usage}");
        return 2;
    }
}

var options = new GeneratorOptions(
    Path.GetFullPath(values["--schema"]),
    Path.GetFullPath(values["--operations"]),
    Path.GetFullPath(values["--output"]))
{
    Namespace = values.GetValueOrDefault("--namespace", "NmnGraph.Client"),
    ClientName = values.GetValueOrDefault("--client-name", "NmnGraphClient"),
};

GenerationResult result = ClientGenerator.Generate(options);
foreach (Diagnostic diagnostic in result.Diagnostics)
{
    Console.Out.WriteLine(diagnostic.ToString());
}

if (!result.Succeeded)
{
    return 1;
}

if (verify)
{
    IReadOnlyList<Diagnostic> stale = ClientGenerator.Verify(options.OutputDirectory, result.OutputFiles);
    foreach (Diagnostic diagnostic in stale)
    {
        Console.Out.WriteLine(diagnostic.ToString());
    }

    return stale.Count == 0 ? 0 : 1;
}

IReadOnlyList<string> changed = ClientGenerator.WriteFiles(options.OutputDirectory, result.OutputFiles);
Console.Out.WriteLine(changed.Count == 0
    ? $"NmnGraph.Codegen: {result.Files.Count} files in {options.OutputDirectory} are up to date."
    : $"NmnGraph.Codegen: updated {string.Join(", ", changed)} in {options.OutputDirectory}.");
return 0;
