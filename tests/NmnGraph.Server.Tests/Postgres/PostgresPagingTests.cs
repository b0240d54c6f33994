using NmnGraph.Server.Tests.Api;

namespace NmnGraph.Server.Tests.Postgres;

/// <summary><see cref="PagingTests"/> against a server on PostgreSQL.</summary>
public sealed class PostgresPagingTests(PostgresSeededServerFixture fixture) : PagingTests(fixture), IClassFixture<PostgresSeededServerFixture>;
