using NmnGraph.Server.Configuration;

// The command line (DESIGN.md) is completed by the server issue; this prints where the database would live.
Console.WriteLine($"nmngraph: default database {DefaultDatabasePath.Resolve()}");
return 0;
