namespace NmnGraph.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>OperationDefinition : SelectionSet (the query shorthand)</summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        Mark start = StartMark();
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(null, OperationType.Query, null, [], [], selectionSet, Loc(start));
    }

    /// <summary>OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet</summary>
    private OperationDefinitionNode ParseOperationDefinition(Mark start, StringValueNode? description)
    {
        OperationType operation = ParseOperationType();
        NameNode? name = Peek(TokenKind.Name) ? ParseName() : null;
        IReadOnlyList<VariableDefinitionNode> variableDefinitions = ParseVariableDefinitions();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(description, operation, name, variableDefinitions, directives, selectionSet, Loc(start));
    }

    /// <summary>OperationType : one of query mutation subscription</summary>
    private OperationType ParseOperationType()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw Error(_lexer.Start, Errors.ErrorMessages.ExpectedToken("Name", _lexer.Current.Description));
        }

        OperationType operation;
        switch (_lexer.Value)
        {
            case "query":
                operation = OperationType.Query;
                break;
            case "mutation":
                operation = OperationType.Mutation;
                break;
            case "subscription":
                operation = OperationType.Subscription;
                break;
            default:
                throw Unexpected();
        }

        Advance();
        return operation;
    }

    /// <summary>VariablesDefinition : ( VariableDefinition+ )</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        int mark = _stackCount;
        do
        {
            Push(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return PopList<VariableDefinitionNode>(mark);
    }

    /// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        Mark start = StartMark();
        StringValueNode? description = ParseDescription();
        VariableNode variable = ParseVariable();
        Expect(TokenKind.Colon);
        TypeNode type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(description, variable, type, defaultValue, directives, Loc(start));
    }

    /// <summary>Variable : $ Name</summary>
    private VariableNode ParseVariable()
    {
        Mark start = StartMark();
        Expect(TokenKind.Dollar);
        NameNode name = ParseName();
        return new VariableNode(name, Loc(start));
    }

    /// <summary>SelectionSet : { Selection+ }</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        Mark start = StartMark();
        EnterNesting();
        Expect(TokenKind.BraceL);
        int mark = _stackCount;
        do
        {
            Push(ParseSelection());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        ExitNesting();
        return new SelectionSetNode(PopList<SelectionNode>(mark), Loc(start));
    }

    /// <summary>Selection : Field | FragmentSpread | InlineFragment</summary>
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet? (Alias : Name :)</summary>
    private FieldNode ParseField()
    {
        Mark start = StartMark();
        NameNode nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        IReadOnlyList<ArgumentNode> arguments = ParseArguments(isConst: false);
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: false);
        SelectionSetNode? selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, Loc(start));
    }

    /// <summary>Arguments[Const] : ( Argument[?Const]+ )</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        int mark = _stackCount;
        do
        {
            Push(ParseArgument(isConst));
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return PopList<ArgumentNode>(mark);
    }

    /// <summary>Argument[Const] : Name : Value[?Const]</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        Mark start = StartMark();
        NameNode name = ParseName();
        Expect(TokenKind.Colon);
        ValueNode value = ParseValueLiteral(isConst);
        return new ArgumentNode(name, value, Loc(start));
    }

    /// <summary>
    /// FragmentSpread : ... FragmentName Directives?
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet
    /// </summary>
    private SelectionNode ParseFragment()
    {
        Mark start = StartMark();
        Expect(TokenKind.Spread);
        bool hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            NameNode name = ParseFragmentName();
            IReadOnlyList<DirectiveNode> spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives, Loc(start));
        }

        NamedTypeNode? typeCondition = hasTypeCondition ? ParseNamedType() : null;
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet, Loc(start));
    }

    /// <summary>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet</summary>
    private FragmentDefinitionNode ParseFragmentDefinition(Mark start, StringValueNode? description)
    {
        ExpectKeyword("fragment");
        NameNode name = ParseFragmentName();
        ExpectKeyword("on");
        NamedTypeNode typeCondition = ParseNamedType();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(description, name, typeCondition, directives, selectionSet, Loc(start));
    }

    /// <summary>FragmentName : Name but not on</summary>
    private NameNode ParseFragmentName()
    {
        if (PeekKeyword("on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }

    /// <summary>Directives[Const] : Directive[?Const]+</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        int mark = _stackCount;
        do
        {
            Push(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));

        return PopList<DirectiveNode>(mark);
    }

    /// <summary>Directive[Const] : @ Name Arguments[?Const]?</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        Mark start = StartMark();
        Expect(TokenKind.At);
        NameNode name = ParseName();
        IReadOnlyList<ArgumentNode> arguments = ParseArguments(isConst);
        return new DirectiveNode(name, arguments, Loc(start));
    }
}
