using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    private void FillTypes(BuildState state)
    {
        foreach (NamedType type in state.TypeOrder)
        {
            var directives = new List<DirectiveNode>();
            directives.AddRange(type.AstNode!.Directives);
            foreach (TypeExtensionNode extension in type.ExtensionAstNodes)
            {
                directives.AddRange(extension.Directives);
            }

            type.Directives = directives;

            switch (type)
            {
                case ObjectType obj:
                    state.AppliedDirectives.Add((directives, DirectiveLocation.Object));
                    FillComplexType(state, obj, ((ObjectTypeDefinitionNode)obj.AstNode!).Interfaces, ((ObjectTypeDefinitionNode)obj.AstNode!).Fields);
                    break;
                case InterfaceType iface:
                    state.AppliedDirectives.Add((directives, DirectiveLocation.Interface));
                    FillComplexType(state, iface, ((InterfaceTypeDefinitionNode)iface.AstNode!).Interfaces, ((InterfaceTypeDefinitionNode)iface.AstNode!).Fields);
                    break;
                case UnionType union:
                    state.AppliedDirectives.Add((directives, DirectiveLocation.Union));
                    FillUnion(state, union);
                    break;
                case EnumType enumType:
                    state.AppliedDirectives.Add((directives, DirectiveLocation.Enum));
                    FillEnum(state, enumType);
                    break;
                case InputObjectType input:
                    state.AppliedDirectives.Add((directives, DirectiveLocation.InputObject));
                    FillInputObject(state, input);
                    break;
                case ScalarType scalar:
                    state.AppliedDirectives.Add((directives, DirectiveLocation.Scalar));
                    if (FindDirective(directives, "specifiedBy") is { } specifiedBy
                        && GetStringArgument(specifiedBy, "url") is { } url)
                    {
                        scalar.SpecifiedByUrl = url;
                    }

                    break;
            }
        }

        foreach (DirectiveDefinition directive in state.DirectiveOrder)
        {
            directive.Arguments = BuildArguments(state, directive.AstNode!.Arguments, "@" + directive.Name);
        }
    }

    private void FillComplexType(BuildState state, ComplexOutputType type, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<FieldDefinitionNode> fields)
    {
        AddInterfaces(state, type, interfaces);
        AddFields(state, type, fields);
        foreach (TypeExtensionNode extension in type.ExtensionAstNodes)
        {
            switch (extension)
            {
                case ObjectTypeExtensionNode objectExtension:
                    AddInterfaces(state, type, objectExtension.Interfaces);
                    AddFields(state, type, objectExtension.Fields);
                    break;
                case InterfaceTypeExtensionNode interfaceExtension:
                    AddInterfaces(state, type, interfaceExtension.Interfaces);
                    AddFields(state, type, interfaceExtension.Fields);
                    break;
            }
        }
    }

    private static void AddInterfaces(BuildState state, ComplexOutputType type, IReadOnlyList<NamedTypeNode> interfaces)
    {
        foreach (NamedTypeNode reference in interfaces)
        {
            if (!state.Types.TryGetValue(reference.Name.Value, out NamedType? named))
            {
                state.Errors.Add(Error(ErrorMessages.UnknownType(reference.Name.Value), reference));
                continue;
            }

            if (named is not InterfaceType iface)
            {
                state.Errors.Add(Error(ErrorMessages.MustOnlyImplementInterfaces(type.Name, named.Name), reference));
                continue;
            }

            if (type.ImplementsInterface(iface))
            {
                state.Errors.Add(Error(ErrorMessages.CanOnlyImplementOnce(type.Name, iface.Name), reference));
                continue;
            }

            type.AddInterface(iface);
        }
    }

    private void AddFields(BuildState state, ComplexOutputType type, IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (FieldDefinitionNode node in fields)
        {
            IType? fieldType = ResolveTypeReference(state, node.Type);
            if (fieldType is null)
            {
                continue;
            }

            var field = new OutputField(node.Name.Value, fieldType, type.Name, node.Description?.Value)
            {
                AstNode = node,
                Directives = node.Directives,
                DeprecationReason = GetDeprecationReason(node.Directives),
            };
            state.AppliedDirectives.Add((node.Directives, DirectiveLocation.FieldDefinition));
            field.Arguments = BuildArguments(state, node.Arguments, field.Coordinate);
            if (!type.AddField(field))
            {
                state.Errors.Add(Error(ErrorMessages.DuplicateFieldDefinition(type.Name, field.Name), type.Fields[field.Name].AstNode?.Name, node.Name));
            }
        }
    }

    private static FieldCollection<InputValue> BuildArguments(BuildState state, IReadOnlyList<InputValueDefinitionNode> arguments, string ownerCoordinate)
    {
        if (arguments.Count == 0)
        {
            return FieldCollection<InputValue>.Empty;
        }

        var collection = new FieldCollection<InputValue>();
        foreach (InputValueDefinitionNode node in arguments)
        {
            InputValue? argument = BuildInputValue(state, node, ownerCoordinate + "(" + node.Name.Value + ":)", DirectiveLocation.ArgumentDefinition);
            if (argument is not null && !collection.TryAdd(argument))
            {
                state.Errors.Add(Error(ErrorMessages.DuplicateArgumentDefinition(ownerCoordinate, node.Name.Value), collection[node.Name.Value].AstNode?.Name, node.Name));
            }
        }

        return collection;
    }

    private static InputValue? BuildInputValue(BuildState state, InputValueDefinitionNode node, string coordinate, DirectiveLocation location)
    {
        IType? type = ResolveTypeReference(state, node.Type);
        if (type is null)
        {
            return null;
        }

        state.AppliedDirectives.Add((node.Directives, location));
        return new InputValue(node.Name.Value, type, coordinate, node.Description?.Value, node.DefaultValue)
        {
            AstNode = node,
            Directives = node.Directives,
            DeprecationReason = GetDeprecationReason(node.Directives),
        };
    }

    private static void FillUnion(BuildState state, UnionType union)
    {
        var members = new List<NamedTypeNode>(((UnionTypeDefinitionNode)union.AstNode!).Types);
        foreach (TypeExtensionNode extension in union.ExtensionAstNodes)
        {
            members.AddRange(((UnionTypeExtensionNode)extension).Types);
        }

        foreach (NamedTypeNode reference in members)
        {
            if (!state.Types.TryGetValue(reference.Name.Value, out NamedType? named))
            {
                state.Errors.Add(Error(ErrorMessages.UnknownType(reference.Name.Value), reference));
            }
            else if (named is not ObjectType member)
            {
                state.Errors.Add(Error(ErrorMessages.UnionMemberNotObject(union.Name, named.Name), reference));
            }
            else if (union.ContainsType(member))
            {
                state.Errors.Add(Error(ErrorMessages.UnionMemberDuplicated(union.Name, member.Name), reference));
            }
            else
            {
                union.AddType(member);
            }
        }
    }

    private void FillEnum(BuildState state, EnumType enumType)
    {
        var values = new List<EnumValueDefinitionNode>(((EnumTypeDefinitionNode)enumType.AstNode!).Values);
        foreach (TypeExtensionNode extension in enumType.ExtensionAstNodes)
        {
            values.AddRange(((EnumTypeExtensionNode)extension).Values);
        }

        _enumValues.TryGetValue(enumType.Name, out IReadOnlyDictionary<string, object>? runtimeValues);
        foreach (EnumValueDefinitionNode node in values)
        {
            var value = new EnumValue(node.Name.Value, enumType.Name, node.Description?.Value)
            {
                AstNode = node,
                Directives = node.Directives,
                DeprecationReason = GetDeprecationReason(node.Directives),
            };
            if (runtimeValues is not null && runtimeValues.TryGetValue(value.Name, out object? runtime))
            {
                value.Value = runtime;
            }

            state.AppliedDirectives.Add((node.Directives, DirectiveLocation.EnumValue));
            if (!enumType.AddValue(value))
            {
                state.Errors.Add(Error(ErrorMessages.DuplicateEnumValue(enumType.Name, value.Name), enumType.Values[value.Name].AstNode?.Name, node.Name));
            }
        }
    }

    private static void FillInputObject(BuildState state, InputObjectType input)
    {
        var fields = new List<InputValueDefinitionNode>(((InputObjectTypeDefinitionNode)input.AstNode!).Fields);
        foreach (TypeExtensionNode extension in input.ExtensionAstNodes)
        {
            fields.AddRange(((InputObjectTypeExtensionNode)extension).Fields);
        }

        input.IsOneOf = FindDirective(input.Directives, "oneOf") is not null;
        foreach (InputValueDefinitionNode node in fields)
        {
            InputValue? field = BuildInputValue(state, node, input.Name + "." + node.Name.Value, DirectiveLocation.InputFieldDefinition);
            if (field is not null && !input.AddField(field))
            {
                state.Errors.Add(Error(ErrorMessages.DuplicateFieldDefinition(input.Name, field.Name), input.Fields[field.Name].AstNode?.Name, node.Name));
            }
        }
    }

    private static IType? ResolveTypeReference(BuildState state, TypeNode node)
    {
        switch (node)
        {
            case NamedTypeNode named:
                if (state.Types.TryGetValue(named.Name.Value, out NamedType? type))
                {
                    return type;
                }

                state.Errors.Add(Error(ErrorMessages.UnknownType(named.Name.Value), named));
                return null;
            case ListTypeNode list:
                return ResolveTypeReference(state, list.Type) is { } item ? new ListType(item) : null;
            case NonNullTypeNode nonNull:
                return ResolveTypeReference(state, nonNull.Type) is { } inner && inner is not NonNullType ? new NonNullType(inner) : null;
            default:
                return null;
        }
    }

    private static DirectiveNode? FindDirective(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (DirectiveNode directive in directives)
        {
            if (string.Equals(directive.Name.Value, name, StringComparison.Ordinal))
            {
                return directive;
            }
        }

        return null;
    }

    private static string? GetStringArgument(DirectiveNode directive, string argumentName)
    {
        foreach (ArgumentNode argument in directive.Arguments)
        {
            if (string.Equals(argument.Name.Value, argumentName, StringComparison.Ordinal))
            {
                return argument.Value is StringValueNode text ? text.Value : null;
            }
        }

        return null;
    }

    private static string? GetDeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        DirectiveNode? deprecated = FindDirective(directives, "deprecated");
        if (deprecated is null)
        {
            return null;
        }

        return GetStringArgument(deprecated, "reason") ?? BuiltInDirectives.DefaultDeprecationReason;
    }
}
