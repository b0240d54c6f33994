using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type (spec #sec-Values-of-Correct-Type), with Input Object Field Names
/// (spec #sec-Input-Object-Field-Names), Input Object Required Fields (spec #sec-Input-Object-Required-Fields)
/// and the OneOf Input Object literal rules.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    public override VisitAction EnterValue(ValueNode node, ValidationContext context)
    {
        switch (node)
        {
            case VariableNode:
                return VisitAction.Continue;
            case ListValueNode:
                if (SchemaAccess.GetNullableType(context.ParentInputType) is not ListType)
                {
                    CheckLeafValue(node, context);
                    return VisitAction.SkipChildren;
                }

                return VisitAction.Continue;
            case ObjectValueNode objectValue:
                if (SchemaAccess.GetNamedType(context.InputType) is not InputObjectType objectType)
                {
                    CheckLeafValue(node, context);
                    return VisitAction.SkipChildren;
                }

                CheckObject(objectValue, objectType, context);
                return VisitAction.Continue;
            case NullValueNode:
                if (context.InputType is NonNullType nonNull)
                {
                    context.Report(ErrorMessages.ExpectedValueOfType(nonNull.ToString(), "null", node));
                }

                return VisitAction.Continue;
            default:
                CheckLeafValue(node, context);
                return VisitAction.Continue;
        }
    }

    public override VisitAction EnterObjectField(ObjectFieldNode node, ValidationContext context)
    {
        if (context.InputType is null && SchemaAccess.GetNamedType(context.ParentInputType) is InputObjectType parentType)
        {
            var names = new List<string>(parentType.Fields.Count);
            foreach (InputValue field in parentType.Fields)
            {
                names.Add(field.Name);
            }

            string suggestion = Suggestions.DidYouMean(Suggestions.List(node.Name.Value, names));
            context.Report(ErrorMessages.UnknownInputField(node.Name.Value, parentType.Name, suggestion, node));
        }

        return VisitAction.Continue;
    }

    private static void CheckObject(ObjectValueNode node, InputObjectType type, ValidationContext context)
    {
        IReadOnlyList<ObjectFieldNode> fields = node.Fields;
        foreach (InputValue field in type.Fields)
        {
            if (field.IsRequired && Find(fields, field.Name) is null)
            {
                context.Report(ErrorMessages.MissingInputField(type.Name, field.Name, field.Type.ToString()!, node));
            }
        }

        if (!type.IsOneOf)
        {
            return;
        }

        string? onlyKey = null;
        bool exactlyOne = fields.Count > 0;
        for (int i = 0; i < fields.Count && exactlyOne; i++)
        {
            onlyKey ??= fields[i].Name.Value;
            exactlyOne = string.Equals(onlyKey, fields[i].Name.Value, StringComparison.Ordinal);
        }

        if (!exactlyOne)
        {
            context.Report(ErrorMessages.OneOfNotExactlyOneField(type.Name, node));
            return;
        }

        // The last field of that name is the one that counts, as in graphql-js keyMap.
        if (Find(fields, onlyKey!) is { Value: NullValueNode })
        {
            context.Report(ErrorMessages.OneOfFieldNull(type.Name, onlyKey!, node));
        }
    }

    private static ObjectFieldNode? Find(IReadOnlyList<ObjectFieldNode> fields, string name)
    {
        for (int i = fields.Count - 1; i >= 0; i--)
        {
            if (string.Equals(fields[i].Name.Value, name, StringComparison.Ordinal))
            {
                return fields[i];
            }
        }

        return null;
    }

    // graphql-js isValidValueNode: a scalar or enum literal must parse as the expected leaf type.
    private static void CheckLeafValue(ValueNode node, ValidationContext context)
    {
        if (context.InputType is not { } locationType)
        {
            return;
        }

        NamedType? type = SchemaAccess.GetNamedType(locationType);
        switch (type)
        {
            case EnumType enumType:
                CheckEnumValue(node, enumType, context);
                return;
            case ScalarType scalarType:
                try
                {
                    scalarType.ParseLiteral(node);
                }
                catch (GraphQLException exception)
                {
                    context.Report(ErrorMessages.InvalidLiteral(exception.Errors[0].Message, node));
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    // A custom scalar that rejects the literal with an ordinary exception: graphql-js wording.
                    context.Report(ErrorMessages.ExpectedValueOfTypeBecause(locationType.ToString()!, ValueFormatter.Print(node), exception.Message, node));
                }

                return;
            default:
                context.Report(ErrorMessages.ExpectedValueOfType(locationType.ToString()!, ValueFormatter.Print(node), node));
                return;
        }
    }

    private static void CheckEnumValue(ValueNode node, EnumType type, ValidationContext context)
    {
        if (node is EnumValueNode enumValue)
        {
            if (type.GetValue(enumValue.Value) is null)
            {
                context.Report(ErrorMessages.EnumLiteralUnknown(type.Name, enumValue.Value, SuggestEnumValues(type, enumValue.Value), node));
            }

            return;
        }

        string printed = ValueFormatter.Print(node);
        context.Report(ErrorMessages.EnumLiteralNotEnum(type.Name, printed, SuggestEnumValues(type, printed), node));
    }

    private static string SuggestEnumValues(EnumType type, string input)
    {
        var names = new List<string>(type.Values.Count);
        foreach (EnumValue value in type.Values)
        {
            names.Add(value.Name);
        }

        return Suggestions.DidYouMean("the enum value", Suggestions.List(input, names));
    }
}
