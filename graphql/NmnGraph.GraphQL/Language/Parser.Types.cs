namespace NmnGraph.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>Type : NamedType | ListType | NonNullType (ListType : [ Type ]; NonNullType : NamedType ! | ListType !)</summary>
    private TypeNode ParseTypeReference()
    {
        Mark start = StartMark();
        TypeNode type;
        if (Peek(TokenKind.BracketL))
        {
            EnterNesting();
            Advance();
            TypeNode inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            ExitNesting();
            type = new ListTypeNode(inner, Loc(start));
        }
        else
        {
            type = ParseNamedType();
        }

        if (ExpectOptional(TokenKind.Bang))
        {
            return new NonNullTypeNode(type, Loc(start));
        }

        return type;
    }

    /// <summary>NamedType : Name</summary>
    private NamedTypeNode ParseNamedType()
    {
        Mark start = StartMark();
        NameNode name = ParseName();
        return new NamedTypeNode(name, Loc(start));
    }
}
