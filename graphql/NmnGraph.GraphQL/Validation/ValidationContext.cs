using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation;

/// <summary>
/// The state shared by all rules during one validation (graphql-js ValidationContext): the schema and document, the
/// errors, what the walk currently sits in (read from its <see cref="Validation.TypeInfo"/>), and cached lookups of
/// fragments and variable usages. <see cref="DocumentWalker"/> drives the rules over the document.
/// </summary>
public sealed partial class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly int _maxErrors;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;

    internal ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, int maxErrors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        _maxErrors = maxErrors;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    /// <summary>Where the walk is in the type system.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>The output type of the current field, fragment or operation; null when unknown.</summary>
    public IType? Type => TypeInfo.Type;

    /// <summary>The composite type whose selection set the walk is in; null when unknown or not composite.</summary>
    public NamedType? ParentType => TypeInfo.ParentType;

    /// <summary>The input type expected at the current argument, variable definition, list item or input field.</summary>
    public IType? InputType => TypeInfo.InputType;

    /// <summary>The input type enclosing <see cref="InputType"/> (the list or input object type around it).</summary>
    public IType? ParentInputType => TypeInfo.ParentInputType;

    /// <summary>The definition of the current field; null when unknown.</summary>
    public OutputField? FieldDefinition => TypeInfo.FieldDefinition;

    /// <summary>The default value of the current argument or input field, if it has one.</summary>
    public ValueNode? DefaultValue => TypeInfo.DefaultValue;

    /// <summary>The definition of the directive the walk is in; null when unknown or outside directives.</summary>
    public DirectiveDefinition? Directive => TypeInfo.Directive;

    /// <summary>The definition of the current argument; null when unknown.</summary>
    public InputValue? Argument => TypeInfo.Argument;

    /// <summary>Where the directive being visited is applied (graphql-js getDirectiveLocationForASTPath).</summary>
    public DirectiveLocation CurrentDirectiveLocation { get; internal set; }

    internal List<GraphQLError> Errors => _errors;

    /// <summary>Records an error; once more than the configured maximum arrive, validation aborts.</summary>
    public void Report(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(ErrorMessages.TooManyValidationErrors());
            throw new ValidationAbortedException();
        }

        _errors.Add(error);
    }

    /// <summary>The fragment definition with this name (the first one if the name is defined twice).</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (DefinitionNode definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments.TryAdd(fragment.Name.Value, fragment);
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    internal sealed class ValidationAbortedException : Exception
    {
    }
}
