using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation;

/// <summary>
/// The one traversal that drives every rule (graphql-js visitInParallel + visitWithTypeInfo): it moves the
/// <see cref="TypeInfo"/> along and calls the rules with the shared <see cref="ValidationContext"/>. Each node
/// kind has a table of the rules that override its Enter or Leave method, so a rule costs nothing on nodes it
/// does not look at. A rule that skips a node's children is muted until the walk leaves that node.
/// </summary>
internal sealed class DocumentWalker
{
    private const int HookCount = 13;
    private static readonly ConcurrentDictionary<Type, (int Enter, int Leave)> s_overrides = new();
    private static readonly ConditionalWeakTable<object, DispatchTables> s_tables = [];
    private static readonly string[] s_hookNames =
    [
        "Document", "OperationDefinition", "FragmentDefinition", "VariableDefinition", "SelectionSet", "Field",
        "FragmentSpread", "InlineFragment", "Directive", "Argument", "Value", "ObjectField", "NamedType",
    ];

    private readonly ValidationContext _context;
    private readonly TypeInfo _typeInfo;
    private readonly ValidationRule[] _rules;
    private readonly SyntaxNode?[] _skipping;
    private readonly int[][] _enter;
    private readonly int[][] _leave;
    private ExecutableDefinitionNode? _currentDefinition;
    private bool _inVariableDefinition;

    // The nodes at which some rule is muted, innermost last; leaving any other node needs no unmuting pass.
    private readonly List<SyntaxNode> _mutedAt = [];

    public DocumentWalker(ValidationContext context, TypeInfo typeInfo, ValidationRule[] rules, DispatchTables tables)
    {
        _context = context;
        _typeInfo = typeInfo;
        _rules = rules;
        _skipping = new SyntaxNode?[rules.Length];
        _enter = tables.Enter;
        _leave = tables.Leave;
    }

    private enum Hook
    {
        Document,
        OperationDefinition,
        FragmentDefinition,
        VariableDefinition,
        SelectionSet,
        Field,
        FragmentSpread,
        InlineFragment,
        Directive,
        Argument,
        Value,
        ObjectField,
        NamedType,
    }

    /// <summary>
    /// The dispatch tables for a rule list, built once per list of rule factories (the rules a factory list
    /// creates are assumed to be of the same types every time).
    /// </summary>
    public static DispatchTables GetDispatchTables(ValidationRule[] rules, object rulesKey)
    {
        if (s_tables.TryGetValue(rulesKey, out DispatchTables? tables) && tables.RuleCount == rules.Length)
        {
            return tables;
        }

        tables = BuildDispatchTables(rules);
        s_tables.AddOrUpdate(rulesKey, tables);
        return tables;
    }

    private static DispatchTables BuildDispatchTables(ValidationRule[] rules)
    {
        var enter = new List<int>[HookCount];
        var leave = new List<int>[HookCount];
        for (int h = 0; h < HookCount; h++)
        {
            enter[h] = [];
            leave[h] = [];
        }

        for (int r = 0; r < rules.Length; r++)
        {
            (int enterMask, int leaveMask) = s_overrides.GetOrAdd(rules[r].GetType(), FindOverrides);
            for (int h = 0; h < HookCount; h++)
            {
                if ((enterMask & (1 << h)) != 0)
                {
                    enter[h].Add(r);
                }

                if ((leaveMask & (1 << h)) != 0)
                {
                    leave[h].Add(r);
                }
            }
        }

        var enterTable = new int[HookCount][];
        var leaveTable = new int[HookCount][];
        for (int h = 0; h < HookCount; h++)
        {
            enterTable[h] = [.. enter[h]];
            leaveTable[h] = [.. leave[h]];
        }

        return new DispatchTables(rules.Length, enterTable, leaveTable);
    }

    public sealed record DispatchTables(int RuleCount, int[][] Enter, int[][] Leave);

    private static (int Enter, int Leave) FindOverrides(Type ruleType)
    {
        int enterMask = 0;
        int leaveMask = 0;
        for (int h = 0; h < HookCount; h++)
        {
            if (IsOverridden(ruleType, "Enter" + s_hookNames[h]))
            {
                enterMask |= 1 << h;
            }

            if (IsOverridden(ruleType, "Leave" + s_hookNames[h]))
            {
                leaveMask |= 1 << h;
            }
        }

        return (enterMask, leaveMask);
    }

    private static bool IsOverridden(Type ruleType, string methodName)
    {
        MethodInfo? method = ruleType.GetMethod(methodName, BindingFlags.Public | BindingFlags.Instance);
        return method is not null && method.DeclaringType != typeof(ValidationRule);
    }

    public void Run()
    {
        DocumentNode document = _context.Document;
        int[] enter = _enter[(int)Hook.Document];
        for (int i = 0; i < enter.Length; i++)
        {
            int r = enter[i];
            if (_rules[r].EnterDocument(document, _context) == VisitAction.SkipChildren)
            {
                Mute(r, document);
            }
        }

        IReadOnlyList<DefinitionNode> definitions = document.Definitions;
        for (int i = 0; i < definitions.Count; i++)
        {
            switch (definitions[i])
            {
                case OperationDefinitionNode operation:
                    VisitOperation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    VisitFragmentDefinition(fragment);
                    break;
            }
        }

        int[] leave = _leave[(int)Hook.Document];
        for (int i = 0; i < leave.Length; i++)
        {
            int r = leave[i];
            if (_skipping[r] is null)
            {
                _rules[r].LeaveDocument(document, _context);
            }
        }
    }

    private void VisitOperation(OperationDefinitionNode node)
    {
        _currentDefinition = node;
        _typeInfo.Enter(node);
        int[] enter = _enter[(int)Hook.OperationDefinition];
        for (int i = 0; i < enter.Length; i++)
        {
            int r = enter[i];
            if (_skipping[r] is null && _rules[r].EnterOperationDefinition(node, _context) == VisitAction.SkipChildren)
            {
                Mute(r, node);
            }
        }

        IReadOnlyList<VariableDefinitionNode> variables = node.VariableDefinitions;
        for (int i = 0; i < variables.Count; i++)
        {
            VisitVariableDefinition(variables[i]);
        }

        VisitDirectives(node.Directives, node.Operation switch
        {
            OperationType.Mutation => DirectiveLocation.Mutation,
            OperationType.Subscription => DirectiveLocation.Subscription,
            _ => DirectiveLocation.Query,
        });
        VisitSelectionSet(node.SelectionSet);

        int[] leave = _leave[(int)Hook.OperationDefinition];
        for (int i = 0; i < leave.Length; i++)
        {
            int r = leave[i];
            if (_skipping[r] is null)
            {
                _rules[r].LeaveOperationDefinition(node, _context);
            }
        }

        Unskip(enter, node);
        _typeInfo.Leave(node);
        _currentDefinition = null;
    }

    private void VisitFragmentDefinition(FragmentDefinitionNode node)
    {
        _currentDefinition = node;
        _typeInfo.Enter(node);
        int[] enter = _enter[(int)Hook.FragmentDefinition];
        for (int i = 0; i < enter.Length; i++)
        {
            int r = enter[i];
            if (_skipping[r] is null && _rules[r].EnterFragmentDefinition(node, _context) == VisitAction.SkipChildren)
            {
                Mute(r, node);
            }
        }

        VisitNamedType(node.TypeCondition);
        VisitDirectives(node.Directives, DirectiveLocation.FragmentDefinition);
        VisitSelectionSet(node.SelectionSet);

        int[] leave = _leave[(int)Hook.FragmentDefinition];
        for (int i = 0; i < leave.Length; i++)
        {
            int r = leave[i];
            if (_skipping[r] is null)
            {
                _rules[r].LeaveFragmentDefinition(node, _context);
            }
        }

        Unskip(enter, node);
        _typeInfo.Leave(node);
        _currentDefinition = null;
    }

    private void VisitVariableDefinition(VariableDefinitionNode node)
    {
        _inVariableDefinition = true;
        _typeInfo.Enter(node);
        int[] enter = _enter[(int)Hook.VariableDefinition];
        for (int i = 0; i < enter.Length; i++)
        {
            int r = enter[i];
            if (_skipping[r] is null && _rules[r].EnterVariableDefinition(node, _context) == VisitAction.SkipChildren)
            {
                Mute(r, node);
            }
        }

        VisitValue(node.Variable);
        VisitNamedType(InnermostNamedType(node.Type));
        if (node.DefaultValue is { } defaultValue)
        {
            VisitValue(defaultValue);
        }

        VisitDirectives(node.Directives, DirectiveLocation.VariableDefinition);

        int[] leave = _leave[(int)Hook.VariableDefinition];
        for (int i = 0; i < leave.Length; i++)
        {
            int r = leave[i];
            if (_skipping[r] is null)
            {
                _rules[r].LeaveVariableDefinition(node, _context);
            }
        }

        Unskip(enter, node);
        _typeInfo.Leave(node);
        _inVariableDefinition = false;
    }

    private static NamedTypeNode InnermostNamedType(TypeNode type)
    {
        while (true)
        {
            switch (type)
            {
                case NamedTypeNode named:
                    return named;
                case ListTypeNode list:
                    type = list.Type;
                    break;
                case NonNullTypeNode nonNull:
                    type = nonNull.Type;
                    break;
                default:
                    throw new InvalidOperationException("Unknown type node " + type.Kind + ".");
            }
        }
    }

    private void VisitSelectionSet(SelectionSetNode node)
    {
        _typeInfo.Enter(node);
        int[] enter = _enter[(int)Hook.SelectionSet];
        for (int i = 0; i < enter.Length; i++)
        {
            int r = enter[i];
            if (_skipping[r] is null && _rules[r].EnterSelectionSet(node, _context) == VisitAction.SkipChildren)
            {
                Mute(r, node);
            }
        }

        IReadOnlyList<SelectionNode> selections = node.Selections;
        for (int i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    VisitField(field);
                    break;
                case FragmentSpreadNode spread:
                    VisitFragmentSpread(spread);
                    break;
                case InlineFragmentNode inline:
                    VisitInlineFragment(inline);
                    break;
            }
        }

        int[] leave = _leave[(int)Hook.SelectionSet];
        for (int i = 0; i < leave.Length; i++)
        {
            int r = leave[i];
            if (_skipping[r] is null)
            {
                _rules[r].LeaveSelectionSet(node, _context);
            }
        }

        Unskip(enter, node);
        _typeInfo.Leave(node);
    }

    private void VisitField(FieldNode node)
    {
        _typeInfo.Enter(node);
        int[] enter = _enter[(int)Hook.Field];
        for (int i = 0; i < enter.Length; i++)
        {
            int r = enter[i];
            if (_skipping[r] is null && _rules[r].EnterField(node, _context) == VisitAction.SkipChildren)
            {
                Mute(r, node);
            }
        }

        IReadOnlyList<ArgumentNode> arguments = node.Arguments;
        for (int i = 0; i < arguments.Count; i++)
        {
            VisitArgument(arguments[i]);
        }

        VisitDirectives(node.Directives, DirectiveLocation.Field);
        if (node.SelectionSet is { } selectionSet)
        {
            VisitSelectionSet(selectionSet);
        }

        int[] leave = _leave[(int)Hook.Field];
        for (int i = 0; i < leave.Length; i++)
        {
            int r = leave[i];
            if (_skipping[r] is null)
            {
                _rules[r].LeaveField(node, _context);
            }
        }

        Unskip(enter, node);
        _typeInfo.Leave(node);
    }

    private void VisitFragmentSpread(FragmentSpreadNode node)
    {
        int[] enter = _enter[(int)Hook.FragmentSpread];
        for (int i = 0; i < enter.Length; i++)
        {
            int r = enter[i];
            if (_skipping[r] is null && _rules[r].EnterFragmentSpread(node, _context) == VisitAction.SkipChildren)
            {
                Mute(r, node);
            }
        }

        VisitDirectives(node.Directives, DirectiveLocation.FragmentSpread);

        int[] leave = _leave[(int)Hook.FragmentSpread];
        for (int i = 0; i < leave.Length; i++)
        {
            int r = leave[i];
            if (_skipping[r] is null)
            {
                _rules[r].LeaveFragmentSpread(node, _context);
            }
        }

        Unskip(enter, node);
    }

    private void VisitInlineFragment(InlineFragmentNode node)
    {
        _typeInfo.Enter(node);
        int[] enter = _enter[(int)Hook.InlineFragment];
        for (int i = 0; i < enter.Length; i++)
        {
            int r = enter[i];
            if (_skipping[r] is null && _rules[r].EnterInlineFragment(node, _context) == VisitAction.SkipChildren)
            {
                Mute(r, node);
            }
        }

        if (node.TypeCondition is { } typeCondition)
        {
            VisitNamedType(typeCondition);
        }

        VisitDirectives(node.Directives, DirectiveLocation.InlineFragment);
        VisitSelectionSet(node.SelectionSet);

        int[] leave = _leave[(int)Hook.InlineFragment];
        for (int i = 0; i < leave.Length; i++)
        {
            int r = leave[i];
            if (_skipping[r] is null)
            {
                _rules[r].LeaveInlineFragment(node, _context);
            }
        }

        Unskip(enter, node);
        _typeInfo.Leave(node);
    }

    private void VisitDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        if (directives.Count == 0)
        {
            return;
        }

        for (int d = 0; d < directives.Count; d++)
        {
            DirectiveNode node = directives[d];
            _context.CurrentDirectiveLocation = location;
            _typeInfo.Enter(node);
            int[] enter = _enter[(int)Hook.Directive];
            for (int i = 0; i < enter.Length; i++)
            {
                int r = enter[i];
                if (_skipping[r] is null && _rules[r].EnterDirective(node, _context) == VisitAction.SkipChildren)
                {
                    Mute(r, node);
                }
            }

            IReadOnlyList<ArgumentNode> arguments = node.Arguments;
            for (int i = 0; i < arguments.Count; i++)
            {
                VisitArgument(arguments[i]);
            }

            int[] leave = _leave[(int)Hook.Directive];
            for (int i = 0; i < leave.Length; i++)
            {
                int r = leave[i];
                if (_skipping[r] is null)
                {
                    _rules[r].LeaveDirective(node, _context);
                }
            }

            Unskip(enter, node);
            _typeInfo.Leave(node);
            _context.CurrentDirectiveLocation = DirectiveLocation.None;
        }
    }

    private void VisitArgument(ArgumentNode node)
    {
        _typeInfo.Enter(node);
        int[] enter = _enter[(int)Hook.Argument];
        for (int i = 0; i < enter.Length; i++)
        {
            int r = enter[i];
            if (_skipping[r] is null && _rules[r].EnterArgument(node, _context) == VisitAction.SkipChildren)
            {
                Mute(r, node);
            }
        }

        VisitValue(node.Value);

        int[] leave = _leave[(int)Hook.Argument];
        for (int i = 0; i < leave.Length; i++)
        {
            int r = leave[i];
            if (_skipping[r] is null)
            {
                _rules[r].LeaveArgument(node, _context);
            }
        }

        Unskip(enter, node);
        _typeInfo.Leave(node);
    }

    private void VisitValue(ValueNode node)
    {
        _typeInfo.Enter(node);
        if (node is VariableNode variable && _currentDefinition is not null && !_inVariableDefinition)
        {
            _context.RecordVariableUsage(_currentDefinition, variable);
        }

        int[] enter = _enter[(int)Hook.Value];
        for (int i = 0; i < enter.Length; i++)
        {
            int r = enter[i];
            if (_skipping[r] is null && _rules[r].EnterValue(node, _context) == VisitAction.SkipChildren)
            {
                Mute(r, node);
            }
        }

        if (node is ListValueNode list)
        {
            IReadOnlyList<ValueNode> values = list.Values;
            for (int i = 0; i < values.Count; i++)
            {
                VisitValue(values[i]);
            }
        }
        else if (node is ObjectValueNode objectValue)
        {
            IReadOnlyList<ObjectFieldNode> fields = objectValue.Fields;
            for (int i = 0; i < fields.Count; i++)
            {
                VisitObjectField(fields[i]);
            }
        }

        int[] leave = _leave[(int)Hook.Value];
        for (int i = 0; i < leave.Length; i++)
        {
            int r = leave[i];
            if (_skipping[r] is null)
            {
                _rules[r].LeaveValue(node, _context);
            }
        }

        Unskip(enter, node);
        _typeInfo.Leave(node);
    }

    private void VisitObjectField(ObjectFieldNode node)
    {
        _typeInfo.Enter(node);
        int[] enter = _enter[(int)Hook.ObjectField];
        for (int i = 0; i < enter.Length; i++)
        {
            int r = enter[i];
            if (_skipping[r] is null && _rules[r].EnterObjectField(node, _context) == VisitAction.SkipChildren)
            {
                Mute(r, node);
            }
        }

        VisitValue(node.Value);

        int[] leave = _leave[(int)Hook.ObjectField];
        for (int i = 0; i < leave.Length; i++)
        {
            int r = leave[i];
            if (_skipping[r] is null)
            {
                _rules[r].LeaveObjectField(node, _context);
            }
        }

        Unskip(enter, node);
        _typeInfo.Leave(node);
    }

    private void VisitNamedType(NamedTypeNode node)
    {
        int[] enter = _enter[(int)Hook.NamedType];
        for (int i = 0; i < enter.Length; i++)
        {
            int r = enter[i];
            if (_skipping[r] is null && _rules[r].EnterNamedType(node, _context) == VisitAction.SkipChildren)
            {
                Mute(r, node);
            }
        }

        int[] leave = _leave[(int)Hook.NamedType];
        for (int i = 0; i < leave.Length; i++)
        {
            int r = leave[i];
            if (_skipping[r] is null)
            {
                _rules[r].LeaveNamedType(node, _context);
            }
        }

        Unskip(enter, node);
    }

    private void Mute(int rule, SyntaxNode node)
    {
        _skipping[rule] = node;
        if (_mutedAt.Count == 0 || !ReferenceEquals(_mutedAt[^1], node))
        {
            _mutedAt.Add(node);
        }
    }

    private void Unskip(int[] enterRules, SyntaxNode node)
    {
        if (_mutedAt.Count == 0 || !ReferenceEquals(_mutedAt[^1], node))
        {
            return;
        }

        _mutedAt.RemoveAt(_mutedAt.Count - 1);
        for (int i = 0; i < enterRules.Length; i++)
        {
            int r = enterRules[i];
            if (ReferenceEquals(_skipping[r], node))
            {
                _skipping[r] = null;
            }
        }
    }
}
