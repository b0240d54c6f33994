using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NmnGraph.GraphQL.AspNetCore;

namespace NmnGraph.Bench;

/// <summary>
/// Reading a POST body into a request, side by side: the one-pass <see cref="Utf8JsonReader"/> (<c>ParseBody</c>, what
/// the server runs) against the checked two-pass path it replaced on good input (<c>ParseBodyChecked</c>: validate
/// every byte, then a JsonDocument), over one buffer and over the same bytes in 4 KB pipe segments.
/// </summary>
[MemoryDiagnoser]
public class HttpBodyParseBenchmarks
{
    private static readonly GraphQLServerOptions s_options = new();
    private ReadOnlySequence<byte> _body;

    /// <summary>q1 and q4 bodies as a client sends them; "variables" a 40 KB body whose variables hold every JSON kind.</summary>
    [Params("q1", "q4", "variables")]
    public string Case { get; set; } = "q1";

    [Params(false, true)]
    public bool Segmented { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        byte[] bytes = Case switch
        {
            "variables" => JsonSerializer.SerializeToUtf8Bytes(new
            {
                query = WorkloadFixture.Query("q4"),
                variables = Enumerable.Range(0, 200).ToDictionary(
                    i => "v" + i,
                    i => (object)new { id = "A" + i, n = i, big = 1L << 40, x = i / 3.0, ok = i % 2 == 0, none = (string?)null, tags = new[] { "bone", "skin\u00e9" } }),
            }),
            _ => JsonSerializer.SerializeToUtf8Bytes(new { query = WorkloadFixture.Query(Case), variables = WorkloadFixture.Variables(Case) }),
        };
        _body = Segmented ? Segments(bytes, 4096) : new ReadOnlySequence<byte>(bytes);
        if (GraphQLHttpHandler.ParseBody(_body, s_options).Failure is { } failure)
        {
            throw new InvalidOperationException(failure.Message);
        }
    }

    [Benchmark(Baseline = true)]
    public object? TwoPassChecked() => GraphQLHttpHandler.ParseBodyChecked(_body, s_options).Request;

    [Benchmark]
    public object? OnePass() => GraphQLHttpHandler.ParseBody(_body, s_options).Request;

    private static ReadOnlySequence<byte> Segments(byte[] bytes, int size)
    {
        if (bytes.Length <= size)
        {
            return new ReadOnlySequence<byte>(bytes);
        }

        var first = new Segment(bytes.AsMemory(0, size), 0);
        Segment last = first;
        for (int start = size; start < bytes.Length; start += size)
        {
            last = last.Append(bytes.AsMemory(start, Math.Min(size, bytes.Length - start)));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
