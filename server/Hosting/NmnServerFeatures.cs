using System.Security.Cryptography;
using System.Text;
using NmnGraph.GraphQL.AspNetCore;
using NmnGraph.Server.Api;

namespace NmnGraph.Server.Hosting;

/// <summary>What the HTTP endpoint offers beyond plain requests, per <see cref="NmnServerOptions"/>: the IDE, WebSocket connections and persisted operations.</summary>
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
        server.WebSockets.OnConnect = (_, payload, contextData) => AcceptConnection(payload, contextData, options.ApiKey);
        server.PersistedOperations.Store = options.PersistedOperations;
        server.PersistedOperations.OnlyPersisted = options.OnlyPersisted;
    }

    /// <summary>
    /// A WebSocket client may send the API key as <c>Authorization</c> in <c>connection_init</c> (browsers cannot set
    /// headers on a WebSocket); a key that is not the server's refuses the connection.
    /// </summary>
    private static bool AcceptConnection(IReadOnlyDictionary<string, object?>? payload, IDictionary<string, object?> contextData, string? apiKey)
    {
        if (payload is null || !(payload.TryGetValue("Authorization", out object? value) || payload.TryGetValue("authorization", out value)) || value is not string authorization)
        {
            return true;
        }

        string presented = authorization.Trim();
        presented = presented.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? presented[7..].Trim() : presented;
        if (apiKey is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(apiKey)))
        {
            return false;
        }

        contextData[NmnSchema.AuthorizationKey] = presented;
        return true;
    }
}
