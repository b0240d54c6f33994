namespace NmnGraph.Server.Store.Querying;

/// <summary>A window of a list in Relay terms; cursors are item offsets (0-based) that the API encodes. Neither First nor Last: everything between the cursors.</summary>
public sealed record PageRequest(
    int? First = null,
    int? After = null,
    int? Last = null,
    int? Before = null);
