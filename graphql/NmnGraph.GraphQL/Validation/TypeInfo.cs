using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation;

/// <summary>
/// What the walk currently sits in (graphql-js TypeInfo): the output type, parent type and field definition, the
/// expected input type and default value, the directive and argument. <see cref="DocumentWalker"/> moves it along
/// before each rule's Enter and after each rule's Leave; rules read it through <see cref="ValidationContext"/>.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<IType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<IType?> _inputTypeStack = [];
    private readonly List<OutputField?> _fieldDefinitionStack = [];
    private readonly List<ValueNode?> _defaultValueStack = [];

    // A variable that is directly the value of an input object field, while the walk is on it.
    private VariableNode? _objectFieldVariable;

    public TypeInfo(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
    }

    /// <summary>The output type of the current field, fragment or operation; null when unknown.</summary>
    public IType? Type => _typeStack.Count > 0 ? _typeStack[^1] : null;

    /// <summary>The composite type whose selection set the walk is in; null when unknown or not composite.</summary>
    public NamedType? ParentType => _parentTypeStack.Count > 0 ? _parentTypeStack[^1] : null;

    /// <summary>The input type expected at the current argument, variable definition, list item or input field.</summary>
    public IType? InputType => _inputTypeStack.Count > 0 ? _inputTypeStack[^1] : null;

    /// <summary>The input type enclosing <see cref="InputType"/> (the list or input object type around it).</summary>
    public IType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the current field; null when unknown.</summary>
    public OutputField? FieldDefinition => _fieldDefinitionStack.Count > 0 ? _fieldDefinitionStack[^1] : null;

    /// <summary>The default value of the current argument or input field, if it has one.</summary>
    public ValueNode? DefaultValue => _defaultValueStack.Count > 0 ? _defaultValueStack[^1] : null;

    /// <summary>The definition of the directive the walk is in; null when unknown or outside directives.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The definition of the current argument; null when unknown.</summary>
    public InputValue? Argument { get; private set; }

    /// <summary>The <c>@oneOf</c> input object a variable is directly a field value of; null otherwise.</summary>
    internal InputObjectType? OneOfParentOf(VariableNode node) =>
        ReferenceEquals(node, _objectFieldVariable) && SchemaAccess.GetNamedType(ParentInputType) is InputObjectType { IsOneOf: true } oneOf
            ? oneOf
            : null;

    internal void Enter(OperationDefinitionNode node)
    {
        _typeStack.Add(SchemaAccess.GetRootType(_schema, node.Operation));
    }

    internal void Leave(OperationDefinitionNode node) => Pop(_typeStack);

    internal void Enter(FragmentDefinitionNode node)
    {
        NamedType? type = SchemaAccess.GetType(_schema, node.TypeCondition.Name.Value);
        _typeStack.Add(SchemaAccess.IsOutputType(type) ? type : null);
    }

    internal void Leave(FragmentDefinitionNode node) => Pop(_typeStack);

    internal void Enter(InlineFragmentNode node)
    {
        IType? type = node.TypeCondition is { } condition
            ? SchemaAccess.GetType(_schema, condition.Name.Value)
            : SchemaAccess.GetNamedType(Type);
        _typeStack.Add(SchemaAccess.IsOutputType(type) ? type : null);
    }

    internal void Leave(InlineFragmentNode node) => Pop(_typeStack);

    internal void Enter(VariableDefinitionNode node)
    {
        IType? type = SchemaAccess.TypeFromAst(_schema, node.Type);
        _inputTypeStack.Add(SchemaAccess.IsInputType(type) ? type : null);
    }

    internal void Leave(VariableDefinitionNode node) => Pop(_inputTypeStack);

    internal void Enter(SelectionSetNode node)
    {
        NamedType? named = SchemaAccess.GetNamedType(Type);
        _parentTypeStack.Add(SchemaAccess.IsCompositeType(named) ? named : null);
    }

    internal void Leave(SelectionSetNode node) => Pop(_parentTypeStack);

    internal void Enter(FieldNode node)
    {
        NamedType? parent = ParentType;
        OutputField? field = parent is null ? null : SchemaAccess.GetFieldDefinition(_schema, parent, node.Name.Value);
        _fieldDefinitionStack.Add(field);
        _typeStack.Add(field?.Type);
    }

    internal void Leave(FieldNode node)
    {
        Pop(_fieldDefinitionStack);
        Pop(_typeStack);
    }

    internal void Enter(DirectiveNode node)
    {
        Directive = SchemaAccess.GetDirective(_schema, node.Name.Value);
    }

    internal void Leave(DirectiveNode node) => Directive = null;

    internal void Enter(ArgumentNode node)
    {
        InputValue? argument = null;
        if (Directive is { } directive)
        {
            argument = directive.Arguments.Find(node.Name.Value);
        }
        else if (FieldDefinition is { } field)
        {
            argument = field.Arguments.Find(node.Name.Value);
        }

        Argument = argument;
        _defaultValueStack.Add(argument?.DefaultValue);
        _inputTypeStack.Add(argument is not null && SchemaAccess.IsInputType(argument.Type) ? argument.Type : null);
    }

    internal void Leave(ArgumentNode node)
    {
        Argument = null;
        Pop(_defaultValueStack);
        Pop(_inputTypeStack);
    }

    internal void Enter(ValueNode node)
    {
        if (node is ListValueNode)
        {
            IType? listType = SchemaAccess.GetNullableType(InputType);
            IType? itemType = listType is ListType list ? list.OfType : listType;
            _defaultValueStack.Add(null);
            _inputTypeStack.Add(SchemaAccess.IsInputType(itemType) ? itemType : null);
        }
    }

    internal void Leave(ValueNode node)
    {
        if (node is ListValueNode)
        {
            Pop(_defaultValueStack);
            Pop(_inputTypeStack);
        }
    }

    internal void Enter(ObjectFieldNode node)
    {
        InputValue? field = null;
        if (SchemaAccess.GetNamedType(InputType) is InputObjectType objectType)
        {
            field = objectType.Fields.Find(node.Name.Value);
        }

        _defaultValueStack.Add(field?.DefaultValue);
        _inputTypeStack.Add(field is not null && SchemaAccess.IsInputType(field.Type) ? field.Type : null);
        _objectFieldVariable = node.Value as VariableNode;
    }

    internal void Leave(ObjectFieldNode node)
    {
        Pop(_defaultValueStack);
        Pop(_inputTypeStack);
        _objectFieldVariable = null;
    }

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
