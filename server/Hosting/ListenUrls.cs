namespace NmnGraph.Server.Hosting;

/// <summary>Checks <c>--urls</c> before Kestrel sees it, so a typo is one clear line instead of a stack trace.</summary>
public static class ListenUrls
{
    /// <summary>Null when every <c>;</c>-separated URL is an absolute http(s) URL with a port in 0–65535; otherwise what is wrong.</summary>
    public static string? Check(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        string[] parts = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return "no URL to listen on was given.";
        }

        foreach (string url in parts)
        {
            // Kestrel's wildcard hosts ("http://*:80", "http://+:80") are not URI hosts; check the rest.
            string checkable = url.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal);
            if (!Uri.TryCreate(checkable, UriKind.Absolute, out Uri? uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || !url.Contains("://", StringComparison.Ordinal))
            {
                return PortOutOfRange(url) is { } port
                    ? $"'{url}' has port {port}; a port is 0 to 65535."
                    : $"'{url}' is not a URL to listen on; use e.g. http://127.0.0.1:5080.";
            }
        }

        return null;
    }

    private static string? PortOutOfRange(string url)
    {
        int colon = url.LastIndexOf(':');
        if (colon < 0)
        {
            return null;
        }

        string digits = new([.. url[(colon + 1)..].TakeWhile(char.IsAsciiDigit)]);
        return digits.Length > 0 && (digits.Length > 5 || int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) > 65535) ? digits : null;
    }
}
