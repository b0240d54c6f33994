using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Validation.Rules;

/// <summary>Input Object Field Uniqueness (spec #sec-Input-Object-Field-Uniqueness)</summary>
public sealed class UniqueInputFieldNamesRule : ValidationRule
{
    public override VisitAction EnterValue(ValueNode node, ValidationContext context)
    {
        if (node is ObjectValueNode objectValue && objectValue.Fields.Count > 1)
        {
            IReadOnlyList<ObjectFieldNode> fields = objectValue.Fields;
            var seen = new Dictionary<string, NameNode>(fields.Count, StringComparer.Ordinal);
            for (int i = 0; i < fields.Count; i++)
            {
                NameNode name = fields[i].Name;
                if (!seen.TryAdd(name.Value, name))
                {
                    context.Report(ErrorMessages.DuplicateInputField(name.Value, seen[name.Value], name));
                }
            }
        }

        return VisitAction.Continue;
    }
}
