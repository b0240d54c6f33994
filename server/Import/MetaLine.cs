using System.Text.RegularExpressions;

namespace NmnGraph.Server.Import;

/// <summary>
/// Reads a labelled metadata line in any order and with any fields missing
/// (<c>Author: X Release time: 2023-11-06 Column: News</c>, <c>Category: News | Date: Mar 5, 2024 | Views: 120</c>).
/// Each value runs to the next label or separator (<c>|</c>, <c>·</c>, <c>•</c>).
/// </summary>
public static partial class MetaLine
{
    private const int MaxLength = 240;

    /// <summary>The fields of a metadata line, or null when <paramref name="line"/> is not one.</summary>
    public static IReadOnlyList<MetaField>? TryRead(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > MaxLength)
        {
            return null;
        }

        string content = Bullets.Strip(line, out int offset);
        MatchCollection labels = LabelPattern().Matches(content);
        if (labels.Count == 0)
        {
            return null;
        }

        // A line is metadata when it starts with a label, or with a date and then labels (2023-11-06 10:22 Source: …);
        // a label further into prose is not enough (prose says "Note: …").
        var fields = new List<MetaField>();
        if (labels[0].Index != 0)
        {
            string lead = content[..labels[0].Index].TrimEnd().TrimEnd('|', '·', '•', '｜').TrimEnd();
            if (!DateText.TryReadWhole(lead, out _, out int length))
            {
                return null;
            }

            fields.Add(new MetaField(MetaRole.Date, string.Empty, lead[..length].Trim(), offset));
        }

        for (int i = 0; i < labels.Count; i++)
        {
            Match label = labels[i];
            int valueStart = label.Index + label.Length;
            int valueEnd = i + 1 < labels.Count ? labels[i + 1].Index : content.Length;
            string value = content[valueStart..valueEnd].Trim().TrimEnd('|', '·', '•', '/', ',', ';', '｜').Trim();
            int separator = value.IndexOfAny(['|', '·', '•', '｜']);
            if (separator >= 0)
            {
                value = value[..separator].Trim();
            }

            fields.Add(new MetaField(Role(label.Groups["label"].Value), label.Groups["label"].Value, value, offset + valueStart));
        }

        return fields;
    }

    private static MetaRole Role(string label) => label.ToLowerInvariant() switch
    {
        "author" or "authors" or "written by" or "writer" or "posted by" or "published by" or "by" => MetaRole.Author,
        "editor" or "edited by" => MetaRole.Editor,
        "updated" or "updated on" or "last updated" or "modified" => MetaRole.UpdatedDate,
        "column" or "category" or "categories" or "section" or "channel" => MetaRole.Column,
        "views" or "hits" or "clicks" or "reads" or "source" or "tags" or "reading time" or "read time" or "comments" => MetaRole.Other,
        _ => MetaRole.Date,
    };

    [GeneratedRegex(
        @"(?<![\w])(?<label>Authors?|Written by|Writer|Posted by|Published by|By|Editor|Edited by|Release time|Release date|Released|"
        + @"Published(?: on| date| time)?|Publish(?: date| time)|Posted(?: on)?|Date|Time|Updated(?: on)?|Last updated|Modified|"
        + @"Column|Category|Categories|Section|Channel|Views|Hits|Clicks|Reads|Source|Tags|Reading time|Read time|Comments)\s*[:：]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LabelPattern();
}
