using System.Globalization;
using System.Runtime.CompilerServices;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation.Cost;

/// <summary>
/// The directives of the IBM GraphQL Cost Directive specification, which a schema declares (with <see cref="Sdl"/>)
/// where the default weights and list sizes are wrong, and their values as the cost analysis reads them.
/// </summary>
public static class CostDirectives
{
    /// <summary>The definitions of <c>@cost</c> and <c>@listSize</c>, to add to a schema's SDL.</summary>
    public const string Sdl = """
        "The cost of a field, argument, input field or type, added for each appearance (IBM cost spec)."
        directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR

        "The size of the list a field returns: from its slicing arguments, else assumedSize; sizedFields names the sub-fields it applies to (IBM cost spec)."
        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
        """;

    public const string CostName = "cost";

    public const string ListSizeName = "listSize";

    private static readonly ConditionalWeakTable<object, Box<double?>> s_weights = [];
    private static readonly ConditionalWeakTable<OutputField, Box<ListSize?>> s_listSizes = [];

    /// <summary>The weight <c>@cost</c> gives a field, argument, input field or named type; null when it has none.</summary>
    public static double? GetWeight(object member) =>
        s_weights.GetValue(member, static m => new Box<double?>(ReadWeight(m switch
        {
            OutputField field => field.Directives,
            InputValue value => value.Directives,
            NamedType type => type.Directives,
            _ => [],
        }))).Value;

    /// <summary>The field's <c>@listSize</c>; null when it has none.</summary>
    public static ListSize? GetListSize(OutputField field) =>
        s_listSizes.GetValue(field, static f => new Box<ListSize?>(ReadListSize(f.Directives))).Value;

    private static double? ReadWeight(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (DirectiveNode directive in directives)
        {
            if (string.Equals(directive.Name.Value, CostName, StringComparison.Ordinal)
                && FindArgument(directive, "weight") is StringValueNode weight
                && double.TryParse(weight.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                return value;
            }
        }

        return null;
    }

    private static ListSize? ReadListSize(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (DirectiveNode directive in directives)
        {
            if (!string.Equals(directive.Name.Value, ListSizeName, StringComparison.Ordinal))
            {
                continue;
            }

            int? assumedSize = FindArgument(directive, "assumedSize") is IntValueNode size
                && int.TryParse(size.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed) ? parsed : null;
            bool requireOne = FindArgument(directive, "requireOneSlicingArgument") is not BooleanValueNode require || require.Value;
            return new ListSize(assumedSize, Strings(FindArgument(directive, "slicingArguments")), Strings(FindArgument(directive, "sizedFields")), requireOne);
        }

        return null;
    }

    private static ValueNode? FindArgument(DirectiveNode directive, string name)
    {
        foreach (ArgumentNode argument in directive.Arguments)
        {
            if (string.Equals(argument.Name.Value, name, StringComparison.Ordinal))
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static string[] Strings(ValueNode? value) => value switch
    {
        ListValueNode list => [.. list.Values.OfType<StringValueNode>().Select(s => s.Value)],
        StringValueNode single => [single.Value],
        _ => [],
    };

    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }
}
