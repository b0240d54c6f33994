using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class ScalarLeafsRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new ScalarLeafsRule());

    [Fact]
    public void Valid_scalar_selection() => s_harness.ExpectValid("fragment scalarSelection on Dog { barks }");

    [Fact]
    public void Object_type_missing_selection() => s_harness.ExpectErrors(
        "query directQueryOnObjectWithoutSubFields { human }",
        ("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", [(1, 45)]));

    [Fact]
    public void Interface_type_missing_selection() => s_harness.ExpectErrors(
        "{ human { pets } }",
        ("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", [(1, 11)]));

    [Fact]
    public void Non_null_list_missing_selection() => s_harness.ExpectErrors(
        "{ human { relatives } }",
        ("Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", [(1, 11)]));

    [Fact]
    public void Valid_scalar_selection_with_args() => s_harness.ExpectValid("fragment scalarSelectionWithArgs on Dog { doesKnowCommand(dogCommand: SIT) }");

    [Fact]
    public void Scalar_selection_not_allowed_on_boolean() => s_harness.ExpectErrors(
        "fragment scalarSelectionsNotAllowedOnBoolean on Dog { barks { sinceWhen } }",
        ("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", [(1, 61)]));

    [Fact]
    public void Scalar_selection_not_allowed_on_enum() => s_harness.ExpectErrors(
        "fragment scalarSelectionsNotAllowedOnEnum on Cat { furColor { inHexDec } }",
        ("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", [(1, 61)]));

    [Fact]
    public void Scalar_selection_with_args_and_directives() => s_harness.ExpectErrors(
        "fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog { doesKnowCommand(dogCommand: SIT) @include(if: true) { sinceWhen } }",
        ("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", [(1, 119)]));
}
