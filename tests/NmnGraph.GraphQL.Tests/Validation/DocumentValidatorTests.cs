using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Validation;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    private static readonly ValidationHarness s_allRules = new(null);

    [Fact]
    public void Valid_document_passes_every_rule() => s_allRules.ExpectValid(
        """
        query Q($id: ID, $skip: Boolean = false, $input: ComplexInput) {
          human(id: $id) {
            name
            pets {
              ... on Dog { barkVolume isHouseTrained(atOtherHomes: $skip) }
              ...CatFields @skip(if: $skip)
            }
          }
          complicatedArgs {
            complexArgField(complexArg: $input)
            oneOfArgField(oneOfArg: { intField: 3 })
          }
          __typename
        }
        fragment CatFields on Cat { meows furColor }
        subscription S { catSubscribe { name } }
        """);

    [Fact]
    public void Errors_of_several_rules_are_reported_together() => s_allRules.ExpectErrors(
        """
        query Q($unused: Int) {
          dog { nam }
          cat { ...Missing }
        }
        """,
        ("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", [(2, 9)]),
        ("Unknown fragment \"Missing\".", [(3, 12)]),
        ("Variable \"$unused\" is never used in operation \"Q\".", [(1, 9)]));

    [Fact]
    public void Errors_carry_the_spec_section_that_requires_them()
    {
        IReadOnlyList<GraphQLError> errors = s_allRules.Validate("{ dog { nam } }");
        GraphQLError error = Assert.Single(errors);
        Assert.NotNull(error.Extensions);
        Assert.Equal("https://spec.graphql.org/September2025/#sec-Field-Selections", error.Extensions["specifiedBy"]);
    }

    [Fact]
    public void Validation_stops_after_max_errors()
    {
        IReadOnlyList<GraphQLError> errors = s_allRules.Validate(
            "{ dog { a b c d } }",
            new ValidationOptions { MaxErrors = 2 });

        Assert.Equal(3, errors.Count);
        Assert.Equal("Cannot query field \"a\" on type \"Dog\".", errors[0].Message);
        Assert.Equal("Cannot query field \"b\" on type \"Dog\".", errors[1].Message);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[2].Message);
        Assert.Null(errors[2].Locations);
    }

    [Fact]
    public void Exactly_max_errors_is_not_aborted()
    {
        IReadOnlyList<GraphQLError> errors = s_allRules.Validate(
            "{ dog { a b } }",
            new ValidationOptions { MaxErrors = 2 });

        Assert.Equal(["Cannot query field \"a\" on type \"Dog\".", "Cannot query field \"b\" on type \"Dog\"."], errors.Select(e => e.Message));
    }

    [Fact]
    public void The_default_limit_is_one_hundred_errors()
    {
        string fields = string.Join(" ", Enumerable.Range(0, 150).Select(i => "f" + i));
        IReadOnlyList<GraphQLError> errors = s_allRules.Validate("{ dog { " + fields + " } }");

        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
    }

    [Fact]
    public void Works_as_the_executor_validation_step()
    {
        IDocumentValidator validator = DocumentValidator.Default;
        IReadOnlyList<GraphQLError> errors = validator.Validate(TestSchema.Instance, Parser.Parse("query { dog { name } } query { cat { name } }"));

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("This anonymous operation must be the only defined operation.", e.Message));
    }

    [Fact]
    public void Specified_rules_are_all_distinct()
    {
        var types = SpecifiedRules.All.Select(factory => factory().GetType()).ToList();
        Assert.Equal(types.Count, types.Distinct().Count());
        Assert.Equal(27, types.Count);
    }
}
