using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    private static (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) ResolveRootTypes(BuildState state)
    {
        var roots = new NamedType?[3];
        var rootNodes = new SyntaxNode?[3];
        var operationTypes = new List<OperationTypeDefinitionNode>();
        if (state.SchemaDefinition is not null)
        {
            operationTypes.AddRange(state.SchemaDefinition.OperationTypes);
        }

        foreach (SchemaExtensionNode extension in state.SchemaExtensions)
        {
            operationTypes.AddRange(extension.OperationTypes);
        }

        foreach (OperationTypeDefinitionNode operationType in operationTypes)
        {
            int index = (int)operationType.Operation;
            if (roots[index] is not null)
            {
                state.Errors.Add(Error(ErrorMessages.DuplicateOperationType(OperationName(operationType.Operation)), rootNodes[index], operationType));
                continue;
            }

            if (!state.Types.TryGetValue(operationType.Type.Name.Value, out NamedType? type))
            {
                state.Errors.Add(Error(ErrorMessages.UnknownType(operationType.Type.Name.Value), operationType.Type));
                continue;
            }

            roots[index] = type;
            rootNodes[index] = operationType;
        }

        if (state.SchemaDefinition is null)
        {
            string[] defaultNames = ["Query", "Mutation", "Subscription"];
            for (int i = 0; i < 3; i++)
            {
                if (roots[i] is null && state.Types.TryGetValue(defaultNames[i], out NamedType? type) && !type.IsBuiltIn)
                {
                    roots[i] = type;
                }
            }
        }

        string[] labels = ["Query", "Mutation", "Subscription"];
        var result = new ObjectType?[3];
        for (int i = 0; i < 3; i++)
        {
            if (roots[i] is ObjectType obj)
            {
                result[i] = obj;
            }
            else if (roots[i] is { } notObject)
            {
                state.Errors.Add(Error(
                    i == 0 ? ErrorMessages.QueryRootTypeNotObject(notObject.Name) : ErrorMessages.RootTypeNotObject(labels[i], notObject.Name),
                    rootNodes[i] ?? notObject.AstNode));
            }
        }

        for (int i = 0; i < 3; i++)
        {
            for (int j = i + 1; j < 3; j++)
            {
                if (result[i] is not null && ReferenceEquals(result[i], result[j]))
                {
                    state.Errors.Add(Error(ErrorMessages.RootTypesMustDiffer(result[i]!.Name, labels[i].ToLowerInvariant(), labels[j].ToLowerInvariant()), rootNodes[i], rootNodes[j]));
                }
            }
        }

        if (roots[0] is null)
        {
            state.Errors.Add(Error(ErrorMessages.QueryRootTypeMissing(), state.SchemaDefinition));
        }

        return (result[0], result[1], result[2]);
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static void CheckAppliedDirectives(BuildState state)
    {
        if (state.SchemaDefinition is not null)
        {
            state.AppliedDirectives.Add((state.SchemaDefinition.Directives, DirectiveLocation.Schema));
        }

        foreach (SchemaExtensionNode extension in state.SchemaExtensions)
        {
            state.AppliedDirectives.Add((extension.Directives, DirectiveLocation.Schema));
        }

        foreach ((IReadOnlyList<DirectiveNode> directives, DirectiveLocation location) in state.AppliedDirectives)
        {
            CheckDirectives(state, directives, location);
        }
    }

    private static void CheckDirectives(BuildState state, IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        for (int i = 0; i < directives.Count; i++)
        {
            DirectiveNode node = directives[i];
            string name = node.Name.Value;
            if (!state.Directives.TryGetValue(name, out DirectiveDefinition? definition))
            {
                state.Errors.Add(Error(ErrorMessages.UnknownDirective(name), node));
                continue;
            }

            if (!definition.HasLocation(location))
            {
                state.Errors.Add(Error(ErrorMessages.MisplacedDirective(name, DirectiveLocations.GetName(location)), node));
            }

            if (!definition.IsRepeatable)
            {
                for (int j = 0; j < i; j++)
                {
                    if (string.Equals(directives[j].Name.Value, name, StringComparison.Ordinal))
                    {
                        state.Errors.Add(Error(ErrorMessages.DirectiveNotRepeatable(name), directives[j], node));
                        break;
                    }
                }
            }

            // Directive definitions are argument-filled after all types exist; built-ins already have theirs.
            FieldCollection<InputValue> arguments = definition.Arguments;
            if (definition.AstNode is { } definitionNode && arguments.Count == 0 && definitionNode.Arguments.Count > 0)
            {
                continue;
            }

            foreach (ArgumentNode argument in node.Arguments)
            {
                if (!arguments.ContainsName(argument.Name.Value))
                {
                    state.Errors.Add(Error(ErrorMessages.UnknownDirectiveArgument(argument.Name.Value, name), argument));
                }
            }

            foreach (InputValue argumentDefinition in arguments)
            {
                if (argumentDefinition.IsRequired && !HasArgument(node, argumentDefinition.Name))
                {
                    state.Errors.Add(Error(ErrorMessages.MissingDirectiveArgument(name, argumentDefinition.Name, argumentDefinition.Type.ToString()!), node));
                }
            }
        }
    }

    private static bool HasArgument(DirectiveNode node, string name)
    {
        foreach (ArgumentNode argument in node.Arguments)
        {
            if (string.Equals(argument.Name.Value, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddReferencedBuiltInScalars(BuildState state, List<NamedType> types)
    {
        var referenced = new HashSet<NamedType> { ScalarType.String, ScalarType.Boolean };
        foreach (NamedType type in state.TypeOrder)
        {
            switch (type)
            {
                case ComplexOutputType complex:
                    foreach (OutputField field in complex.Fields)
                    {
                        referenced.Add(field.Type.GetNamedType());
                        foreach (InputValue argument in field.Arguments)
                        {
                            referenced.Add(argument.Type.GetNamedType());
                        }
                    }

                    break;
                case InputObjectType input:
                    foreach (InputValue field in input.Fields)
                    {
                        referenced.Add(field.Type.GetNamedType());
                    }

                    break;
            }
        }

        foreach (DirectiveDefinition directive in state.DirectiveOrder)
        {
            foreach (InputValue argument in directive.Arguments)
            {
                referenced.Add(argument.Type.GetNamedType());
            }
        }

        foreach (ScalarType scalar in ScalarType.BuiltIns)
        {
            if (referenced.Contains(scalar))
            {
                types.Add(scalar);
            }
        }
    }

    private static List<DirectiveNode> CollectSchemaDirectives(BuildState state)
    {
        var directives = new List<DirectiveNode>();
        if (state.SchemaDefinition is not null)
        {
            directives.AddRange(state.SchemaDefinition.Directives);
        }

        foreach (SchemaExtensionNode extension in state.SchemaExtensions)
        {
            directives.AddRange(extension.Directives);
        }

        return directives;
    }
}
