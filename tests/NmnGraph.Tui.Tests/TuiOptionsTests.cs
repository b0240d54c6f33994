namespace NmnGraph.Tui.Tests;

public sealed class TuiOptionsTests
{
    [Fact]
    public void No_arguments_means_embedded_server_on_default_database()
    {
        (TuiOptions? options, string? error) = TuiOptions.Parse([]);
        Assert.Null(error);
        Assert.Equal(new TuiOptions(null, null), options);
    }

    [Fact]
    public void Server_and_db_are_read()
    {
        (TuiOptions? options, _) = TuiOptions.Parse(["--server", "http://127.0.0.1:5080/graphql", "--db", "x.db"]);
        Assert.Equal(new Uri("http://127.0.0.1:5080/graphql"), options!.Server);
        Assert.Equal("x.db", options.DatabasePath);
    }

    [Fact]
    public void Http_asks_for_the_embedded_server_over_loopback_http()
    {
        Assert.True(TuiOptions.Parse(["--http", "--db", "x.db"]).Options!.EmbeddedHttp);
        Assert.False(TuiOptions.Parse(["--db", "x.db"]).Options!.EmbeddedHttp);
    }

    [Theory]
    [InlineData("--server", "not a url", "--server needs an http(s) URL, got 'not a url'.")]
    [InlineData("--server", "ftp://x", "--server needs an http(s) URL, got 'ftp://x'.")]
    [InlineData("--db", " ", "--db needs a file path.")]
    [InlineData("--frobnicate", "1", "Unknown argument '--frobnicate'.")]
    public void Bad_arguments_get_a_precise_message(string flag, string value, string message)
    {
        (TuiOptions? options, string? error) = TuiOptions.Parse([flag, value]);
        Assert.Null(options);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }
}
