using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Execution;

public sealed partial class RequestExecutor
{
    private partial void ParseDocument(string query, ref DocumentNode? document) => document = Parser.Parse(query, Options.ParserOptions);
}
