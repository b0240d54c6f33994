using NmnGraph.GraphQL.Types;
using NmnGraph.Server.Api;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Tests.Api;

/// <summary>The resolvers and schema.graphql must agree exactly: a drift either way stops the server from building its schema.</summary>
public sealed class SchemaBindingTests : IAsyncLifetime
{
    private NmnDatabase _database = null!;

    public async Task InitializeAsync() => _database = await NmnDatabase.OpenAsync(":memory:", new NmnDatabaseOptions(), CancellationToken.None);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public void The_contract_binds_completely()
    {
        Schema schema = NmnSchema.Build(_database, new NmnApiOptions());
        Assert.NotNull(schema.QueryType);
    }

    [Fact]
    public void A_field_without_a_resolver_fails_the_build()
    {
        string sdl = SchemaText.Sdl.Replace("  stats: CorpusStats!\n", "  stats: CorpusStats!\n  unserved: String\n", StringComparison.Ordinal);
        SchemaException exception = Assert.Throws<SchemaException>(() => NmnSchema.Build(_database, new NmnApiOptions(), null, sdl));
        Assert.Contains("Query.unserved", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resolver_for_a_field_the_schema_lacks_fails_the_build()
    {
        string sdl = SchemaText.Sdl.Replace("  \"Counts of what the corpus holds.\"\n  stats: CorpusStats!\n", string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(SchemaText.Sdl, sdl);
        SchemaException exception = Assert.Throws<SchemaException>(() => NmnSchema.Build(_database, new NmnApiOptions(), null, sdl));
        Assert.Contains("Query.stats", exception.Message, StringComparison.Ordinal);
    }
}
