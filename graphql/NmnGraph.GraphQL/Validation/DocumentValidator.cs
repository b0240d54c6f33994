using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec §5 Validation): every rule of
/// <see cref="SpecifiedRules"/> (or the rules given in the options) runs over one shared traversal.
/// An instance is the executor's validation step: <c>new RequestExecutorOptions { Validator = DocumentValidator.Default }</c>.
/// </summary>
public sealed class DocumentValidator : IDocumentValidator
{
    private static readonly ValidationOptions s_defaultOptions = new();
    private readonly ValidationOptions _options;

    public DocumentValidator(ValidationOptions? options = null)
    {
        _options = options ?? s_defaultOptions;
    }

    /// <summary>Runs the specified rules with the default error limit.</summary>
    public static DocumentValidator Default { get; } = new();

    IReadOnlyList<GraphQLError> IDocumentValidator.Validate(Schema schema, DocumentNode document) => Validate(schema, document, _options);

    /// <summary>
    /// Returns the validation errors of the document, in the order the rules found them; empty if it is valid.
    /// At most <see cref="ValidationOptions.MaxErrors"/> errors are reported, followed by a note that validation aborted.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= s_defaultOptions;
        IReadOnlyList<Func<ValidationRule>> factories = options.Rules ?? SpecifiedRules.All;
        var rules = new ValidationRule[factories.Count];
        for (int i = 0; i < rules.Length; i++)
        {
            rules[i] = factories[i]();
        }

        DocumentWalker.DispatchTables tables = DocumentWalker.GetDispatchTables(rules, factories);
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, options.MaxErrors);
        try
        {
            new DocumentWalker(context, typeInfo, rules, tables).Run();
        }
        catch (ValidationContext.ValidationAbortedException)
        {
            // The error limit was reached; the errors so far and the abort note are the result.
        }

        return context.Errors.Count == 0 ? [] : context.Errors;
    }
}
