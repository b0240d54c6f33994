using System.Buffers;
using System.Text;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Execution;

/// <summary>Response serialization (spec §7): errors first, data when present, extensions last.</summary>
public class ExecutionResultWriterTests
{
    [Fact]
    public async Task Writes_errors_data_and_extensions_in_that_order_to_a_stream()
    {
        var data = new ResultMap(["b", "a"], [new List<object?> { 1, 2.5, null, true }, new ResultMap(["x"], ["y"])]);
        var error = new GraphQLError("Oops", [new SourceLocation(2, 3)], ["b", 1], new Dictionary<string, object?> { ["code"] = "X" });
        ExecutionResult result = ExecutionResult.FromData(data, [error]).WithExtensions(new Dictionary<string, object?> { ["cost"] = 3 });

        using var stream = new MemoryStream();
        await ExecutionResultWriter.WriteAsync(stream, result);

        Assert.Equal(
            Json("{'errors':[{'message':'Oops','locations':[{'line':2,'column':3}],'path':['b',1],'extensions':{'code':'X'}}],'data':{'b':[1,2.5,null,true],'a':{'x':'y'}},'extensions':{'cost':3}}"),
            Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Data_null_is_written_but_absent_data_is_not()
    {
        var buffer = new ArrayBufferWriter<byte>();
        ExecutionResultWriter.Write(buffer, ExecutionResult.FromData(null, [new GraphQLError("e")]));
        Assert.Equal(Json("{'errors':[{'message':'e'}],'data':null}"), Encoding.UTF8.GetString(buffer.WrittenSpan));
        Assert.Equal(Json("{'errors':[{'message':'e'}]}"), ExecutionResultWriter.ToJson(ExecutionResult.FromError(new GraphQLError("e"))));
        Assert.Equal(Json("{'data':{}}"), ExecutionResultWriter.ToJson(ExecutionResult.FromData(new ResultMap([], []))));
    }

    [Fact]
    public void Non_ascii_text_is_written_unescaped()
    {
        Assert.Equal("{\"data\":{\"t\":\"NAD⁺ — “quoted”\"}}", ExecutionResultWriter.ToJson(ExecutionResult.FromData(new ResultMap(["t"], ["NAD⁺ — “quoted”"]))));
    }
}
