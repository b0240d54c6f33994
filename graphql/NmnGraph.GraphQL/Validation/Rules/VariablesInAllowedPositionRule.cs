using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Usages Are Allowed (spec #sec-All-Variable-Usages-Are-Allowed), including default values and
/// the non-null position of a OneOf Input Object field.
/// </summary>
public sealed class VariablesInAllowedPositionRule : ValidationRule
{
    public override void LeaveDocument(DocumentNode node, ValidationContext context)
    {
        var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
        foreach (DefinitionNode definition in node.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            definitions.Clear();
            foreach (VariableDefinitionNode variable in operation.VariableDefinitions)
            {
                definitions[variable.Variable.Name.Value] = variable;
            }

            IReadOnlyList<VariableUsage> usages = context.GetRecursiveVariableUsages(operation);
            for (int i = 0; i < usages.Count; i++)
            {
                VariableUsage usage = usages[i];
                string name = usage.Node.Name.Value;
                if (usage.Type is not { } locationType
                    || !definitions.TryGetValue(name, out VariableDefinitionNode? variableDefinition)
                    || SchemaAccess.TypeFromAst(context.Schema, variableDefinition.Type) is not { } variableType)
                {
                    continue;
                }

                if (IsAllowed(context.Schema, variableType, variableDefinition.DefaultValue, locationType, usage))
                {
                    continue;
                }

                if (usage.OneOfParent is { } oneOf && variableType is not NonNullType && locationType is not NonNullType
                    && SchemaAccess.IsTypeSubTypeOf(context.Schema, variableType, locationType))
                {
                    context.Report(ErrorMessages.NullableVariableInOneOf(name, variableType.ToString()!, oneOf.Name, variableDefinition, usage.Node));
                }
                else
                {
                    context.Report(ErrorMessages.BadVariablePosition(name, variableType.ToString()!, locationType.ToString()!, variableDefinition, usage.Node));
                }
            }
        }
    }

    private static bool IsAllowed(Schema schema, IType variableType, ValueNode? variableDefault, IType locationType, VariableUsage usage)
    {
        bool nonNullPosition = locationType is NonNullType || usage.OneOfParent is not null;
        if (nonNullPosition && variableType is not NonNullType)
        {
            bool hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            bool hasLocationDefault = usage.DefaultValue is not null;
            if (!hasNonNullVariableDefault && !hasLocationDefault)
            {
                return false;
            }

            return SchemaAccess.IsTypeSubTypeOf(schema, variableType, SchemaAccess.GetNullableType(locationType)!);
        }

        return SchemaAccess.IsTypeSubTypeOf(schema, variableType, locationType);
    }
}
