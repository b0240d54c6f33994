namespace NmnGraph.GraphQL.Validation.Cost;

/// <summary>The values of a field's <c>@listSize</c> (IBM cost spec #sec-The-List-Size-Directive).</summary>
public sealed record ListSize(int? AssumedSize, IReadOnlyList<string> SlicingArguments, IReadOnlyList<string> SizedFields, bool RequireOneSlicingArgument);
