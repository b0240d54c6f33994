namespace NmnGraph.Server.Tests;

/// <summary>The engine a parameterized store or API test runs on.</summary>
public enum TestBackend
{
    Sqlite,
    Postgres,
}
