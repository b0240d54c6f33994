using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;
using NmnGraph.GraphQL.Validation;

namespace NmnGraph.GraphQL.Tests.Validation;

/// <summary>Runs one rule (or all specified rules) over a document and compares messages and locations exactly.</summary>
internal sealed class ValidationHarness
{
    private readonly Func<ValidationRule>? _rule;
    private readonly Schema _schema;

    public ValidationHarness(Func<ValidationRule>? rule, Schema? schema = null)
    {
        _rule = rule;
        _schema = schema ?? TestSchema.Instance;
    }

    public static Schema BuildSchema(string sdl) => SchemaBuilder.FromDocument(Parser.Parse(sdl)).Build();

    public IReadOnlyList<GraphQLError> Validate(string document, ValidationOptions? options = null)
    {
        options ??= _rule is null ? new ValidationOptions() : new ValidationOptions { Rules = [_rule] };
        return DocumentValidator.Validate(_schema, Parser.Parse(document), options);
    }

    public void ExpectValid(string document) => ExpectErrors(document);

    public void ExpectErrors(string document, params (string Message, (int Line, int Column)[] Locations)[] expected)
    {
        IReadOnlyList<GraphQLError> errors = Validate(document);
        string actualText = Describe(errors);
        var expectedLines = new List<string>();
        foreach ((string message, (int Line, int Column)[] locations) in expected)
        {
            expectedLines.Add(message + " @ " + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}")));
        }

        Assert.Equal(string.Join("\n", expectedLines), actualText);
    }

    private static string Describe(IReadOnlyList<GraphQLError> errors)
    {
        var lines = new List<string>();
        foreach (GraphQLError error in errors)
        {
            string locations = error.Locations is null ? string.Empty : string.Join(", ", error.Locations.Select(l => $"{l.Line}:{l.Column}"));
            lines.Add(error.Message + " @ " + locations);
        }

        return string.Join("\n", lines);
    }
}
