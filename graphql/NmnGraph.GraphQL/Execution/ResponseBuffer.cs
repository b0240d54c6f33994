using System.Buffers;
using System.Text.Json;

namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// Pooled memory that the executor writes parts of a response into as JSON while it executes (see
/// <see cref="JsonFragment"/>). One per request whose result is only written (<see cref="GraphQLRequest.ResultIsOnlyWritten"/>);
/// its array goes back to the pool when the result has been written (<see cref="ExecutionResult.ReturnBuffers"/>).
/// </summary>
internal sealed class ResponseBuffer : IBufferWriter<byte>
{
    private const int InitialSize = 16 * 1024;

    private byte[] _buffer = [];
    private int _written;
    private Utf8JsonWriter? _writer;

    /// <summary>Held while a fragment is written: fields complete on several threads.</summary>
    public Lock Gate { get; } = new();

    /// <summary>The bytes written so far; fragments are slices of it.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _written);

    /// <summary>
    /// Starts a fragment: a writer positioned at the end of what is written. The caller holds <see cref="Gate"/> from here
    /// to <see cref="EndFragment"/> or <see cref="DiscardFragment"/>.
    /// </summary>
    public Utf8JsonWriter StartFragment(out int start)
    {
        start = _written;
        if (_writer is null)
        {
            _writer = new Utf8JsonWriter(this, ExecutionResultWriter.Options);
        }
        else
        {
            _writer.Reset(this);
        }

        return _writer;
    }

    /// <summary>Ends the fragment begun at <paramref name="start"/>: its bytes become part of the buffer.</summary>
    public JsonFragment EndFragment(int start)
    {
        _writer!.Flush();
        return new JsonFragment(this, start, _written - start);
    }

    /// <summary>Forgets everything written since <paramref name="start"/>, flushed or not.</summary>
    public void DiscardFragment(int start)
    {
        _writer!.Reset(this);
        _written = start;
    }

    /// <summary>Gives the memory back to the pool; fragments must not be read afterwards.</summary>
    public void Return()
    {
        lock (Gate)
        {
            byte[] buffer = _buffer;
            _buffer = [];
            _written = 0;
            if (buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_written);
    }

    private void Reserve(int sizeHint)
    {
        int needed = _written + Math.Max(sizeHint, 256);
        if (needed <= _buffer.Length)
        {
            return;
        }

        byte[] grown = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Math.Max(InitialSize, _buffer.Length * 2)));
        _buffer.AsSpan(0, _written).CopyTo(grown);
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = grown;
    }
}
