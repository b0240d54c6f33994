using System.Diagnostics;
using NmnGraph.GraphQL.Diagnostics;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Execution;

public sealed partial class RequestExecutor
{
    private partial void ParseDocument(string query, ref DocumentNode? document)
    {
        using Activity? activity = TelemetrySpans.StartParse();
        try
        {
            document = Parser.Parse(query, Options.ParserOptions);
        }
        catch (GraphQLException exception)
        {
            TelemetrySpans.RecordErrors(activity, exception.Errors, RequestErrorCodes.ParseFailed);
            throw;
        }
    }
}
