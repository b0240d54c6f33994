using NmnGraph.Server.Tests.Api;

namespace NmnGraph.Server.Tests.Postgres;

/// <summary><see cref="NodeTests"/> against a server on PostgreSQL.</summary>
public sealed class PostgresNodeTests(PostgresSeededServerFixture fixture) : NodeTests(fixture), IClassFixture<PostgresSeededServerFixture>;
