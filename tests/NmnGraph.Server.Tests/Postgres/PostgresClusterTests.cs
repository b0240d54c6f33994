using Npgsql;

namespace NmnGraph.Server.Tests.Postgres;

public sealed class PostgresClusterTests
{
    [SkippableFact]
    public async Task The_private_cluster_serves_a_fresh_database_on_loopback()
    {
        PostgresCluster cluster = await PostgresCluster.GetAsync();
        string url = await cluster.CreateDatabaseAsync();
        var uri = new Uri(url);
        Assert.Equal("127.0.0.1", uri.Host);
        await using var connection = new NpgsqlConnection($"Host={uri.Host};Port={uri.Port};Username=nmngraph;Database={uri.AbsolutePath.TrimStart('/')}");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_database(), count(*) FROM pg_tables WHERE schemaname = 'public'", connection);
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(uri.AbsolutePath.TrimStart('/'), reader.GetString(0));
        Assert.Equal(0, reader.GetInt64(1));
    }
}
