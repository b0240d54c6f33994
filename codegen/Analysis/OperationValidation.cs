using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.Codegen.Analysis;

/// <summary>
/// Validates one operation document (the operation and the fragments it uses) against the schema. The single place
/// where the engine's validator plugs in; until it is available, the checks the analysis itself depends on run here:
/// known types, fields, arguments and fragments, and leaf/composite selections (graphql-js wording).
/// </summary>
public static class OperationValidation
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<GraphQLError>();
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (DefinitionNode definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    foreach (VariableDefinitionNode variable in operation.VariableDefinitions)
                    {
                        CheckTypeName(schema, NamedTypeOf(variable.Type), errors);
                    }

                    if (schema.GetRootType(operation.Operation) is { } root)
                    {
                        CheckSelections(schema, fragments, root, operation.SelectionSet, errors);
                    }
                    else
                    {
                        errors.Add(Error($"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.", operation));
                    }

                    break;
                case FragmentDefinitionNode fragment:
                    if (CheckTypeName(schema, fragment.TypeCondition, errors) is { } condition)
                    {
                        CheckSelections(schema, fragments, condition, fragment.SelectionSet, errors);
                    }

                    break;
            }
        }

        return errors;
    }

    private static NamedTypeNode NamedTypeOf(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => NamedTypeOf(nonNull.Type),
        ListTypeNode list => NamedTypeOf(list.Type),
        _ => (NamedTypeNode)type,
    };

    private static NamedType? CheckTypeName(Schema schema, NamedTypeNode node, List<GraphQLError> errors)
    {
        NamedType? type = schema.GetType(node.Name.Value);
        if (type is null)
        {
            errors.Add(Error($"Unknown type \"{node.Name.Value}\".", node));
        }

        return type;
    }

    private static void CheckSelections(
        Schema schema, Dictionary<string, FragmentDefinitionNode> fragments, NamedType parent, SelectionSetNode set, List<GraphQLError> errors)
    {
        foreach (SelectionNode selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    CheckField(schema, fragments, parent, field, errors);
                    break;
                case InlineFragmentNode inline:
                    NamedType? condition = inline.TypeCondition is null ? parent : CheckTypeName(schema, inline.TypeCondition, errors);
                    if (condition is not null)
                    {
                        CheckSelections(schema, fragments, condition, inline.SelectionSet, errors);
                    }

                    break;
                case FragmentSpreadNode spread when !fragments.ContainsKey(spread.Name.Value):
                    errors.Add(Error($"Unknown fragment \"{spread.Name.Value}\".", spread.Name));
                    break;
            }
        }
    }

    private static void CheckField(
        Schema schema, Dictionary<string, FragmentDefinitionNode> fragments, NamedType parent, FieldNode field, List<GraphQLError> errors)
    {
        OutputField? definition = schema.GetFieldDefinition(parent, field.Name.Value);
        if (definition is null)
        {
            errors.Add(Error($"Cannot query field \"{field.Name.Value}\" on type \"{parent.Name}\".", field));
            return;
        }

        foreach (ArgumentNode argument in field.Arguments)
        {
            if (!definition.Arguments.ContainsName(argument.Name.Value))
            {
                errors.Add(Error($"Unknown argument \"{argument.Name.Value}\" on field \"{parent.Name}.{field.Name.Value}\".", argument));
            }
        }

        NamedType fieldType = definition.Type.GetNamedType();
        if (fieldType.IsLeafType() && field.SelectionSet is not null)
        {
            errors.Add(Error($"Field \"{field.Name.Value}\" must not have a selection since type \"{definition.Type}\" has no subfields.", field.SelectionSet));
        }
        else if (!fieldType.IsLeafType() && field.SelectionSet is null)
        {
            errors.Add(Error(
                $"Field \"{field.Name.Value}\" of type \"{definition.Type}\" must have a selection of subfields. Did you mean \"{field.Name.Value} {{ ... }}\"?",
                field));
        }
        else if (field.SelectionSet is not null)
        {
            CheckSelections(schema, fragments, fieldType, field.SelectionSet, errors);
        }
    }

    private static GraphQLError Error(string message, SyntaxNode node) =>
        new(message, node.Location is { } location ? [location.StartLocation] : null);
}
