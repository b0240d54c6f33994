namespace NmnGraph.GraphQL.Types;

/// <summary>Converts <see cref="DirectiveLocation"/> flags to and from their spec names (<c>FIELD_DEFINITION</c>).</summary>
public static class DirectiveLocations
{
    private static readonly (DirectiveLocation Location, string Name)[] s_all =
    [
        (DirectiveLocation.Query, "QUERY"),
        (DirectiveLocation.Mutation, "MUTATION"),
        (DirectiveLocation.Subscription, "SUBSCRIPTION"),
        (DirectiveLocation.Field, "FIELD"),
        (DirectiveLocation.FragmentDefinition, "FRAGMENT_DEFINITION"),
        (DirectiveLocation.FragmentSpread, "FRAGMENT_SPREAD"),
        (DirectiveLocation.InlineFragment, "INLINE_FRAGMENT"),
        (DirectiveLocation.VariableDefinition, "VARIABLE_DEFINITION"),
        (DirectiveLocation.Schema, "SCHEMA"),
        (DirectiveLocation.Scalar, "SCALAR"),
        (DirectiveLocation.Object, "OBJECT"),
        (DirectiveLocation.FieldDefinition, "FIELD_DEFINITION"),
        (DirectiveLocation.ArgumentDefinition, "ARGUMENT_DEFINITION"),
        (DirectiveLocation.Interface, "INTERFACE"),
        (DirectiveLocation.Union, "UNION"),
        (DirectiveLocation.Enum, "ENUM"),
        (DirectiveLocation.EnumValue, "ENUM_VALUE"),
        (DirectiveLocation.InputObject, "INPUT_OBJECT"),
        (DirectiveLocation.InputFieldDefinition, "INPUT_FIELD_DEFINITION"),
    ];

    /// <summary>The spec name of a single location, e.g. <c>INPUT_FIELD_DEFINITION</c>.</summary>
    public static string GetName(DirectiveLocation location)
    {
        foreach ((DirectiveLocation candidate, string name) in s_all)
        {
            if (candidate == location)
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(location), location, "Not a single directive location.");
    }

    public static bool TryParse(string name, out DirectiveLocation location)
    {
        foreach ((DirectiveLocation candidate, string candidateName) in s_all)
        {
            if (string.Equals(candidateName, name, StringComparison.Ordinal))
            {
                location = candidate;
                return true;
            }
        }

        location = DirectiveLocation.None;
        return false;
    }

    /// <summary>The single locations contained in a set, in spec order.</summary>
    public static IReadOnlyList<DirectiveLocation> Split(DirectiveLocation locations)
    {
        var result = new List<DirectiveLocation>();
        foreach ((DirectiveLocation candidate, _) in s_all)
        {
            if ((locations & candidate) != 0)
            {
                result.Add(candidate);
            }
        }

        return result;
    }
}
