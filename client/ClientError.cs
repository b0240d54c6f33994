using System.Text;
using System.Text.Json;

namespace NmnGraph.Client;

/// <summary>
/// One error of a response (spec §7.1.2 "Errors"), or a client-side failure (transport, shape mismatch) reported
/// in the same form so that callers handle one kind of error.
/// </summary>
/// <param name="Message">The error's <c>message</c>.</param>
/// <param name="Code">
/// <c>extensions.code</c> when the server gave one; client-side failures use the codes of <see cref="ClientErrorCodes"/>.
/// </param>
public sealed record ClientError(string Message, string? Code = null)
{
    /// <summary>The <c>path</c> of the response field the error belongs to: each segment is a <see cref="string"/> (field) or an <see cref="int"/> (list index).</summary>
    public IReadOnlyList<object> Path { get; init; } = [];

    /// <summary>The <c>locations</c> in the operation document the error refers to.</summary>
    public IReadOnlyList<ErrorLocation> Locations { get; init; } = [];

    /// <summary>The raw <c>extensions</c> object, when the server sent one.</summary>
    public JsonElement? Extensions { get; init; }

    /// <summary>The path printed as <c>article.claims[2].text</c>, or an empty string when the error has no path.</summary>
    public string FormatPath()
    {
        var builder = new StringBuilder();
        foreach (object segment in Path)
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(segment);
            }
        }

        return builder.ToString();
    }

    public override string ToString()
    {
        string path = FormatPath();
        string text = path.Length == 0 ? Message : $"{Message} (at {path})";
        return Code is null ? text : $"{text} ({Code})";
    }
}
