using System.Globalization;

namespace NmnGraph.Server.Api;

/// <summary>
/// The size limit of a <c>where</c> filter: at most <see cref="MaxConditions"/> conditions (each value given to
/// compare with: <c>title: { contains: "x" }</c> is one, <c>publishedOn: { from, to }</c> two), counted through
/// <c>and</c>/<c>or</c>, and refused with <c>BAD_USER_INPUT</c> before any SQL is built. Without it a long
/// <c>or</c> list reaches SQLite's expression-depth limit and fails as a server error.
/// </summary>
public static class FilterSize
{
    public const int MaxConditions = 100;

    /// <summary>Throws <c>BAD_USER_INPUT</c> when <paramref name="where"/> holds more than <see cref="MaxConditions"/> conditions.</summary>
    public static void Check(object? where)
    {
        int count = Count(where, MaxConditions + 1);
        if (count > MaxConditions)
        {
            throw ApiErrors.Create(
                string.Create(CultureInfo.InvariantCulture, $"The filter has more than {MaxConditions} conditions; a where filter may hold at most {MaxConditions}."),
                ApiErrors.BadUserInputCode,
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["maxConditions"] = MaxConditions });
        }
    }

    /// <summary>The conditions in a coerced input value, counting no further than <paramref name="stopAt"/>.</summary>
    private static int Count(object? value, int stopAt)
    {
        switch (value)
        {
            case null:
                return 0;
            case IReadOnlyDictionary<string, object?> map:
            {
                int count = 0;
                foreach (object? field in map.Values)
                {
                    count += Count(field, stopAt - count);
                    if (count >= stopAt)
                    {
                        break;
                    }
                }

                return count;
            }

            case IEnumerable<object?> list when value is not string:
            {
                int count = 0;
                foreach (object? item in list)
                {
                    count += Count(item, stopAt - count);
                    if (count >= stopAt)
                    {
                        break;
                    }
                }

                return count;
            }

            default:
                return 1;
        }
    }
}
