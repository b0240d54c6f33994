using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class KnownArgumentNamesRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new KnownArgumentNamesRule());

    [Fact]
    public void Single_and_multiple_args_are_known() => s_harness.ExpectValid(
        """
        fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }
        fragment multipleArgs on ComplicatedArgs { multipleReqs(req1: 1, req2: 2) }
        fragment multipleArgsReverseOrder on ComplicatedArgs { multipleReqs(req2: 2, req1: 1) }
        """);

    [Fact]
    public void Args_on_unknown_field_are_ignored() => s_harness.ExpectValid("fragment argOnUnknownField on Dog { unknownField(unknownArg: SIT) }");

    [Fact]
    public void Directive_args_are_known() => s_harness.ExpectValid("{ dog @skip(if: true) { name } }");

    [Fact]
    public void Unknown_directive_args_are_ignored() => s_harness.ExpectValid("{ dog @unknown(unknownArg: true) { name } }");

    [Fact]
    public void Misspelled_directive_args_are_reported() => s_harness.ExpectErrors(
        "{ dog @skip(iff: true) { name } }",
        ("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", [(1, 13)]));

    [Fact]
    public void Invalid_arg_name() => s_harness.ExpectErrors(
        "fragment invalidArgName on Dog { doesKnowCommand(unknown: true) }",
        ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", [(1, 50)]));

    [Fact]
    public void Misspelled_arg_name_is_reported() => s_harness.ExpectErrors(
        "fragment invalidArgName on Dog { doesKnowCommand(DogCommand: true) }",
        ("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", [(1, 50)]));

    [Fact]
    public void Unknown_args_amongst_known_args() => s_harness.ExpectErrors(
        "fragment oneGoodArgOneInvalidArg on Dog { doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true) }",
        ("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", [(1, 59)]),
        ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", [(1, 89)]));

    [Fact]
    public void Unknown_args_deeply() => s_harness.ExpectErrors(
        """
        {
          dog {
            doesKnowCommand(unknown: true)
          }
          human {
            pets {
              ... on Dog {
                doesKnowCommand(unknown: true)
              }
            }
          }
        }
        """,
        ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", [(3, 21)]),
        ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", [(8, 25)]));
}
