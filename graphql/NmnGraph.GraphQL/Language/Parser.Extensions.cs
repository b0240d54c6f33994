namespace NmnGraph.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// TypeSystemExtension : SchemaExtension | TypeExtension
    /// (TypeExtension : ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension | UnionTypeExtension
    /// | EnumTypeExtension | InputObjectTypeExtension)
    /// </summary>
    private DefinitionNode ParseTypeSystemExtension()
    {
        Mark start = StartMark();
        ExpectKeyword("extend");
        if (_lexer.Kind == TokenKind.Name)
        {
            switch (_lexer.Value)
            {
                case "schema":
                    return ParseSchemaExtension(start);
                case "scalar":
                    return ParseScalarTypeExtension(start);
                case "type":
                    return ParseObjectTypeExtension(start);
                case "interface":
                    return ParseInterfaceTypeExtension(start);
                case "union":
                    return ParseUnionTypeExtension(start);
                case "enum":
                    return ParseEnumTypeExtension(start);
                case "input":
                    return ParseInputObjectTypeExtension(start);
                default:
                    break;
            }
        }

        throw Unexpected();
    }

    /// <summary>
    /// SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ }
    /// | extend schema Directives[Const] [lookahead != {]
    /// </summary>
    private SchemaExtensionNode ParseSchemaExtension(Mark start)
    {
        ExpectKeyword("schema");
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes = [];
        if (ExpectOptional(TokenKind.BraceL))
        {
            int mark = _stackCount;
            do
            {
                Push(ParseOperationTypeDefinition());
            }
            while (!ExpectOptional(TokenKind.BraceR));

            operationTypes = PopList<OperationTypeDefinitionNode>(mark);
        }

        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes, Loc(start));
    }

    /// <summary>ScalarTypeExtension : extend scalar Name Directives[Const]</summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension(Mark start)
    {
        ExpectKeyword("scalar");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(name, directives, Loc(start));
    }

    /// <summary>
    /// ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    /// | extend type Name ImplementsInterfaces? Directives[Const] [lookahead != {]
    /// | extend type Name ImplementsInterfaces [lookahead != {]
    /// </summary>
    private ObjectTypeExtensionNode ParseObjectTypeExtension(Mark start)
    {
        ExpectKeyword("type");
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new ObjectTypeExtensionNode(name, interfaces, directives, fields, Loc(start));
    }

    /// <summary>
    /// InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    /// | extend interface Name ImplementsInterfaces? Directives[Const] [lookahead != {]
    /// | extend interface Name ImplementsInterfaces [lookahead != {]
    /// </summary>
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension(Mark start)
    {
        ExpectKeyword("interface");
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields, Loc(start));
    }

    /// <summary>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]</summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension(Mark start)
    {
        ExpectKeyword("union");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<NamedTypeNode> types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(name, directives, types, Loc(start));
    }

    /// <summary>
    /// EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition
    /// | extend enum Name Directives[Const] [lookahead != {]
    /// </summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension(Mark start)
    {
        ExpectKeyword("enum");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<EnumValueDefinitionNode> values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(name, directives, values, Loc(start));
    }

    /// <summary>
    /// InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition
    /// | extend input Name Directives[Const] [lookahead != {]
    /// </summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension(Mark start)
    {
        ExpectKeyword("input");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<InputValueDefinitionNode> fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(name, directives, fields, Loc(start));
    }
}
