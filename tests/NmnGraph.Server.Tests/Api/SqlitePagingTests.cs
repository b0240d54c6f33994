namespace NmnGraph.Server.Tests.Api;

/// <summary><see cref="PagingTests"/> against a server on SQLite (the Postgres twin has its own fixture, so neither starts the other's server).</summary>
public sealed class SqlitePagingTests(SeededServerFixture fixture) : PagingTests(fixture), IClassFixture<SeededServerFixture>;
