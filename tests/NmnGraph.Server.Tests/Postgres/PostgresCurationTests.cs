using NmnGraph.Server.Tests.Store;

namespace NmnGraph.Server.Tests.Postgres;

/// <summary><see cref="CurationTests"/> on PostgreSQL.</summary>
public sealed class PostgresCurationTests : CurationTests
{
    protected override TestBackend Backend => TestBackend.Postgres;
}
