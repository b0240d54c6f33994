using NmnGraph.GraphQL.Errors;

namespace NmnGraph.GraphQL.Types;

/// <summary>Thrown when a schema cannot be built: lists every problem found, one per line in <see cref="Exception.Message"/>.</summary>
public sealed class SchemaException : GraphQLException
{
    public SchemaException(IReadOnlyList<GraphQLError> errors)
        : base(errors)
    {
    }

    public override string Message => Errors.Count == 1
        ? Errors[0].ToString()
        : "The schema is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, Errors.Select(e => "  " + e));
}
