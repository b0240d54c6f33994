using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Validation.Rules;

public sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>
    /// Argument equality as graphql-js decides it: the printed values must be equal once the fields of every
    /// object literal are sorted by name.
    /// </summary>
    private static class ValueComparer
    {
        public static bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
        {
            if (arguments1.Count != arguments2.Count)
            {
                return false;
            }

            for (int i = 0; i < arguments1.Count; i++)
            {
                ArgumentNode argument1 = arguments1[i];
                ValueNode? value2 = null;
                for (int j = 0; j < arguments2.Count; j++)
                {
                    if (string.Equals(arguments2[j].Name.Value, argument1.Name.Value, StringComparison.Ordinal))
                    {
                        value2 = arguments2[j].Value;
                    }
                }

                if (value2 is null || !SameValue(argument1.Value, value2))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool SameValue(ValueNode a, ValueNode b)
        {
            switch (a)
            {
                case VariableNode variableA:
                    return b is VariableNode variableB && string.Equals(variableA.Name.Value, variableB.Name.Value, StringComparison.Ordinal);
                case IntValueNode intA:
                    return b is IntValueNode intB && string.Equals(intA.Value, intB.Value, StringComparison.Ordinal);
                case FloatValueNode floatA:
                    return b is FloatValueNode floatB && string.Equals(floatA.Value, floatB.Value, StringComparison.Ordinal);
                case StringValueNode stringA:
                    return b is StringValueNode stringB && stringA.Block == stringB.Block && string.Equals(stringA.Value, stringB.Value, StringComparison.Ordinal);
                case BooleanValueNode booleanA:
                    return b is BooleanValueNode booleanB && booleanA.Value == booleanB.Value;
                case NullValueNode:
                    return b is NullValueNode;
                case EnumValueNode enumA:
                    return b is EnumValueNode enumB && string.Equals(enumA.Value, enumB.Value, StringComparison.Ordinal);
                case ListValueNode listA:
                    if (b is not ListValueNode listB || listA.Values.Count != listB.Values.Count)
                    {
                        return false;
                    }

                    for (int i = 0; i < listA.Values.Count; i++)
                    {
                        if (!SameValue(listA.Values[i], listB.Values[i]))
                        {
                            return false;
                        }
                    }

                    return true;
                case ObjectValueNode objectA:
                    if (b is not ObjectValueNode objectB || objectA.Fields.Count != objectB.Fields.Count)
                    {
                        return false;
                    }

                    ObjectFieldNode[] sortedA = Sorted(objectA.Fields);
                    ObjectFieldNode[] sortedB = Sorted(objectB.Fields);
                    for (int i = 0; i < sortedA.Length; i++)
                    {
                        if (!string.Equals(sortedA[i].Name.Value, sortedB[i].Name.Value, StringComparison.Ordinal)
                            || !SameValue(sortedA[i].Value, sortedB[i].Value))
                        {
                            return false;
                        }
                    }

                    return true;
                default:
                    return false;
            }
        }

        private static ObjectFieldNode[] Sorted(IReadOnlyList<ObjectFieldNode> fields)
        {
            var sorted = new ObjectFieldNode[fields.Count];
            for (int i = 0; i < sorted.Length; i++)
            {
                sorted[i] = fields[i];
            }

            // Stable, as the JavaScript sort graphql-js relies on.
            return [.. sorted.OrderBy(static field => field.Name.Value, StringComparer.Ordinal)];
        }
    }
}
