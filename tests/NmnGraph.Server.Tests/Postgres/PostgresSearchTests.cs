using NmnGraph.Server.Tests.Search;

namespace NmnGraph.Server.Tests.Postgres;

/// <summary><see cref="SearchTests"/> on PostgreSQL.</summary>
public sealed class PostgresSearchTests : SearchTests
{
    protected override TestBackend Backend => TestBackend.Postgres;
}
