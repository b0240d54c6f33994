using NmnGraph.Server.Tests.Api;

namespace NmnGraph.Server.Tests.Postgres;

/// <summary><see cref="MutationTests"/> against a server on PostgreSQL.</summary>
public sealed class PostgresMutationTests : MutationTests
{
    protected override TestBackend Backend => TestBackend.Postgres;
}
