using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new ProvidedRequiredArgumentsRule());

    [Fact]
    public void Ignores_unknown_arguments_and_fields() => s_harness.ExpectValid("{ dog { isHouseTrained(unknownArgument: true) unknown(x: 1) } }");

    [Fact]
    public void Optional_and_defaulted_arguments_may_be_omitted() => s_harness.ExpectValid(
        """
        {
          dog { isHouseTrained }
          complicatedArgs {
            multipleOpts
            nonNullFieldWithDefault
            multipleOptAndReq(req1: 3, req2: 4)
          }
        }
        """);

    [Fact]
    public void Missing_one_non_nullable_argument() => s_harness.ExpectErrors(
        "{ complicatedArgs { multipleReqs(req2: 2) } }",
        ("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", [(1, 21)]));

    [Fact]
    public void Missing_multiple_non_nullable_arguments() => s_harness.ExpectErrors(
        "{ complicatedArgs { multipleReqs } }",
        ("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", [(1, 21)]),
        ("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", [(1, 21)]));

    [Fact]
    public void Missing_required_argument_of_nested_field_is_reported_first() => s_harness.ExpectErrors(
        """
        {
          complicatedArgs {
            multipleReqs(req1: 1)
          }
        }
        """,
        ("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", [(3, 5)]));

    [Fact]
    public void Directive_with_required_arguments() => s_harness.ExpectValid("{ dog @include(if: true) { name } human @skip(if: false) { name } }");

    [Fact]
    public void Directive_with_missing_arguments() => s_harness.ExpectErrors(
        """
        {
          dog @include {
            name @skip
          }
          cat @withArgs(optional: 2) { name }
        }
        """,
        ("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", [(2, 7)]),
        ("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", [(3, 10)]),
        ("Directive \"@withArgs\" argument \"required\" of type \"String!\" is required, but it was not provided.", [(5, 7)]));
}
