namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// A completed value already written as JSON into the request's <see cref="ResponseBuffer"/>: a result tree holds one in
/// place of the maps, lists and scalars it stands for, and <see cref="ExecutionResultWriter"/> copies its bytes.
/// </summary>
internal sealed class JsonFragment(ResponseBuffer buffer, int start, int length)
{
    public ReadOnlySpan<byte> Utf8 => buffer.Written.Slice(start, length);
}
