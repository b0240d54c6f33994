using NmnGraph.GraphQL.Errors;

namespace NmnGraph.GraphQL.Language;

public sealed partial class Parser
{
    private static readonly HashSet<string> s_directiveLocations = new(StringComparer.Ordinal)
    {
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    };

    /// <summary>Description : StringValue</summary>
    private StringValueNode? ParseDescription() =>
        _lexer.Kind is TokenKind.String or TokenKind.BlockString ? ParseStringLiteral() : null;

    /// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
    private SchemaDefinitionNode ParseSchemaDefinition(Mark start, StringValueNode? description)
    {
        ExpectKeyword("schema");
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        Expect(TokenKind.BraceL);
        int mark = _stackCount;
        do
        {
            Push(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return new SchemaDefinitionNode(description, directives, PopList<OperationTypeDefinitionNode>(mark), Loc(start));
    }

    /// <summary>RootOperationTypeDefinition : OperationType : NamedType</summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        Mark start = StartMark();
        OperationType operation = ParseOperationType();
        Expect(TokenKind.Colon);
        NamedTypeNode type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type, Loc(start));
    }

    /// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition(Mark start, StringValueNode? description)
    {
        ExpectKeyword("scalar");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives, Loc(start));
    }

    /// <summary>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition(Mark start, StringValueNode? description)
    {
        ExpectKeyword("type");
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, Loc(start));
    }

    /// <summary>ImplementsInterfaces : ImplementsInterfaces &amp; NamedType | implements &amp;? NamedType</summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"))
        {
            return [];
        }

        return ParseDelimitedNamedTypes(TokenKind.Amp);
    }

    /// <summary>A list of NamedType separated by a delimiter that may also lead it (graphql-js delimitedMany).</summary>
    private NamedTypeNode[] ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        int mark = _stackCount;
        do
        {
            Push(ParseNamedType());
        }
        while (ExpectOptional(delimiter));

        return PopList<NamedTypeNode>(mark);
    }

    /// <summary>FieldsDefinition : { FieldDefinition+ }</summary>
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }

        int mark = _stackCount;
        do
        {
            Push(ParseFieldDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return PopList<FieldDefinitionNode>(mark);
    }

    /// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        Mark start = StartMark();
        StringValueNode? description = ParseDescription();
        NameNode name = ParseName();
        IReadOnlyList<InputValueDefinitionNode> arguments = ParseArgumentsDefinition();
        Expect(TokenKind.Colon);
        TypeNode type = ParseTypeReference();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives, Loc(start));
    }

    /// <summary>ArgumentsDefinition : ( InputValueDefinition+ )</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentsDefinition() => ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);

    /// <summary>InputFieldsDefinition : { InputValueDefinition+ }</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() => ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);

    private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open))
        {
            return [];
        }

        int mark = _stackCount;
        do
        {
            Push(ParseInputValueDefinition());
        }
        while (!ExpectOptional(close));

        return PopList<InputValueDefinitionNode>(mark);
    }

    /// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        Mark start = StartMark();
        StringValueNode? description = ParseDescription();
        NameNode name = ParseName();
        Expect(TokenKind.Colon);
        TypeNode type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives, Loc(start));
    }

    /// <summary>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition(Mark start, StringValueNode? description)
    {
        ExpectKeyword("interface");
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, Loc(start));
    }

    /// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition(Mark start, StringValueNode? description)
    {
        ExpectKeyword("union");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<NamedTypeNode> types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types, Loc(start));
    }

    /// <summary>UnionMemberTypes : UnionMemberTypes | NamedType | = |? NamedType</summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptional(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

    /// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition(Mark start, StringValueNode? description)
    {
        ExpectKeyword("enum");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<EnumValueDefinitionNode> values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values, Loc(start));
    }

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ }</summary>
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }

        int mark = _stackCount;
        do
        {
            Push(ParseEnumValueDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return PopList<EnumValueDefinitionNode>(mark);
    }

    /// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]? (EnumValue : Name but not true, false or null)</summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        Mark start = StartMark();
        StringValueNode? description = ParseDescription();
        if (_lexer.Kind == TokenKind.Name && _lexer.Value is "true" or "false" or "null")
        {
            throw Error(_lexer.Start, ErrorMessages.ReservedEnumValue(_lexer.Current.Description));
        }

        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(description, name, directives, Loc(start));
    }

    /// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition(Mark start, StringValueNode? description)
    {
        ExpectKeyword("input");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<InputValueDefinitionNode> fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields, Loc(start));
    }

    /// <summary>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition(Mark start, StringValueNode? description)
    {
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        NameNode name = ParseName();
        IReadOnlyList<InputValueDefinitionNode> arguments = ParseArgumentsDefinition();
        bool repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        IReadOnlyList<NameNode> locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations, Loc(start));
    }

    /// <summary>DirectiveLocations : DirectiveLocations | DirectiveLocation | |? DirectiveLocation</summary>
    private NameNode[] ParseDirectiveLocations()
    {
        ExpectOptional(TokenKind.Pipe);
        int mark = _stackCount;
        do
        {
            Push(ParseDirectiveLocation());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return PopList<NameNode>(mark);
    }

    /// <summary>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation</summary>
    private NameNode ParseDirectiveLocation()
    {
        if (_lexer.Kind == TokenKind.Name && !s_directiveLocations.Contains(_lexer.Value!))
        {
            throw Unexpected();
        }

        return ParseName();
    }
}
