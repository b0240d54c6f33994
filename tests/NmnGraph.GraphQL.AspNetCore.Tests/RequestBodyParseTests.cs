using System.Buffers;
using System.Collections;
using System.Text;

namespace NmnGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// The one-pass body reader (<c>ParseBody</c>) against the checked two-pass path (<c>ParseBodyChecked</c>: validate every
/// byte, then a JsonDocument): the same request and the same CLR values for good input, whole or split across pipe
/// segments, and exactly the checked path's error for bad input.
/// </summary>
public sealed class RequestBodyParseTests
{
    private static readonly GraphQLServerOptions s_options = new() { MaxInputDepth = 4 };

    /// <summary>Variables of every JSON kind, with escapes, number edges, repeated names and nesting.</summary>
    private const string EveryKind =
        """
        {"query":"q","variables":{
          "string":"plain","escaped":"tab\tquote\"slash\/u\u00e9 pair \ud83d\ude00","unicode":"ünïcödé 日本",
          "int":42,"negative":-7,"zero":0,"negativeZero":-0,"maxInt":2147483647,"minInt":-2147483648,
          "long":2147483648,"minLong":-9223372036854775808,"bigger":9223372036854775808,"fraction":1.5,"one":1.0,
          "exponent":1e3,"small":-2.5E-7,"huge":1e400,
          "true":true,"false":false,"null":null,
          "list":[1,"two",3.0,null,[true,[]],{}],"empty":{},"emptyList":[],
          "nested":{"a":{"b":{"c":[1]}}},"repeated":1,"other":2,"repeated":3
        },"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}
        """;

    public static TheoryData<string> GoodBodies => new()
    {
        """{"query":"{ hello }"}""",
        """{"query":"query Q($a: [Int]) { hello }","operationName":"Q","variables":{"a":[1,2,3]}}""",
        EveryKind,
        """{"qu\u0065ry":"{ hello }","operationN\u0061me":null,"variables":null,"extensions":null}""",
        """{"id":"doc-1","query":null}""",
        """{"documentId":"doc-2","id":null}""",
        """{"query":"{ hello }","unknown":{"deep":[1,{"x":"\u00e9"}]},"another":"text"}""",
        """{"query":"a","query":"b"}""",
        "  \r\n\t{ \"query\" : \"{ hello }\" }  \n",
    };

    public static TheoryData<string, byte[]> BadBodies => new()
    {
        { "empty", [] },
        { "not JSON", Utf8("{query}") },
        { "an array", Utf8("""[{"query":"{ hello }"}]""") },
        { "a string", Utf8("\"{ hello }\"") },
        { "trailing value", Utf8("""{"query":"{ hello }"} {}""") },
        { "unterminated", Utf8("""{"query":"{ hello }" """) },
        { "comment", Utf8("""{"query":"{ hello }" /* no */}""") },
        { "query a number", Utf8("""{"query":1}""") },
        { "operationName an object", Utf8("""{"query":"q","operationName":{}}""") },
        { "variables a list", Utf8("""{"query":"q","variables":[1]}""") },
        { "extensions a string", Utf8("""{"query":"q","extensions":"x"}""") },
        { "id a number", Utf8("""{"id":7}""") },
        { "id and documentId", Utf8("""{"id":"a","documentId":"b"}""") },
        { "id twice", Utf8("""{"id":"a","id":"b"}""") },
        { "variables too deep", Utf8("""{"query":"q","variables":{"a":[[[[[1]]]]]}}""") },
        { "unknown parameter too deep", Utf8("""{"query":"q","other":[[[[[[1]]]]]]}""") },
        { "bad UTF-8 in the query", Bytes("""{"query":"{ hel""", [0xC3, 0x28], """lo }"}""") },
        { "bad UTF-8 in a variable name", Bytes("{\"query\":\"q\",\"variables\":{\"a", [0xFF], "\":1}}") },
        { "bad UTF-8 in an unknown parameter's value", Bytes("{\"query\":\"q\",\"other\":[\"x", [0x80], "\"]}") },
        { "bad UTF-8 in an unknown parameter's name", Bytes("""{"query":"q","ot""", [0xED, 0xA0, 0x80], """her":1}""") },
        { "bad UTF-8 in whitespace", Bytes("""{"query":"q" """, [0xA0], "}") },
        { "lone surrogate in a variable", Utf8("""{"query":"q","variables":{"n":"\ud800"}}""") },
        { "lone surrogate in an unknown parameter's name", Utf8("""{"query":"q","\udc00":1}""") },
        { "lone surrogate in extensions", Utf8("""{"query":"q","extensions":{"x":["\udfff"]}}""") },
    };

    [Theory]
    [MemberData(nameof(GoodBodies))]
    public void A_good_body_reads_the_same_as_the_checked_path(string body)
    {
        (HttpGraphQLRequest? expected, HttpFailure? expectedFailure) = GraphQLHttpHandler.ParseBodyChecked(new ReadOnlySequence<byte>(Utf8(body)), s_options);
        Assert.Null(expectedFailure);

        (HttpGraphQLRequest? actual, HttpFailure? failure) = GraphQLHttpHandler.ParseBody(new ReadOnlySequence<byte>(Utf8(body)), s_options);
        Assert.Null(failure);
        AssertSameRequest(expected!, actual!);
    }

    [Theory]
    [MemberData(nameof(GoodBodies))]
    public void A_body_split_across_pipe_segments_reads_the_same(string body)
    {
        byte[] bytes = Utf8(body);
        (HttpGraphQLRequest? whole, _) = GraphQLHttpHandler.ParseBody(new ReadOnlySequence<byte>(bytes), s_options);
        foreach (int size in new[] { 1, 2, 3, 7, 64 })
        {
            ReadOnlySequence<byte> split = Segments(bytes, size);
            Assert.Equal(size < bytes.Length, !split.IsSingleSegment);
            (HttpGraphQLRequest? actual, HttpFailure? failure) = GraphQLHttpHandler.ParseBody(split, s_options);
            Assert.Null(failure);
            AssertSameRequest(whole!, actual!);
        }
    }

    [Fact]
    public void Every_JSON_kind_becomes_the_engines_value()
    {
        (HttpGraphQLRequest? request, _) = GraphQLHttpHandler.ParseBody(Segments(Utf8(EveryKind), 5), s_options);
        IReadOnlyDictionary<string, object?> variables = request!.Variables!;

        Assert.Equal("tab\tquote\"slash/u\u00e9 pair \U0001F600", variables["escaped"]);
        Assert.Equal("ünïcödé 日本", variables["unicode"]);
        Assert.IsType<int>(variables["int"]);
        Assert.Equal(int.MinValue, variables["minInt"]);
        Assert.Equal(2147483648L, variables["long"]);
        Assert.Equal(long.MinValue, variables["minLong"]);
        Assert.Equal(9223372036854775808d, variables["bigger"]);
        Assert.Equal(1.5, variables["fraction"]);
        Assert.Equal(1.0, variables["one"]);
        Assert.Equal(1000.0, variables["exponent"]);
        Assert.Equal(double.PositiveInfinity, variables["huge"]);
        Assert.Equal(true, variables["true"]);
        Assert.Null(variables["null"]);
        Assert.True(variables.ContainsKey("null"));
        var list = Assert.IsType<List<object?>>(variables["list"]);
        Assert.Equal([1, "two", 3.0, null], list.Take(4));
        Assert.Empty(Assert.IsType<Dictionary<string, object?>>(variables["empty"]));
        Assert.Equal(3, variables["repeated"]);
        Assert.Equal(["string", "escaped"], variables.Keys.Take(2));
        List<string> keys = [.. variables.Keys];
        Assert.True(keys.IndexOf("repeated") < keys.IndexOf("other"), "a repeated name keeps its first position");
        Assert.Equal("abc", ((IReadOnlyDictionary<string, object?>)request.Extensions!["persistedQuery"]!)["sha256Hash"]);
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public void A_bad_body_gets_the_checked_paths_error(string name, byte[] body)
    {
        (_, HttpFailure? expected) = GraphQLHttpHandler.ParseBodyChecked(new ReadOnlySequence<byte>(body), s_options);
        Assert.True(expected is not null, $"{name}: the checked path accepted it");

        foreach (ReadOnlySequence<byte> input in new[] { new ReadOnlySequence<byte>(body), Segments(body, 3) })
        {
            (HttpGraphQLRequest? request, HttpFailure? failure) = GraphQLHttpHandler.ParseBody(input, s_options);
            Assert.True(request is null, $"{name}: read as a request");
            Assert.Equal(expected, failure);
        }
    }

    [Theory]
    [InlineData("""{"a":[1,{"b":null}],"c":"\u00e9","d":1e2}""")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("[1]")]
    [InlineData("{\"a\":\"\\ud800\"}")]
    [InlineData("{\"a\":[[[[[1]]]]]}")]
    [InlineData("{\"a\":1} x")]
    [InlineData("{\"a\":")]
    public void A_parameter_reads_the_same_as_the_checked_path(string text)
    {
        var depth = new InputDepthLimit(s_options.MaxInputDepth, 1);
        (IReadOnlyDictionary<string, object?>? expected, HttpFailure? expectedFailure) = GraphQLHttpHandler.ReadJsonObjectParameterChecked(text, "variables", depth);
        (IReadOnlyDictionary<string, object?>? actual, HttpFailure? failure) = GraphQLHttpHandler.ReadJsonObjectParameter(text, "variables", s_options);

        Assert.Equal(expectedFailure, failure);
        AssertSameValue(expected, actual, "$");
    }

    private static void AssertSameRequest(HttpGraphQLRequest expected, HttpGraphQLRequest actual)
    {
        Assert.Equal(expected.Query, actual.Query);
        Assert.Equal(expected.OperationName, actual.OperationName);
        Assert.Equal(expected.DocumentId, actual.DocumentId);
        AssertSameValue(expected.Variables, actual.Variables, "variables");
        AssertSameValue(expected.Extensions, actual.Extensions, "extensions");
    }

    /// <summary>Equal values of the same CLR types, maps with their keys in the same order.</summary>
    private static void AssertSameValue(object? expected, object? actual, string path)
    {
        Assert.True(expected?.GetType() == actual?.GetType(), $"{path}: {expected?.GetType()} expected, got {actual?.GetType()}");
        switch (expected)
        {
            case IReadOnlyDictionary<string, object?> map:
                var other = (IReadOnlyDictionary<string, object?>)actual!;
                Assert.Equal(map.Keys, other.Keys);
                foreach ((string key, object? value) in map)
                {
                    AssertSameValue(value, other[key], path + "." + key);
                }

                break;
            case IList list:
                var otherList = (IList)actual!;
                Assert.Equal(list.Count, otherList.Count);
                for (int i = 0; i < list.Count; i++)
                {
                    AssertSameValue(list[i], otherList[i], $"{path}[{i}]");
                }

                break;
            default:
                Assert.Equal(expected, actual);
                break;
        }
    }

    /// <summary>A sequence of pipe segments of <paramref name="size"/> bytes, as Kestrel hands over a body that came in pieces.</summary>
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

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Bytes(string before, byte[] bad, string after) => [.. Utf8(before), .. bad, .. Utf8(after)];

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
