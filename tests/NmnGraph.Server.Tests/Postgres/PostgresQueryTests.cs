using NmnGraph.Server.Tests.Api;

namespace NmnGraph.Server.Tests.Postgres;

/// <summary><see cref="QueryTests"/> against a server on PostgreSQL.</summary>
public sealed class PostgresQueryTests(PostgresSeededServerFixture fixture) : QueryTests(fixture), IClassFixture<PostgresSeededServerFixture>;
