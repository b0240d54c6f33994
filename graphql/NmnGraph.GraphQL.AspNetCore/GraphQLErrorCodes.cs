namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>The <c>extensions.code</c> values the HTTP layer puts on the errors it raises itself.</summary>
public static class GraphQLErrorCodes
{
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string JsonParseError = "JSON_PARSE_ERROR";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string DocumentTooLong = "DOCUMENT_TOO_LONG";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxInputDepthExceeded = "MAX_INPUT_DEPTH_EXCEEDED";
    public const string ExecutionTimeout = NmnGraph.GraphQL.Errors.RequestErrorCodes.ExecutionTimeout;
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string PersistedQueryOnly = "PERSISTED_QUERY_ONLY";
}
