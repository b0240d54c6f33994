using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace NmnGraph.Client;

/// <summary>
/// The typed result of one operation: the parsed <c>data</c> (possibly partial), every error (server and client-side),
/// and the response's <c>extensions</c>. Server and network failures arrive here as errors; they are not thrown.
/// </summary>
public sealed class OperationResult<T>
{
    public OperationResult(
        T? data,
        IReadOnlyList<ClientError>? errors = null,
        JsonElement? extensions = null,
        OperationResultSource source = OperationResultSource.Network)
    {
        Data = data;
        Errors = errors ?? [];
        Extensions = extensions;
        Source = source;
    }

    /// <summary>The parsed data; <c>null</c> when the operation failed before execution or the transport failed.</summary>
    public T? Data { get; }

    /// <summary>The response's errors followed by any client-side errors; empty on success.</summary>
    public IReadOnlyList<ClientError> Errors { get; }

    /// <summary>The response's top-level <c>extensions</c>, when present.</summary>
    public JsonElement? Extensions { get; }

    /// <summary>Whether this result came from the network or was materialized from the entity store.</summary>
    public OperationResultSource Source { get; }

    /// <summary>True when there is data and no error.</summary>
    [MemberNotNullWhen(true, nameof(Data))]
    public bool IsSuccess => Errors.Count == 0 && Data is not null;

    /// <summary>Returns the data, or throws <see cref="GraphQLClientException"/> carrying every error.</summary>
    /// <exception cref="GraphQLClientException">The result has errors or no data.</exception>
    public T EnsureNoErrors()
    {
        if (Errors.Count > 0)
        {
            throw new GraphQLClientException(Errors);
        }

        if (Data is null)
        {
            throw new GraphQLClientException("The response contained no data.");
        }

        return Data;
    }

    /// <summary>A failed result carrying only <paramref name="error"/>.</summary>
    public static OperationResult<T> FromError(ClientError error) => new(default, [error]);

    public override string ToString() => IsSuccess ? $"Success ({Source})" : $"Failed: {string.Join("; ", Errors)}";
}
