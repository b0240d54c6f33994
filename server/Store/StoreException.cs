namespace NmnGraph.Server.Store;

/// <summary>
/// A request the store refuses (unknown id, offsets that do not match the text, a non-empty database for
/// a restore…). <see cref="Code"/> is meant for GraphQL <c>extensions.code</c>.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException()
        : this("BAD_REQUEST", "The store refused the request.")
    {
    }

    public StoreException(string message)
        : this("BAD_REQUEST", message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "BAD_REQUEST";
    }

    public StoreException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public string Code { get; }

    /// <summary>For <c>NOT_FOUND</c>: what kind of entity was missing and its database id (the API names it by its global id).</summary>
    public (Domain.EntityKind Kind, long Id)? Missing { get; private init; }

    public static StoreException NotFound(string what, long id) => new("NOT_FOUND", $"No {what} has id {id}.")
    {
        Missing = Enum.TryParse(what, ignoreCase: true, out Domain.EntityKind kind) ? (kind, id) : null,
    };
}
