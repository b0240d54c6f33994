namespace NmnGraph.Server.Tests.Api;

/// <summary><see cref="NodeTests"/> against a server on SQLite (the Postgres twin has its own fixture, so neither starts the other's server).</summary>
public sealed class SqliteNodeTests(SeededServerFixture fixture) : NodeTests(fixture), IClassFixture<SeededServerFixture>;
