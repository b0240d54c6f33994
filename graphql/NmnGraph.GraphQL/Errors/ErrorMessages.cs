using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Errors;

/// <summary>
/// Every error message of the engine, in graphql-js wording. Each part of the engine keeps its messages in
/// its own partial file (<c>ErrorMessages.Syntax.cs</c>, <c>ErrorMessages.Validation.cs</c>, …).
/// </summary>
public static partial class ErrorMessages
{
    /// <summary>The spec edition that <c>extensions.specifiedBy</c> links point into.</summary>
    public const string SpecUrl = "https://spec.graphql.org/September2025/";

    /// <summary>Builds an error whose <c>extensions.specifiedBy</c> names the spec section that requires it.</summary>
    public static GraphQLError Create(string message, string specAnchor, params ReadOnlySpan<SyntaxNode?> nodes)
    {
        var locations = new List<SourceLocation>(nodes.Length);
        foreach (SyntaxNode? node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(location.StartLocation);
            }
        }

        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["specifiedBy"] = SpecUrl + "#" + specAnchor,
        };
        return new GraphQLError(message, locations, null, extensions);
    }
}
