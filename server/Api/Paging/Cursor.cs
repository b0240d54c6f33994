using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace NmnGraph.Server.Api.Paging;

/// <summary>Connection cursors: base64url of <c>offset:N</c>, the item's position in the ordered, filtered list.</summary>
public static class Cursor
{
    public static string Encode(int offset) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"offset:{offset}")));

    /// <summary>The offset a cursor names; a <c>BAD_USER_INPUT</c> error for anything else.</summary>
    public static int Decode(string cursor, string argument)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        try
        {
            string text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith("offset:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out int offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Reported below.
        }

        throw ApiErrors.BadUserInput($"'{cursor}' given for {argument} is not a cursor of this connection.");
    }
}
