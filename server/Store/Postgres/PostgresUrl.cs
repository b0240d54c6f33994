using System.Globalization;
using Npgsql;

namespace NmnGraph.Server.Store.Postgres;

/// <summary>
/// <c>postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=…&amp;pool_size=…&amp;statement_timeout=…]</c> as an Npgsql
/// connection string. <c>statement_timeout</c> is in milliseconds (the server cancels longer statements);
/// <c>pool_size</c> is the most connections this process opens.
/// </summary>
public static class PostgresUrl
{
    public static bool IsPostgresUrl(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <exception cref="StoreException">BAD_DATABASE_URL, naming what is wrong.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!IsPostgresUrl(url) || !Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw Bad(url, "expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE");
        }

        string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0 || database.Contains('/', StringComparison.Ordinal))
        {
            throw Bad(url, "the path must name one database (/DATABASE)");
        }

        string[] credentials = uri.UserInfo.Split(':', 2);
        if (credentials[0].Length == 0)
        {
            throw Bad(url, "a user is required (postgres://USER@HOST/DATABASE)");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host.Trim('[', ']'),
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = database,
            Username = Uri.UnescapeDataString(credentials[0]),
            ApplicationName = "nmngraph",
        };
        if (credentials.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(credentials[1]);
        }

        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = pair.Split('=', 2);
            string key = Uri.UnescapeDataString(parts[0]);
            string value = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
            switch (key)
            {
                case "sslmode":
                    builder.SslMode = value switch
                    {
                        "disable" => SslMode.Disable,
                        "allow" => SslMode.Allow,
                        "prefer" => SslMode.Prefer,
                        "require" => SslMode.Require,
                        "verify-ca" => SslMode.VerifyCA,
                        "verify-full" => SslMode.VerifyFull,
                        _ => throw Bad(url, $"sslmode '{value}' is not one of disable, allow, prefer, require, verify-ca, verify-full"),
                    };
                    break;
                case "pool_size":
                    builder.MaxPoolSize = PositiveNumber(url, key, value);
                    break;
                case "statement_timeout":
                    builder.Options = string.Create(CultureInfo.InvariantCulture, $"-c statement_timeout={PositiveNumber(url, key, value)}");
                    break;
                case "application_name":
                    builder.ApplicationName = value;
                    break;
                default:
                    throw Bad(url, $"unknown parameter '{key}' (known: sslmode, pool_size, statement_timeout, application_name)");
            }
        }

        return builder;
    }

    /// <summary>The URL with its password replaced by <c>***</c>: safe for logs and messages.</summary>
    public static string Redact(NpgsqlConnectionStringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        string password = string.IsNullOrEmpty(builder.Password) ? string.Empty : ":***";
        return string.Create(CultureInfo.InvariantCulture, $"postgres://{Uri.EscapeDataString(builder.Username ?? string.Empty)}{password}@{builder.Host}:{builder.Port}/{Uri.EscapeDataString(builder.Database ?? string.Empty)}");
    }

    private static int PositiveNumber(string url, string key, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number > 0
            ? number
            : throw Bad(url, $"{key} must be a positive whole number, not '{value}'");

    private static StoreException Bad(string url, string why)
    {
        // Never echo a password back.
        string shown = Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && uri.UserInfo.Contains(':', StringComparison.Ordinal)
            ? url.Replace(uri.UserInfo, uri.UserInfo.Split(':')[0] + ":***", StringComparison.Ordinal)
            : url;
        return new StoreException("BAD_DATABASE_URL", $"The database URL '{shown}' is not valid: {why}.");
    }
}
