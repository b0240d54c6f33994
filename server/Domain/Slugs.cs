using System.Text;

namespace NmnGraph.Server.Domain;

/// <summary>Short stable names (<c>nmn-bone-formation</c>) made from titles and statements.</summary>
public static class Slugs
{
    public const int MaxLength = 60;

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens; <c>item</c> when nothing is left.</summary>
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        bool pendingHyphen = false;
        foreach (char c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
                if (builder.Length >= MaxLength)
                {
                    break;
                }
            }
            else
            {
                pendingHyphen = true;
            }
        }

        string slug = builder.ToString().TrimEnd('-');
        return slug.Length == 0 ? "item" : slug;
    }
}
