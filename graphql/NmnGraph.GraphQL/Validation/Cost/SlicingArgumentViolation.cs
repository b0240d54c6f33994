using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation.Cost;

/// <summary>A field whose <c>@listSize(requireOneSlicingArgument: true)</c> was not given exactly one slicing argument.</summary>
public sealed record SlicingArgumentViolation(OutputField Field, FieldNode Node, IReadOnlyList<string> SlicingArguments);
