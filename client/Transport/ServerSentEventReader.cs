using System.Text;

namespace NmnGraph.Client.Transport;

/// <summary>
/// Reads an event stream as the HTML "event stream interpretation" describes: <c>field: value</c> lines, comments
/// starting with <c>:</c>, a blank line dispatching the event. <c>id</c> and <c>retry</c> are ignored (no reconnects).
/// </summary>
internal sealed class ServerSentEventReader : IDisposable
{
    private readonly StreamReader _reader;

    public ServerSentEventReader(Stream stream)
    {
        _reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: false);
    }

    /// <summary>The next event, or <c>null</c> at the end of the stream.</summary>
    public async Task<ServerSentEvent?> ReadEventAsync(CancellationToken cancellationToken)
    {
        string? type = null;
        StringBuilder? data = null;
        while (true)
        {
            string? line = await _reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                // An event the server did not terminate with a blank line is still dispatched.
                return type is null && data is null ? null : new ServerSentEvent(type ?? "message", data?.ToString() ?? string.Empty);
            }

            if (line.Length == 0)
            {
                if (type is null && data is null)
                {
                    continue;
                }

                return new ServerSentEvent(type ?? "message", data?.ToString() ?? string.Empty);
            }

            if (line[0] == ':')
            {
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            string field = colon < 0 ? line : line[..colon];
            string value = colon < 0 ? string.Empty : line[(colon + 1)..];
            if (value.StartsWith(' '))
            {
                value = value[1..];
            }

            if (string.Equals(field, "event", StringComparison.Ordinal))
            {
                type = value;
            }
            else if (string.Equals(field, "data", StringComparison.Ordinal))
            {
                if (data is null)
                {
                    data = new StringBuilder(value);
                }
                else
                {
                    data.Append('\n').Append(value);
                }
            }
        }
    }

    public void Dispose() => _reader.Dispose();
}
