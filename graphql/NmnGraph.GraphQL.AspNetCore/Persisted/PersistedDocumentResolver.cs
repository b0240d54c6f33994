namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>
/// Which document a request runs: its <c>query</c>, a trusted document named by <c>id</c>/<c>documentId</c>, or an
/// automatic persisted query (<c>extensions.persistedQuery.sha256Hash</c>, registered by a request that carries both
/// hash and text). With <see cref="GraphQLPersistedOperationOptions.OnlyPersisted"/>, only trusted documents run.
/// </summary>
internal static class PersistedDocumentResolver
{
    public const string NotFoundMessage = "PersistedQueryNotFound";

    public static (HttpGraphQLRequest? Request, HttpFailure? Failure) Resolve(GraphQLServer server, HttpGraphQLRequest request)
    {
        GraphQLPersistedOperationOptions options = server.Options.PersistedOperations;
        if (request.DocumentId is { } id)
        {
            if (options.Store is not { } store || !store.TryGetDocument(id, out string? trusted))
            {
                return (null, HttpFailure.BadRequest($"{NotFoundMessage}: no persisted operation has the id '{id}'.", GraphQLErrorCodes.PersistedQueryNotFound));
            }

            if (request.Query is { Length: > 0 } text && !string.Equals(text, trusted, StringComparison.Ordinal))
            {
                return (null, HttpFailure.BadRequest($"The query does not match the persisted operation '{id}'; send one or the other.", GraphQLErrorCodes.PersistedQueryHashMismatch));
            }

            return (request with { Query = trusted }, null);
        }

        if (PersistedQueryHash(request.Extensions) is { } automatic)
        {
            if (!options.AutomaticPersistedQueries)
            {
                return (null, HttpFailure.BadRequest("PersistedQueryNotSupported", GraphQLErrorCodes.PersistedQueryNotSupported));
            }

            if (automatic.Failure is not null)
            {
                return (null, automatic.Failure);
            }

            string hash = automatic.Hash!;
            if (string.IsNullOrEmpty(request.Query))
            {
                if (options.Store?.TryGetDocument(hash, out string? trusted) == true || server.AutomaticPersistedQueries.TryGetDocument(hash, out trusted))
                {
                    return (request with { Query = trusted }, null);
                }

                return (null, HttpFailure.BadRequest(NotFoundMessage, GraphQLErrorCodes.PersistedQueryNotFound));
            }

            if (!string.Equals(PersistedOperationStore.Sha256(request.Query), hash, StringComparison.OrdinalIgnoreCase))
            {
                return (null, HttpFailure.BadRequest("The persistedQuery sha256Hash does not match the SHA-256 of the query.", GraphQLErrorCodes.PersistedQueryHashMismatch));
            }

            if (!options.OnlyPersisted)
            {
                server.AutomaticPersistedQueries.Add(hash.ToLowerInvariant(), request.Query);
            }
        }

        if (options.OnlyPersisted && !string.IsNullOrEmpty(request.Query) && options.Store?.Contains(request.Query) != true)
        {
            return (null, HttpFailure.BadRequest(
                "Only persisted operations are allowed on this server: send the id (documentId) of an operation from the client's manifest.",
                GraphQLErrorCodes.PersistedQueryOnly));
        }

        return (request, null);
    }

    /// <summary><c>extensions.persistedQuery</c>: null when absent; a failure when malformed or of an unknown version.</summary>
    private static (string? Hash, HttpFailure? Failure)? PersistedQueryHash(IReadOnlyDictionary<string, object?>? extensions)
    {
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out object? value) || value is null)
        {
            return null;
        }

        if (value is not IReadOnlyDictionary<string, object?> persistedQuery
            || !persistedQuery.TryGetValue("sha256Hash", out object? hash) || hash is not string { Length: 64 } sha256
            || !sha256.All(char.IsAsciiHexDigit))
        {
            return (null, HttpFailure.BadRequest("extensions.persistedQuery needs a sha256Hash of 64 hexadecimal digits.", GraphQLErrorCodes.InvalidRequest));
        }

        if (persistedQuery.TryGetValue("version", out object? version) && version is not null && Convert.ToInt64(version, System.Globalization.CultureInfo.InvariantCulture) != 1)
        {
            return (null, HttpFailure.BadRequest("Only version 1 of extensions.persistedQuery is supported.", GraphQLErrorCodes.PersistedQueryNotSupported));
        }

        return (sha256, null);
    }
}
