using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Defined (spec #sec-Directives-Are-Defined) and Directives Are in Valid Locations
/// (spec #sec-Directives-Are-in-Valid-Locations).
/// </summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    public override VisitAction EnterDirective(DirectiveNode node, ValidationContext context)
    {
        string name = node.Name.Value;
        if (context.Directive is not { } directive)
        {
            context.Report(ErrorMessages.UnknownDirective(name, node));
        }
        else if (context.CurrentDirectiveLocation != DirectiveLocation.None && !directive.HasLocation(context.CurrentDirectiveLocation))
        {
            context.Report(ErrorMessages.MisplacedDirective(name, DirectiveLocations.GetName(context.CurrentDirectiveLocation), node));
        }

        return VisitAction.SkipChildren;
    }
}
