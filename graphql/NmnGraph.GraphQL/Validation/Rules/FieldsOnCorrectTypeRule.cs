using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>Field Selections (spec #sec-Field-Selections)</summary>
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public override VisitAction EnterField(FieldNode node, ValidationContext context)
    {
        if (context.ParentType is { } parentType && context.FieldDefinition is null)
        {
            string fieldName = node.Name.Value;
            List<string> typeSuggestions = SuggestTypes(context.Schema, parentType, fieldName);
            string suggestion = typeSuggestions.Count > 0
                ? Suggestions.DidYouMean("to use an inline fragment on", typeSuggestions)
                : Suggestions.DidYouMean(SuggestFields(parentType, fieldName));
            context.Report(ErrorMessages.UndefinedField(fieldName, parentType.Name, suggestion, node));
        }

        return VisitAction.Continue;
    }

    // Object types and interfaces of an abstract parent that have the field, interfaces used most first.
    private static List<string> SuggestTypes(Schema schema, NamedType type, string fieldName)
    {
        if (!SchemaAccess.IsAbstractType(type))
        {
            return [];
        }

        var usage = new Dictionary<NamedType, int>();
        var suggested = new List<NamedType>();
        foreach (ObjectType possible in SchemaAccess.GetPossibleTypes(schema, type))
        {
            if (possible.GetField(fieldName) is null)
            {
                continue;
            }

            suggested.Add(possible);
            usage[possible] = 1;
            foreach (InterfaceType iface in possible.Interfaces)
            {
                if (iface.GetField(fieldName) is null)
                {
                    continue;
                }

                if (usage.TryGetValue(iface, out int count))
                {
                    usage[iface] = count + 1;
                }
                else
                {
                    suggested.Add(iface);
                    usage[iface] = 1;
                }
            }
        }

        suggested.Sort((a, b) =>
        {
            int byUsage = usage[b] - usage[a];
            if (byUsage != 0)
            {
                return byUsage;
            }

            if (a is InterfaceType && SchemaAccess.IsSubType(schema, a, b))
            {
                return -1;
            }

            if (b is InterfaceType && SchemaAccess.IsSubType(schema, b, a))
            {
                return 1;
            }

            return Suggestions.NaturalCompare(a.Name, b.Name);
        });

        var names = new List<string>(suggested.Count);
        foreach (NamedType suggestedType in suggested)
        {
            names.Add(suggestedType.Name);
        }

        return names;
    }

    private static List<string> SuggestFields(NamedType type, string fieldName)
    {
        if (type is not ComplexOutputType complex)
        {
            return [];
        }

        var names = new List<string>(complex.Fields.Count);
        foreach (OutputField field in complex.Fields)
        {
            names.Add(field.Name);
        }

        return Suggestions.List(fieldName, names);
    }
}
