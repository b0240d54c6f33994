namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>
/// An exception that means the service cannot answer now, through no fault of the client (e.g. its storage is
/// full or locked): the error gets <paramref name="Code"/> and <paramref name="Message"/> instead of the masked
/// default, and a response without data is a 503, with <c>Retry-After</c> when <paramref name="RetryAfter"/> is set.
/// </summary>
/// <param name="Code">The error's <c>extensions.code</c>.</param>
/// <param name="Message">What the client reads; it must not leak internals.</param>
/// <param name="RetryAfter">How long to wait before trying again, when waiting can help; null otherwise.</param>
public sealed record UnavailableFailure(string Code, string Message, TimeSpan? RetryAfter);
