using System.Globalization;
using NmnGraph.GraphQL.Execution;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Api.Paging;

/// <summary>Turns <c>first/after/last/before</c> into a <see cref="PageRequest"/>, enforcing the page size limits.</summary>
public static class PagingArguments
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static PageRequest Read(IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        int? first = Size(context, "first");
        int? last = Size(context, "last");
        SortPosition? after = context.ArgumentOrDefault<string?>("after", null) is { } a ? Cursor.Decode(a, "after") : null;
        SortPosition? before = context.ArgumentOrDefault<string?>("before", null) is { } b ? Cursor.Decode(b, "before") : null;
        if (first is null && last is null)
        {
            // Paging backwards from a cursor takes the items just before it.
            if (before is not null && after is null)
            {
                last = DefaultPageSize;
            }
            else
            {
                first = DefaultPageSize;
            }
        }

        return new PageRequest(first, after, last, before) { CountTotal = context.Selects("totalCount") };
    }

    private static int? Size(IResolverContext context, string argument)
    {
        if (!context.HasArgument(argument) || context.Arguments[argument] is null)
        {
            return null;
        }

        int value = context.Argument<int>(argument);
        if (value < 0)
        {
            throw ApiErrors.BadUserInput($"{argument} must not be negative (got {value}).");
        }

        if (value > MaxPageSize)
        {
            throw ApiErrors.Create(
                string.Create(CultureInfo.InvariantCulture, $"{argument} must be at most {MaxPageSize} (got {value}); page through the connection instead."),
                ApiErrors.PageSizeExceededCode,
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["maxPageSize"] = MaxPageSize });
        }

        return value;
    }
}
