using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Tests.Caching;

/// <summary>Counts validations and the documents it saw; accepts everything.</summary>
internal sealed class CountingValidator : IDocumentValidator
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public List<(Schema Schema, DocumentNode Document)> Seen { get; } = [];

    public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document)
    {
        Interlocked.Increment(ref _calls);
        lock (Seen)
        {
            Seen.Add((schema, document));
        }

        return [];
    }
}
