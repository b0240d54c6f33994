using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

/// <summary>
/// The type-system validation rules of spec §3 (graphql-js <c>validateSchema</c>): names, fields, arguments,
/// interface implementation, unions, enums, input objects (including non-null cycles and OneOf) and directives.
/// </summary>
public static class SchemaValidator
{
    /// <summary>Validates a built schema and returns every problem found (empty when valid).</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var errors = new List<GraphQLError>();
        Validate(schema, errors);
        return errors;
    }

    internal static void Validate(Schema schema, List<GraphQLError> errors)
    {
        foreach (DirectiveDefinition directive in schema.DirectiveDefinitions)
        {
            if (!directive.IsBuiltIn)
            {
                ValidateDirective(directive, errors);
            }
        }

        var cycleDetector = new InputCycleDetector(errors);
        foreach (NamedType type in schema.Types)
        {
            if (type.IsBuiltIn)
            {
                continue;
            }

            ValidateName(type.Name, type.AstNode?.Name, errors);
            switch (type)
            {
                case ObjectType or InterfaceType:
                    var complex = (ComplexOutputType)type;
                    ValidateFields(complex, errors);
                    ValidateInterfaces(schema, complex, errors);
                    break;
                case UnionType union:
                    if (union.Types.Count == 0)
                    {
                        errors.Add(Error(ErrorMessages.UnionWithoutMembers(union.Name), union.AstNode));
                    }

                    break;
                case EnumType enumType:
                    ValidateEnum(enumType, errors);
                    break;
                case InputObjectType input:
                    ValidateInputObject(input, errors);
                    cycleDetector.Check(input);
                    break;
            }
        }
    }

    private static void ValidateName(string name, SyntaxNode? node, List<GraphQLError> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add(Error(ErrorMessages.ReservedName(name), node));
        }
    }

    private static void ValidateDirective(DirectiveDefinition directive, List<GraphQLError> errors)
    {
        ValidateName(directive.Name, directive.AstNode?.Name, errors);
        if (directive.Locations == DirectiveLocation.None)
        {
            errors.Add(Error(ErrorMessages.DirectiveWithoutLocations(directive.Name), directive.AstNode));
        }

        foreach (InputValue argument in directive.Arguments)
        {
            ValidateName(argument.Name, argument.AstNode?.Name, errors);
            if (!argument.Type.IsInputType())
            {
                errors.Add(Error(ErrorMessages.ArgumentMustBeInputType(argument.Coordinate, argument.Type.ToString()!), argument.AstNode?.Type));
            }

            if (argument.IsRequired && argument.IsDeprecated)
            {
                errors.Add(Error(ErrorMessages.RequiredArgumentDeprecated(argument.Coordinate), DeprecatedNode(argument.Directives), argument.AstNode?.Type));
            }

            ValidateDefaultValue(argument, errors);
        }
    }

    private static void ValidateFields(ComplexOutputType type, List<GraphQLError> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add(Error(ErrorMessages.TypeWithoutFields(type.Name), type.AstNode));
        }

        foreach (OutputField field in type.Fields)
        {
            ValidateName(field.Name, field.AstNode?.Name, errors);
            if (!field.Type.IsOutputType())
            {
                errors.Add(Error(ErrorMessages.FieldMustBeOutputType(field.Coordinate, field.Type.ToString()!), field.AstNode?.Type));
            }

            foreach (InputValue argument in field.Arguments)
            {
                ValidateName(argument.Name, argument.AstNode?.Name, errors);
                if (!argument.Type.IsInputType())
                {
                    errors.Add(Error(ErrorMessages.ArgumentMustBeInputType(argument.Coordinate, argument.Type.ToString()!), argument.AstNode?.Type));
                }

                if (argument.IsRequired && argument.IsDeprecated)
                {
                    errors.Add(Error(ErrorMessages.RequiredArgumentDeprecated(argument.Coordinate), DeprecatedNode(argument.Directives), argument.AstNode?.Type));
                }

                ValidateDefaultValue(argument, errors);
            }
        }
    }

    private static void ValidateInterfaces(Schema schema, ComplexOutputType type, List<GraphQLError> errors)
    {
        foreach (InterfaceType iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                errors.Add(Error(ErrorMessages.CannotImplementItself(type.Name), FindInterfaceNode(type, iface.Name)));
                continue;
            }

            foreach (InterfaceType transitive in iface.Interfaces)
            {
                if (!ReferenceEquals(transitive, type) && !type.ImplementsInterface(transitive))
                {
                    errors.Add(Error(
                        ErrorMessages.MustImplementTransitiveInterface(type.Name, transitive.Name, iface.Name),
                        FindInterfaceNode(iface, transitive.Name),
                        FindInterfaceNode(type, iface.Name)));
                }
            }

            ValidateImplementation(schema, type, iface, errors);
        }
    }

    private static void ValidateImplementation(Schema schema, ComplexOutputType type, InterfaceType iface, List<GraphQLError> errors)
    {
        foreach (OutputField interfaceField in iface.Fields)
        {
            OutputField? typeField = type.Fields.Find(interfaceField.Name);
            if (typeField is null)
            {
                errors.Add(Error(ErrorMessages.InterfaceFieldMissing(iface.Name, interfaceField.Name, type.Name), interfaceField.AstNode, type.AstNode));
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(schema, typeField.Type, interfaceField.Type))
            {
                errors.Add(Error(
                    ErrorMessages.InterfaceFieldTypeMismatch(iface.Name, interfaceField.Name, interfaceField.Type.ToString()!, type.Name, typeField.Type.ToString()!),
                    interfaceField.AstNode?.Type,
                    typeField.AstNode?.Type));
            }

            foreach (InputValue interfaceArgument in interfaceField.Arguments)
            {
                InputValue? typeArgument = typeField.Arguments.Find(interfaceArgument.Name);
                if (typeArgument is null)
                {
                    errors.Add(Error(
                        ErrorMessages.InterfaceArgumentMissing(iface.Name, interfaceField.Name, interfaceArgument.Name, type.Name),
                        interfaceArgument.AstNode,
                        typeField.AstNode));
                    continue;
                }

                if (!TypeComparators.IsEqualType(interfaceArgument.Type, typeArgument.Type))
                {
                    errors.Add(Error(
                        ErrorMessages.InterfaceArgumentTypeMismatch(iface.Name, interfaceField.Name, interfaceArgument.Name, interfaceArgument.Type.ToString()!, type.Name, typeArgument.Type.ToString()!),
                        interfaceArgument.AstNode?.Type,
                        typeArgument.AstNode?.Type));
                }
            }

            foreach (InputValue typeArgument in typeField.Arguments)
            {
                if (typeArgument.IsRequired && !interfaceField.Arguments.ContainsName(typeArgument.Name))
                {
                    errors.Add(Error(
                        ErrorMessages.ExtraRequiredArgument(type.Name, typeField.Name, typeArgument.Name, iface.Name),
                        typeArgument.AstNode,
                        interfaceField.AstNode));
                }
            }
        }
    }

    private static void ValidateEnum(EnumType enumType, List<GraphQLError> errors)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add(Error(ErrorMessages.EnumWithoutValues(enumType.Name), enumType.AstNode));
        }

        foreach (EnumValue value in enumType.Values)
        {
            ValidateName(value.Name, value.AstNode?.Name, errors);
            if (value.Name is "true" or "false" or "null")
            {
                errors.Add(Error(ErrorMessages.EnumValueNotAllowed(enumType.Name, value.Name), value.AstNode));
            }
        }
    }

    private static void ValidateInputObject(InputObjectType input, List<GraphQLError> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add(Error(ErrorMessages.InputObjectWithoutFields(input.Name), input.AstNode));
        }

        foreach (InputValue field in input.Fields)
        {
            ValidateName(field.Name, field.AstNode?.Name, errors);
            if (!field.Type.IsInputType())
            {
                errors.Add(Error(ErrorMessages.FieldMustBeInputType(field.Coordinate, field.Type.ToString()!), field.AstNode?.Type));
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                errors.Add(Error(ErrorMessages.RequiredInputFieldDeprecated(field.Coordinate), DeprecatedNode(field.Directives), field.AstNode?.Type));
            }

            ValidateDefaultValue(field, errors);
            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    errors.Add(Error(ErrorMessages.OneOfFieldMustBeNullable(field.Coordinate), field.AstNode?.Type));
                }

                if (field.DefaultValue is not null)
                {
                    errors.Add(Error(ErrorMessages.OneOfFieldHasDefault(field.Coordinate), field.AstNode?.DefaultValue));
                }
            }
        }
    }

    /// <summary>A default value must coerce to its type (spec #sec-Coercing-Field-Arguments relies on it).</summary>
    private static void ValidateDefaultValue(InputValue value, List<GraphQLError> errors)
    {
        if (value.DefaultValue is { } literal && value.Type.IsInputType()
            && !Execution.ValueCoercion.TryValueFromAst(literal, value.Type, null, out _))
        {
            errors.Add(Error(ErrorMessages.InvalidDefaultValue(value.Coordinate, ValueFormatter.Print(literal)), literal));
        }
    }

    private static NamedTypeNode? FindInterfaceNode(ComplexOutputType type, string interfaceName)
    {
        IEnumerable<NamedTypeNode> Nodes()
        {
            switch (type.AstNode)
            {
                case ObjectTypeDefinitionNode obj:
                    foreach (NamedTypeNode node in obj.Interfaces)
                    {
                        yield return node;
                    }

                    break;
                case InterfaceTypeDefinitionNode iface:
                    foreach (NamedTypeNode node in iface.Interfaces)
                    {
                        yield return node;
                    }

                    break;
            }

            foreach (TypeExtensionNode extension in type.ExtensionAstNodes)
            {
                IReadOnlyList<NamedTypeNode> interfaces = extension switch
                {
                    ObjectTypeExtensionNode obj => obj.Interfaces,
                    InterfaceTypeExtensionNode iface => iface.Interfaces,
                    _ => [],
                };
                foreach (NamedTypeNode node in interfaces)
                {
                    yield return node;
                }
            }
        }

        foreach (NamedTypeNode node in Nodes())
        {
            if (string.Equals(node.Name.Value, interfaceName, StringComparison.Ordinal))
            {
                return node;
            }
        }

        return null;
    }

    private static DirectiveNode? DeprecatedNode(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (DirectiveNode directive in directives)
        {
            if (string.Equals(directive.Name.Value, "deprecated", StringComparison.Ordinal))
            {
                return directive;
            }
        }

        return null;
    }

    private static GraphQLError Error(string message, params SyntaxNode?[] nodes)
    {
        var locations = new List<SourceLocation>();
        foreach (SyntaxNode? node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(location.StartLocation);
            }
        }

        return new GraphQLError(message, locations);
    }

    /// <summary>Finds input objects that reference themselves through non-null fields (spec #sec-Input-Objects.Circular-References).</summary>
    private sealed class InputCycleDetector(List<GraphQLError> errors)
    {
        private readonly HashSet<InputObjectType> _visited = [];
        private readonly List<InputValue> _path = [];
        private readonly Dictionary<InputObjectType, int> _pathIndex = [];

        public void Check(InputObjectType input)
        {
            if (!_visited.Add(input))
            {
                return;
            }

            _pathIndex[input] = _path.Count;
            foreach (InputValue field in input.Fields)
            {
                if (field.Type is NonNullType { OfType: InputObjectType fieldType })
                {
                    _path.Add(field);
                    if (_pathIndex.TryGetValue(fieldType, out int cycleStart))
                    {
                        var names = new List<string>();
                        var nodes = new List<SyntaxNode?>();
                        for (int i = cycleStart; i < _path.Count; i++)
                        {
                            names.Add(_path[i].Name);
                            nodes.Add(_path[i].AstNode);
                        }

                        errors.Add(Error(ErrorMessages.InputObjectCycle(fieldType.Name, string.Join('.', names)), [.. nodes]));
                    }
                    else
                    {
                        Check(fieldType);
                    }

                    _path.RemoveAt(_path.Count - 1);
                }
            }

            _pathIndex.Remove(input);
        }
    }
}
