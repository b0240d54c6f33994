using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Validation;

/// <summary>
/// A validation rule: a visitor over the one shared traversal of the document. A new instance is created for
/// every validation, so rules may keep state in fields. Only the methods a rule overrides are called.
/// </summary>
public abstract class ValidationRule
{
    public virtual VisitAction EnterDocument(DocumentNode node, ValidationContext context) => VisitAction.Continue;

    /// <summary>Called after the whole document was visited; variable usages are complete here.</summary>
    public virtual void LeaveDocument(DocumentNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterVariableDefinition(VariableDefinitionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveVariableDefinition(VariableDefinitionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterSelectionSet(SelectionSetNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveSelectionSet(SelectionSetNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterField(FieldNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveField(FieldNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveFragmentSpread(FragmentSpreadNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterInlineFragment(InlineFragmentNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveInlineFragment(InlineFragmentNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterDirective(DirectiveNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveDirective(DirectiveNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterArgument(ArgumentNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveArgument(ArgumentNode node, ValidationContext context)
    {
    }

    /// <summary>Any value: literals, lists, objects and variables.</summary>
    public virtual VisitAction EnterValue(ValueNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveValue(ValueNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterObjectField(ObjectFieldNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveObjectField(ObjectFieldNode node, ValidationContext context)
    {
    }

    /// <summary>A named type reference: a type condition or the innermost type of a variable definition.</summary>
    public virtual VisitAction EnterNamedType(NamedTypeNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveNamedType(NamedTypeNode node, ValidationContext context)
    {
    }
}
