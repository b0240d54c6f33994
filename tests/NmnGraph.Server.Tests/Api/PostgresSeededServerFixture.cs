namespace NmnGraph.Server.Tests.Api;

/// <summary><see cref="SeededServerFixture"/> on a PostgreSQL database of the private cluster.</summary>
public sealed class PostgresSeededServerFixture : SeededServerFixture
{
    protected override TestBackend Backend => TestBackend.Postgres;
}
