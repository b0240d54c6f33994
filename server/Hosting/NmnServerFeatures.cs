using NmnGraph.GraphQL.AspNetCore;

namespace NmnGraph.Server.Hosting;

/// <summary>What the HTTP endpoint offers beyond plain requests, per <see cref="NmnServerOptions"/>: the IDE.</summary>
internal static class NmnServerFeatures
{
    /// <summary>The IDE's first operation: something to run at once, and where mutations' key goes.</summary>
    public const string ExampleOperation = """
        # NmnGraph: articles about NMN, the studies they cite and the claims they make.
        # Run with Ctrl+Enter. Mutations need the server's API key: set it under Headers as
        # "Authorization": "Bearer KEY". Subscriptions (corpusChanged) run here too.
        query Example {
          stats {
            articles
            studies
            claims
          }
          articles(first: 3) {
            nodes {
              title
              publishedOn
            }
          }
        }

        """;

    public static void Apply(GraphQLServerOptions server, NmnServerOptions options)
    {
        server.Ide.Enabled = options.Ide;
        server.Ide.Title = "NmnGraph · GraphiQL";
        server.Ide.DefaultQuery = ExampleOperation;
        server.Ide.DefaultHeaders = "{\n  \"Authorization\": \"Bearer KEY\"\n}";
    }
}
