using System.Buffers.Text;
using System.Globalization;
using System.Text;
using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Api;

/// <summary>
/// Global object ids (Relay): base64url, without padding, of <c>Type:databaseId</c>, e.g. <c>Article:42</c> is
/// <c>QXJ0aWNsZTo0Mg</c>. Stable for the life of a row; clients treat them as opaque.
/// </summary>
public static class GlobalId
{
    public static string Encode(EntityKind kind, long id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{kind}:{id}")));

    /// <summary>Decodes an id; false for anything that is not a well-formed id of a known type.</summary>
    public static bool TryDecode(string? globalId, out EntityKind kind, out long id)
    {
        kind = default;
        id = 0;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 64)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(globalId);
        }
        catch (FormatException)
        {
            return false;
        }

        string text = Encoding.UTF8.GetString(bytes);
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
            && Enum.TryParse(text.AsSpan(0, colon), ignoreCase: false, out kind)
            && Enum.IsDefined(kind)
            && string.Equals(kind.ToString(), text[..colon], StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out id)
            && id > 0;
    }

    /// <summary>Decodes an id of one expected type, or throws a <c>BAD_USER_INPUT</c> error naming the argument.</summary>
    public static long Expect(string? globalId, EntityKind expected, string argument)
    {
        if (!TryDecode(globalId, out EntityKind kind, out long id))
        {
            throw ApiErrors.BadUserInput($"'{globalId}' given for {argument} is not a valid id.");
        }

        if (kind != expected)
        {
            throw ApiErrors.BadUserInput($"{argument} must be the id of {Article(expected)}, but '{globalId}' is the id of {Article(kind)}.");
        }

        return id;
    }

    /// <summary>"an Article", "a Study": the type name with its indefinite article.</summary>
    private static string Article(EntityKind kind)
    {
        string name = kind.ToString();
        return ("AEIOU".Contains(name[0], StringComparison.Ordinal) ? "an " : "a ") + name;
    }
}
