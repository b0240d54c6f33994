namespace NmnGraph.Server.Tests.Api;

/// <summary><see cref="QueryTests"/> against a server on SQLite (the Postgres twin has its own fixture, so neither starts the other's server).</summary>
public sealed class SqliteQueryTests(SeededServerFixture fixture) : QueryTests(fixture), IClassFixture<SeededServerFixture>;
