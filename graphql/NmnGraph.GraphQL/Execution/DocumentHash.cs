using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// The one document id of NmnGraph: SHA-256 of the document text's UTF-8 bytes in lower-case hex, as automatic
/// persisted queries, codegen's trusted-document manifest and the traces' <c>graphql.document.hash</c> use it.
/// </summary>
public static class DocumentHash
{
    public static string Sha256(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        byte[] rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(document.Length));
        try
        {
            int written = Encoding.UTF8.GetBytes(document, rented);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(rented.AsSpan(0, written), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
