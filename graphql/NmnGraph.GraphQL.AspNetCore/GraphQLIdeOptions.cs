namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>The GraphiQL page a browser gets at the GraphQL endpoint (a GET with an HTML <c>Accept</c>).</summary>
public sealed class GraphQLIdeOptions
{
    /// <summary>Whether a browser gets the IDE; when off, the endpoint answers browsers like any other client.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The page title.</summary>
    public string Title { get; set; } = "GraphiQL";

    /// <summary>The operation in the editor on a first visit (later visits keep the user's tabs).</summary>
    public string DefaultQuery { get; set; } = "{\n  __typename\n}\n";

    /// <summary>The request headers on a first visit, as a JSON object (e.g. an <c>Authorization</c> placeholder).</summary>
    public string DefaultHeaders { get; set; } = "{}";
}
