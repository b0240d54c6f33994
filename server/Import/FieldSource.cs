namespace NmnGraph.Server.Import;

/// <summary>
/// Where <see cref="ArticleTextParser"/> read a field: the 1-based line of the text, the rule that read it and,
/// when the value was converted (a date), the words as written. When the field's value is null, <see cref="Line"/>
/// is null (nothing found) or the line of a candidate that could not be read, and <see cref="Rule"/> says why.
/// </summary>
public sealed record FieldSource(int? Line, string Rule, string? Written = null)
{
    public static FieldSource NotFound { get; } = new(null, "not found");
}
