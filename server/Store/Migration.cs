namespace NmnGraph.Server.Store;

/// <summary>One schema step. Migrations only add: they never drop or rewrite stored data.</summary>
public sealed record Migration(int Version, string Name, string Sql);
