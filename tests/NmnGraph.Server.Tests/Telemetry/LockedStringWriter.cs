using System.Text;

namespace NmnGraph.Server.Tests.Telemetry;

/// <summary>A <see cref="StringWriter"/> a test may read while a running command writes to it.</summary>
internal sealed class LockedStringWriter : StringWriter
{
    private readonly Lock _lock = new();

    public override void Write(char value)
    {
        lock (_lock)
        {
            base.Write(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_lock)
        {
            base.Write(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_lock)
        {
            base.Write(buffer, index, count);
        }
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (_lock)
        {
            base.Write(buffer);
        }
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override string ToString()
    {
        lock (_lock)
        {
            return base.ToString();
        }
    }

    public override Encoding Encoding => Encoding.UTF8;
}
