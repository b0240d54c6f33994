namespace NmnGraph.Client.Tests;

public sealed class GraphQLClientExceptionTests
{
    [Fact]
    public void Message_joins_errors_with_their_codes()
    {
        var exception = new GraphQLClientException([new ClientError("Not found", "NOT_FOUND"), new ClientError("Boom")]);
        Assert.Equal("Not found (NOT_FOUND); Boom", exception.Message);
        Assert.Equal(2, exception.Errors.Count);
    }
}
