namespace NmnGraph.GraphQL.AspNetCore.Tests;

public sealed class GraphQLMediaTypesTests
{
    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData(" Application/JSON ;charset=utf-8", true)]
    [InlineData("application/jsonx", false)]
    [InlineData("text/plain", false)]
    [InlineData(null, false)]
    public void Matches_ignores_parameters_and_case(string? mediaType, bool expected) =>
        Assert.Equal(expected, GraphQLMediaTypes.Matches(mediaType, GraphQLMediaTypes.Json));
}
