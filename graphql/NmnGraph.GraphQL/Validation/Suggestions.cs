using System.Text;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Validation;

/// <summary>"Did you mean …?" hints as graphql-js words them (suggestionList, didYouMean, naturalCompare).</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to the input, nearest first (ties in natural order).</summary>
    public static List<string> List(string input, IEnumerable<string> options)
    {
        var found = new List<(string Option, int Distance)>();
        string inputLower = input.ToLowerInvariant();
        int threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        foreach (string option in options)
        {
            int distance = Distance(input, inputLower, option, threshold);
            if (distance >= 0)
            {
                found.Add((option, distance));
            }
        }

        found.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : NaturalCompare(a.Option, b.Option));
        var result = new List<string>(found.Count);
        foreach ((string option, _) in found)
        {
            result.Add(option);
        }

        return result;
    }

    /// <summary>" Did you mean …?" with up to five quoted suggestions, or an empty string when there are none.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = new StringBuilder(" Did you mean ");
        if (subMessage is not null)
        {
            message.Append(subMessage).Append(' ');
        }

        if (suggestions.Count == 1)
        {
            return message.Append('"').Append(suggestions[0]).Append("\"?").ToString();
        }

        if (suggestions.Count == 2)
        {
            return message.Append('"').Append(suggestions[0]).Append("\" or \"").Append(suggestions[1]).Append("\"?").ToString();
        }

        int count = Math.Min(suggestions.Count, MaxSuggestions);
        for (int i = 0; i < count - 1; i++)
        {
            message.Append('"').Append(suggestions[i]).Append("\", ");
        }

        return message.Append("or \"").Append(suggestions[count - 1]).Append("\"?").ToString();
    }

    /// <summary>Compares names so that digit runs compare by value ("a2" before "a10").</summary>
    public static int NaturalCompare(string a, string b)
    {
        int i = 0;
        int j = 0;
        while (i < a.Length && j < b.Length)
        {
            char x = a[i];
            char y = b[j];
            if (char.IsAsciiDigit(x) && char.IsAsciiDigit(y))
            {
                int startX = i;
                int startY = j;
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }

                double numX = double.Parse(a.AsSpan(startX, i - startX), provider: System.Globalization.CultureInfo.InvariantCulture);
                double numY = double.Parse(b.AsSpan(startY, j - startY), provider: System.Globalization.CultureInfo.InvariantCulture);
                if (numX != numY)
                {
                    return numX < numY ? -1 : 1;
                }
            }
            else
            {
                if (x != y)
                {
                    return x < y ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }

    // Optimal string alignment distance, case-insensitive; a case-only difference counts 1; -1 above the threshold.
    private static int Distance(string input, string inputLower, string option, int threshold)
    {
        if (string.Equals(input, option, StringComparison.Ordinal))
        {
            return 0;
        }

        string optionLower = option.ToLowerInvariant();
        if (string.Equals(inputLower, optionLower, StringComparison.Ordinal))
        {
            return 1;
        }

        string a = optionLower;
        string b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        int aLength = a.Length;
        int bLength = b.Length;
        if (aLength - bLength > threshold)
        {
            return -1;
        }

        var rows = new int[3][];
        for (int r = 0; r < 3; r++)
        {
            rows[r] = new int[bLength + 1];
        }

        for (int j = 0; j <= bLength; j++)
        {
            rows[0][j] = j;
        }

        for (int i = 1; i <= aLength; i++)
        {
            int[] upRow = rows[(i - 1) % 3];
            int[] currentRow = rows[i % 3];
            int smallestCell = currentRow[0] = i;
            for (int j = 1; j <= bLength; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    int doubleDiagonalCell = rows[(i - 2) % 3][j - 2];
                    currentCell = Math.Min(currentCell, doubleDiagonalCell + 1);
                }

                if (currentCell < smallestCell)
                {
                    smallestCell = currentCell;
                }

                currentRow[j] = currentCell;
            }

            if (smallestCell > threshold)
            {
                return -1;
            }
        }

        int distance = rows[aLength % 3][bLength];
        return distance <= threshold ? distance : -1;
    }

    /// <summary>A type reference as written in the document, e.g. <c>[String!]</c>.</summary>
    public static string PrintType(TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + PrintType(list.Type) + "]",
        NonNullTypeNode nonNull => PrintType(nonNull.Type) + "!",
        _ => string.Empty,
    };
}
