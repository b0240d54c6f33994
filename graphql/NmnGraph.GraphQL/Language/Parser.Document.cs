using NmnGraph.GraphQL.Errors;

namespace NmnGraph.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>Document : Definition+</summary>
    private DocumentNode ParseDocument()
    {
        Expect(TokenKind.StartOfFile);
        int mark = _stackCount;
        do
        {
            Push(ParseDefinition());
        }
        while (!ExpectOptional(TokenKind.EndOfFile));

        DefinitionNode[] definitions = PopList<DefinitionNode>(mark);
        return new DocumentNode(definitions, _noLocations ? null : new Location(0, _source.Length, 1, 1));
    }

    /// <summary>
    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
    /// (ExecutableDefinition : OperationDefinition | FragmentDefinition;
    /// TypeSystemDefinitionOrExtension : TypeSystemDefinition | TypeSystemExtension)
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        // Many definitions begin with a description; it is read first and handed to the definition.
        Mark start = StartMark();
        StringValueNode? description = ParseDescription();

        if (description is not null && Peek(TokenKind.BraceL))
        {
            throw Error(start.Start, ErrorMessages.DescriptionOnShorthandQuery);
        }

        if (_lexer.Kind == TokenKind.Name)
        {
            switch (_lexer.Value)
            {
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition(start, description);
                case "fragment":
                    return ParseFragmentDefinition(start, description);
                case "schema":
                    return ParseSchemaDefinition(start, description);
                case "scalar":
                    return ParseScalarTypeDefinition(start, description);
                case "type":
                    return ParseObjectTypeDefinition(start, description);
                case "interface":
                    return ParseInterfaceTypeDefinition(start, description);
                case "union":
                    return ParseUnionTypeDefinition(start, description);
                case "enum":
                    return ParseEnumTypeDefinition(start, description);
                case "input":
                    return ParseInputObjectTypeDefinition(start, description);
                case "directive":
                    return ParseDirectiveDefinition(start, description);
                default:
                    break;
            }

            if (description is not null)
            {
                throw Error(start.Start, ErrorMessages.DescriptionNotSupported);
            }

            if (string.Equals(_lexer.Value, "extend", StringComparison.Ordinal))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected();
    }
}
