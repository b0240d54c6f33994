using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.Codegen.Analysis;

/// <summary>
/// Adds <c>__typename</c> to the selection set of every field of an object, interface or union type, and <c>id</c> when
/// the type has one: the generated parsers switch on <c>__typename</c> and the client's entity store keys on both.
/// </summary>
internal sealed class DocumentRewriter(Schema schema)
{
    private const string TypeNameField = "__typename";
    private const string IdField = "id";

    public OperationDefinitionNode Rewrite(OperationDefinitionNode operation)
    {
        ObjectType root = schema.GetRootType(operation.Operation)!;
        return new OperationDefinitionNode(
            operation.Description,
            operation.Operation,
            operation.Name,
            operation.VariableDefinitions,
            operation.Directives,
            RewriteSet(operation.SelectionSet, root, addKeys: false),
            operation.Location);
    }

    public FragmentDefinitionNode Rewrite(FragmentDefinitionNode fragment) => new(
        fragment.Description,
        fragment.Name,
        fragment.TypeCondition,
        fragment.Directives,
        RewriteSet(fragment.SelectionSet, schema.GetType(fragment.TypeCondition.Name.Value)!, addKeys: false),
        fragment.Location);

    private SelectionSetNode RewriteSet(SelectionSetNode set, NamedType parent, bool addKeys)
    {
        var selections = new List<SelectionNode>();
        if (addKeys)
        {
            if (!HasResponseKey(set, TypeNameField))
            {
                selections.Add(new FieldNode(null, new NameNode(TypeNameField), [], [], null));
            }

            if (parent is ComplexOutputType complex && complex.GetField(IdField) is not null && !HasResponseKey(set, IdField))
            {
                selections.Add(new FieldNode(null, new NameNode(IdField), [], [], null));
            }
        }

        foreach (SelectionNode selection in set.Selections)
        {
            selections.Add(selection switch
            {
                FieldNode { SelectionSet: { } inner } field => new FieldNode(
                    field.Alias,
                    field.Name,
                    field.Arguments,
                    field.Directives,
                    RewriteSet(inner, schema.GetFieldDefinition(parent, field.Name.Value)!.Type.GetNamedType(), addKeys: true),
                    field.Location),
                InlineFragmentNode inline => new InlineFragmentNode(
                    inline.TypeCondition,
                    inline.Directives,
                    RewriteSet(
                        inline.SelectionSet,
                        inline.TypeCondition is null ? parent : schema.GetType(inline.TypeCondition.Name.Value)!,
                        addKeys: false),
                    inline.Location),
                _ => selection,
            });
        }

        return new SelectionSetNode(selections, set.Location);
    }

    private static bool HasResponseKey(SelectionSetNode set, string key) =>
        set.Selections.OfType<FieldNode>().Any(f => string.Equals(f.ResponseName, key, StringComparison.Ordinal));
}
