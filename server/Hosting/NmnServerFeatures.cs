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
        # "Authorization": "Bearer YOUR_KEY". Subscriptions (corpusChanged) run here too.
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
        // A placeholder key would be refused (401) on every request, so the header is only shown, as a comment.
        server.Ide.DefaultHeaders = "{\n  // Mutations need the server's API key:\n  // \"Authorization\": \"Bearer YOUR_KEY\"\n}";
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

        // As over HTTP (ApiKeyAuthentication): only "Bearer KEY" with the server's key; anything else is refused.
        if (apiKey is null || ApiKeyAuthentication.BearerToken(authorization) is not { } token
            || !CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(token)), SHA256.HashData(Encoding.UTF8.GetBytes(apiKey))))
        {
            return false;
        }

        contextData[NmnSchema.AuthenticatedKey] = true;
        return true;
    }
}
