using System.Globalization;

namespace NmnGraph.Client;

/// <summary>
/// The <see cref="ClientError.Code"/> values the client itself produces. Codes from the server pass through unchanged.
/// </summary>
public static class ClientErrorCodes
{
    /// <summary>The server could not be reached (connection refused, DNS failure, connection reset).</summary>
    public const string TransportUnreachable = "TRANSPORT_UNREACHABLE";

    /// <summary>The server did not answer within the configured timeout.</summary>
    public const string TransportTimeout = "TRANSPORT_TIMEOUT";

    /// <summary>The server answered, but not with a GraphQL response (HTML, empty body, malformed JSON…).</summary>
    public const string TransportBadResponse = "TRANSPORT_BAD_RESPONSE";

    /// <summary>A subscription's event stream ended before its <c>complete</c> event.</summary>
    public const string TransportStreamClosed = "TRANSPORT_STREAM_CLOSED";

    /// <summary>An in-memory executor threw instead of producing a response.</summary>
    public const string TransportFailure = "TRANSPORT_FAILURE";

    /// <summary>The transport cannot run subscriptions.</summary>
    public const string SubscriptionsNotSupported = "SUBSCRIPTIONS_NOT_SUPPORTED";

    /// <summary>The response's <c>data</c> did not have the shape the operation's parser expects.</summary>
    public const string ResponseShapeMismatch = "RESPONSE_SHAPE_MISMATCH";

    /// <summary>The code for an HTTP status that carried no GraphQL response, e.g. <c>HTTP_502</c>.</summary>
    public static string Http(int statusCode) => "HTTP_" + statusCode.ToString(CultureInfo.InvariantCulture);
}
