using NmnGraph.Server.Tests.Api;

namespace NmnGraph.Server.Tests.Postgres;

/// <summary><see cref="SubscriptionTests"/> against a server on PostgreSQL.</summary>
public sealed class PostgresSubscriptionTests : SubscriptionTests
{
    protected override TestBackend Backend => TestBackend.Postgres;
}
