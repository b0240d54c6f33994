// The generator's command line is completed by the typed-client issue.
Console.Error.WriteLine("usage: NmnGraph.Codegen --schema schema.graphql --operations DIR --output DIR");
return 2;
