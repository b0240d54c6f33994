using NmnGraph.GraphQL.Errors;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Api;

/// <summary>The GraphQL errors the API raises, each with an <c>extensions.code</c>.</summary>
public static class ApiErrors
{
    public const string NotFoundCode = "NOT_FOUND";
    public const string BadUserInputCode = "BAD_USER_INPUT";
    public const string UnauthenticatedCode = "UNAUTHENTICATED";
    public const string ForbiddenCode = "FORBIDDEN";
    public const string PageSizeExceededCode = "PAGE_SIZE_EXCEEDED";
    public const string TooManyIdsCode = "TOO_MANY_IDS";

    /// <summary>The storage failed through no fault of the client (disk full, read-only, locked); see <see cref="StorageFailure"/>.</summary>
    public const string StorageUnavailableCode = "STORAGE_UNAVAILABLE";

    public static GraphQLException BadUserInput(string message) => Create(message, BadUserInputCode);

    public static GraphQLException NotFound(string message) => Create(message, NotFoundCode);

    public static GraphQLException Create(string message, string code, IReadOnlyDictionary<string, object?>? more = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        if (more is not null)
        {
            foreach (KeyValuePair<string, object?> pair in more)
            {
                extensions[pair.Key] = pair.Value;
            }
        }

        return new GraphQLException(new GraphQLError(message, extensions: extensions));
    }

    /// <summary>A store refusal as a client error: NOT_FOUND stays, the rest are BAD_USER_INPUT with the store's reason.</summary>
    public static GraphQLException FromStore(StoreException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception.Missing is { } missing)
        {
            // The client sent a global id: name that one, not the database id behind it.
            return NotFound($"No {missing.Kind.ToString().ToLowerInvariant()} has id '{GlobalId.Encode(missing.Kind, missing.Id)}'.");
        }

        return string.Equals(exception.Code, NotFoundCode, StringComparison.Ordinal)
            ? NotFound(exception.Message)
            : Create(exception.Message, BadUserInputCode, new Dictionary<string, object?>(StringComparer.Ordinal) { ["reason"] = exception.Code });
    }
}
