using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>Executable Definitions (spec #sec-Executable-Definitions)</summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override VisitAction EnterDocument(DocumentNode node, ValidationContext context)
    {
        foreach (DefinitionNode definition in node.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            string name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => "\"" + type.Name.Value + "\"",
                TypeExtensionNode extension => "\"" + extension.Name.Value + "\"",
                DirectiveDefinitionNode directive => "\"" + directive.Name.Value + "\"",
                _ => "\"" + definition.Kind + "\"",
            };
            context.Report(ErrorMessages.NonExecutableDefinition(name, definition));
        }

        // Continue rather than skip: the rule has no other hooks, and a rule muted for the whole document
        // would make the walk check for unmuting at every node.
        return VisitAction.Continue;
    }
}
