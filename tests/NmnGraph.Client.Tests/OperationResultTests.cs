using System.Text.Json;
using NmnGraph.Client.Serialization;
using NmnGraph.Client.Transport;

namespace NmnGraph.Client.Tests;

public sealed class OperationResultTests
{
    [Fact]
    public void Success_returns_data_from_EnsureNoErrors()
    {
        var result = new OperationResult<string>("hello");

        Assert.True(result.IsSuccess);
        Assert.Equal("hello", result.EnsureNoErrors());
    }

    [Fact]
    public void Errors_make_EnsureNoErrors_throw_with_every_error()
    {
        var errors = new[] { new ClientError("Not found", "NOT_FOUND") { Path = ["article", 0, "title"] }, new ClientError("Boom") };
        var result = new OperationResult<string>("partial", errors);

        Assert.False(result.IsSuccess);
        GraphQLClientException exception = Assert.Throws<GraphQLClientException>(() => result.EnsureNoErrors());
        Assert.Equal(errors, exception.Errors);
        Assert.Equal("Not found (at article[0].title) (NOT_FOUND); Boom", exception.Message);
    }

    [Fact]
    public void Missing_data_without_errors_still_throws()
    {
        var result = new OperationResult<string>(null);

        Assert.False(result.IsSuccess);
        Assert.Throws<GraphQLClientException>(() => result.EnsureNoErrors());
    }

    [Fact]
    public void Response_with_partial_data_errors_and_extensions_is_parsed()
    {
        GraphQLResponse response = GraphQLResponse.FromJson("""
            {
              "errors": [
                {
                  "message": "Study not found.",
                  "locations": [ { "line": 3, "column": 5 }, { "line": 4, "column": 7 } ],
                  "path": [ "claim", "evidence", 2, "study" ],
                  "extensions": { "code": "NOT_FOUND", "id": "s9" }
                },
                { "message": "No code here." }
              ],
              "data": { "value": 42 },
              "extensions": { "cost": 7 }
            }
            """u8.ToArray());

        OperationResult<int> result = ResponseParser.ToResult(response, static data => data.GetRequiredInt("value"));

        Assert.Equal(42, result.Data);
        Assert.Equal(7, result.Extensions!.Value.GetProperty("cost").GetInt32());
        Assert.Equal(2, result.Errors.Count);
        ClientError first = result.Errors[0];
        Assert.Equal("Study not found.", first.Message);
        Assert.Equal("NOT_FOUND", first.Code);
        Assert.Equal(["claim", "evidence", 2, "study"], first.Path);
        Assert.Equal([new ErrorLocation(3, 5), new ErrorLocation(4, 7)], first.Locations);
        Assert.Equal("s9", first.Extensions!.Value.GetProperty("id").GetString());
        Assert.Equal("claim.evidence[2].study", first.FormatPath());
        Assert.Null(result.Errors[1].Code);
        Assert.Empty(result.Errors[1].Path);
        Assert.Null(result.Errors[1].Extensions);
    }

    [Fact]
    public void Malformed_error_entries_are_kept()
    {
        GraphQLResponse response = GraphQLResponse.FromJson("""{"errors":[{"path":["a"]}, "oops"],"data":null}"""u8.ToArray());

        OperationResult<int> result = ResponseParser.ToResult(response, static data => 1);

        Assert.Equal(2, result.Errors.Count);
        Assert.Contains("without a message", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(["a"], result.Errors[0].Path);
        Assert.Equal(ClientErrorCodes.TransportBadResponse, result.Errors[1].Code);
    }

    [Fact]
    public void Shape_mismatch_becomes_an_error_with_path()
    {
        GraphQLResponse response = GraphQLResponse.FromJson("""{"data":{"items":[{"n":1},{"n":"two"}]}}"""u8.ToArray());

        OperationResult<IReadOnlyList<int>> result = ResponseParser.ToResult(
            response,
            static data => data.GetRequiredList("items", static item => item.GetRequiredInt("n")));

        Assert.Null(result.Data);
        ClientError error = Assert.Single(result.Errors);
        Assert.Equal(ClientErrorCodes.ResponseShapeMismatch, error.Code);
        Assert.Equal(["items", 1, "n"], error.Path);
        Assert.Equal("Unexpected response data at items[1].n: expected an Int but found \"two\".", error.Message);
    }

    [Fact]
    public void Transport_error_becomes_the_only_error()
    {
        GraphQLResponse response = GraphQLResponse.FromTransportError(new ClientError("down", ClientErrorCodes.TransportUnreachable));

        OperationResult<int> result = ResponseParser.ToResult<int>(response, static _ => throw new InvalidOperationException("not called"));

        Assert.Equal(ClientErrorCodes.TransportUnreachable, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Request_body_is_written_without_reflection()
    {
        var request = new GraphQLRequest(
            "query Q($d: Date) { x }",
            "Q",
            GraphQLVariables.FromWriter(static w =>
            {
                w.WriteStartObject();
                w.WriteScalar("d", new DateOnly(2024, 2, 29), BuiltInScalars.Date);
                w.WriteOptionalScalar<int>("n", null, BuiltInScalars.Int);
                w.WriteList("ids", ["a", "b"], static (writer, id) => writer.WriteStringValue(id));
                w.WriteEndObject();
            }));

        Assert.Equal(
            """{"query":"query Q($d: Date) { x }","operationName":"Q","variables":{"d":"2024-02-29","n":null,"ids":["a","b"]}}""",
            System.Text.Encoding.UTF8.GetString(request.ToUtf8Json()));
        Assert.Equal("""{"d":"2024-02-29","n":null,"ids":["a","b"]}""", request.GetVariablesJson());
    }

    [Fact]
    public void Media_type_constants_match_the_spec() =>
        Assert.Equal("application/graphql-response+json", GraphQLMediaTypes.GraphQLResponse);

    internal static JsonElement Json(string text)
    {
        using JsonDocument document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
