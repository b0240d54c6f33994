using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>
/// Content negotiation (graphql-over-http "Accept"; RFC 9110 §12.5.1): the quality the client gives each media
/// type the server can write, taken from the most specific matching range.
/// </summary>
internal readonly record struct AcceptNegotiation(double GraphQLResponse, double Json, double EventStream)
{
    // A client sends the same Accept header with every request: the last one parsed answers it without parsing again.
    private static Parsed? s_last;

    /// <summary>No Accept header: treated as a legacy client's <c>application/json</c>.</summary>
    public static AcceptNegotiation FromHeader(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return new AcceptNegotiation(0, 1, 0);
        }

        if (accept.Count != 1 || accept[0] is not { } header)
        {
            return Parse(accept);
        }

        Parsed? last = Volatile.Read(ref s_last);
        if (last is not null && string.Equals(last.Header, header, StringComparison.Ordinal))
        {
            return last.Negotiation;
        }

        AcceptNegotiation negotiation = Parse(accept);
        Volatile.Write(ref s_last, new Parsed(header, negotiation));
        return negotiation;
    }

    private static AcceptNegotiation Parse(StringValues accept)
    {

        if (!MediaTypeHeaderValue.TryParseList(accept, out IList<MediaTypeHeaderValue>? ranges) || ranges.Count == 0)
        {
            return default;
        }

        return new AcceptNegotiation(
            Quality(ranges, "application", "graphql-response+json"),
            Quality(ranges, "application", "json"),
            Quality(ranges, "text", "event-stream"));
    }

    public bool AcceptsAny => GraphQLResponse > 0 || Json > 0 || EventStream > 0;

    /// <summary>
    /// The type to answer in: a subscription prefers an event stream whenever the client takes one; otherwise the
    /// highest quality wins, ties going to graphql-response+json, then json, then the event stream.
    /// </summary>
    public ResponseKind Choose(bool isSubscription)
    {
        if (isSubscription && EventStream > 0)
        {
            return ResponseKind.EventStream;
        }

        double best = Math.Max(GraphQLResponse, Math.Max(Json, EventStream));
        if (best <= 0)
        {
            return ResponseKind.None;
        }

        if (GraphQLResponse == best)
        {
            return ResponseKind.GraphQLResponse;
        }

        return Json == best ? ResponseKind.Json : ResponseKind.EventStream;
    }

    private sealed record Parsed(string Header, AcceptNegotiation Negotiation);

    /// <summary>The JSON type to write an error in when the request fails before negotiation matters.</summary>
    public ResponseKind ChooseJson() => GraphQLResponse > 0 && GraphQLResponse >= Json ? ResponseKind.GraphQLResponse : ResponseKind.Json;

    private static double Quality(IList<MediaTypeHeaderValue> ranges, string type, string subType)
    {
        int bestSpecificity = 0;
        double quality = 0;
        foreach (MediaTypeHeaderValue range in ranges)
        {
            int specificity = Specificity(range, type, subType);
            if (specificity > bestSpecificity)
            {
                bestSpecificity = specificity;
                quality = range.Quality ?? 1;
            }
        }

        return quality;
    }

    private static int Specificity(MediaTypeHeaderValue range, string type, string subType)
    {
        StringSegment rangeType = range.Type;
        StringSegment rangeSubType = range.SubType;
        if (rangeType.Equals("*", StringComparison.Ordinal) && rangeSubType.Equals("*", StringComparison.Ordinal))
        {
            return 1;
        }

        if (!rangeType.Equals(type, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (rangeSubType.Equals("*", StringComparison.Ordinal))
        {
            return 2;
        }

        return rangeSubType.Equals(subType, StringComparison.OrdinalIgnoreCase) ? 3 : 0;
    }
}
