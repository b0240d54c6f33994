using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation;

/// <summary>
/// The state shared by all rules during one validation: the schema and document, the errors, what the walk
/// currently sits in (parent type, field, input type, argument, directive, as graphql-js TypeInfo), and cached
/// lookups of fragments and variable usages.
/// </summary>
public sealed partial class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly int _maxErrors;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;

    internal ValidationContext(Schema schema, DocumentNode document, ValidationRule[] rules, DispatchTables tables, int maxErrors)
    {
        Schema = schema;
        Document = document;
        _rules = rules;
        _maxErrors = maxErrors;
        _skipping = new SyntaxNode?[rules.Length];
        _enter = tables.Enter;
        _leave = tables.Leave;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

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
