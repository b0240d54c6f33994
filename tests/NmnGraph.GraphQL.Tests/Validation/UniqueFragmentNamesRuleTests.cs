using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new UniqueFragmentNamesRule());

    [Fact]
    public void Many_fragments() => s_harness.ExpectValid(
        """
        { dog { ...fragA ...fragB ...fragC } }
        fragment fragA on Dog { name }
        fragment fragB on Dog { nickname }
        fragment fragC on Dog { barkVolume }
        """);

    [Fact]
    public void Inline_fragments_are_always_unique() => s_harness.ExpectValid(
        """
        { dogOrHuman { ...on Dog { name } ...on Dog { barkVolume } } }
        """);

    [Fact]
    public void Fragments_named_the_same() => s_harness.ExpectErrors(
        """
        { dog { ...fragA } }
        fragment fragA on Dog { name }
        fragment fragA on Dog { barkVolume }
        """,
        ("There can be only one fragment named \"fragA\".", [(2, 10), (3, 10)]));

    [Fact]
    public void Fragments_named_the_same_without_being_referenced() => s_harness.ExpectErrors(
        """
        fragment fragA on Dog { name }
        fragment fragA on Dog { barkVolume }
        fragment fragA on Dog { nickname }
        """,
        ("There can be only one fragment named \"fragA\".", [(1, 10), (2, 10)]),
        ("There can be only one fragment named \"fragA\".", [(1, 10), (3, 10)]));
}
