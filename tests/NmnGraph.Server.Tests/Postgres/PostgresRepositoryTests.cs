using NmnGraph.Server.Tests.Store;

namespace NmnGraph.Server.Tests.Postgres;

/// <summary><see cref="RepositoryTests"/> on PostgreSQL.</summary>
public sealed class PostgresRepositoryTests : RepositoryTests
{
    protected override TestBackend Backend => TestBackend.Postgres;
}
