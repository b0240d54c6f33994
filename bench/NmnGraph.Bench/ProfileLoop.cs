using System.Buffers;
using System.Diagnostics;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Validation;

namespace NmnGraph.Bench;

/// <summary>
/// `--profile-parse N` / `--profile-validate N [query]`: parses or validates one workload query N times on a thread of
/// its own, for an instruction count that load cannot disturb. Warm-up runs on the main thread first, so
/// <c>valgrind --tool=callgrind --separate-threads=yes</c> reports the loop alone in the last thread's file
/// (set <c>DOTNET_TieredCompilation=0</c> so no code is recompiled during the loop). Prints allocations per
/// iteration and a best-of-batches wall-clock time.
/// </summary>
internal static class ProfileLoop
{
    public static int Run(string[] args, TextWriter output)
    {
        bool validate = args[0] == "--profile-validate";
        bool execute = args[0] == "--profile-execute";
        int iterations = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
        string name = args.Length > 2 ? args[2] : "q6";
        string text = WorkloadFixture.Query(name);
        DocumentNode document = Parser.Parse(text);
        if (DocumentValidator.Validate(WorkloadFixture.Schema, document).Count > 0)
        {
            output.WriteLine($"{name} does not validate.");
            return 1;
        }

        Action once = execute ? ExecuteOnce(name) : validate
            ? () => DocumentValidator.Validate(WorkloadFixture.Schema, document)
            : () => Parser.Parse(text);
        for (int i = 0; i < 20; i++)
        {
            once();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        once();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var loop = new Thread(() =>
        {
            for (int i = 0; i < iterations; i++)
            {
                once();
            }
        });
        loop.Start();
        loop.Join();

        double best = double.MaxValue;
        for (int batch = 0; batch < 30; batch++)
        {
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < 50; i++)
            {
                once();
            }

            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMicroseconds / 50);
        }

        output.WriteLine($"{(execute ? "execute" : validate ? "validate" : "parse")} {name}: {allocated} bytes allocated, best of batches {best:F1} µs");
        return 0;
    }

    /// <summary>A cached request (document cache hit) executed and written as JSON, as the HTTP path does (result only written).</summary>
    private static Action ExecuteOnce(string name)
    {
        var executor = new RequestExecutor(WorkloadFixture.Schema, new RequestExecutorOptions { Validator = DocumentValidator.Default, DocumentCache = new InMemoryDocumentCache() });
        var request = new GraphQLRequest(WorkloadFixture.Query(name), WorkloadFixture.Variables(name)) { ResultIsOnlyWritten = true };
        var output = new ArrayBufferWriter<byte>(1 << 20);
        return () =>
        {
            ExecutionResult result = executor.ExecuteAsync(request).GetAwaiter().GetResult();
            output.ResetWrittenCount();
            ExecutionResultWriter.Write(output, result);
            result.ReturnBuffers();
        };
    }
}
