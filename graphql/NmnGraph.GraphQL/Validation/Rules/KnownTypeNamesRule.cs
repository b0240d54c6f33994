using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>Fragment Spread Type Existence (spec #sec-Fragment-Spread-Type-Existence), also for variable types.</summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    public override VisitAction EnterNamedType(NamedTypeNode node, ValidationContext context)
    {
        string typeName = node.Name.Value;
        if (SchemaAccess.GetType(context.Schema, typeName) is null)
        {
            List<string> suggestions = Suggestions.List(typeName, SchemaAccess.GetTypeNames(context.Schema));
            context.Report(ErrorMessages.UnknownType(typeName, Suggestions.DidYouMean(suggestions), node));
        }

        return VisitAction.SkipChildren;
    }
}
