using NmnGraph.GraphQL.Errors;

namespace NmnGraph.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue
    /// | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        Mark start = StartMark();
        switch (_lexer.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
            {
                string value = _lexer.Value!;
                Advance();
                return new IntValueNode(value, Loc(start));
            }

            case TokenKind.Float:
            {
                string value = _lexer.Value!;
                Advance();
                return new FloatValueNode(value, Loc(start));
            }

            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
            {
                // BooleanValue : one of true false; NullValue : null; EnumValue : Name but not true, false or null
                string value = _lexer.Value!;
                Advance();
                return value switch
                {
                    "true" => new BooleanValueNode(true, Loc(start)),
                    "false" => new BooleanValueNode(false, Loc(start)),
                    "null" => new NullValueNode(Loc(start)),
                    _ => new EnumValueNode(value, Loc(start)),
                };
            }

            case TokenKind.Dollar:
                if (isConst)
                {
                    Advance();
                    if (_lexer.Kind == TokenKind.Name)
                    {
                        throw Error(start.Start, ErrorMessages.UnexpectedVariableInConstant(_lexer.Value!));
                    }

                    throw Error(start.Start, ErrorMessages.UnexpectedToken("\"$\""));
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary>StringValue (also Description : StringValue)</summary>
    private StringValueNode ParseStringLiteral()
    {
        Mark start = StartMark();
        string value = _lexer.Value!;
        bool block = _lexer.Kind == TokenKind.BlockString;
        Advance();
        return new StringValueNode(value, block, Loc(start));
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ]</summary>
    private ListValueNode ParseList(bool isConst)
    {
        Mark start = StartMark();
        EnterNesting();
        Expect(TokenKind.BracketL);
        int mark = _stackCount;
        while (!ExpectOptional(TokenKind.BracketR))
        {
            Push(ParseValueLiteral(isConst));
        }

        ExitNesting();
        return new ListValueNode(PopList<ValueNode>(mark), Loc(start));
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        Mark start = StartMark();
        EnterNesting();
        Expect(TokenKind.BraceL);
        int mark = _stackCount;
        while (!ExpectOptional(TokenKind.BraceR))
        {
            Push(ParseObjectField(isConst));
        }

        ExitNesting();
        return new ObjectValueNode(PopList<ObjectFieldNode>(mark), Loc(start));
    }

    /// <summary>ObjectField[Const] : Name : Value[?Const]</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        Mark start = StartMark();
        NameNode name = ParseName();
        Expect(TokenKind.Colon);
        ValueNode value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(name, value, Loc(start));
    }
}
