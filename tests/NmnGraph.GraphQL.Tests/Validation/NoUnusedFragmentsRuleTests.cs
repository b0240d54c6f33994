using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class NoUnusedFragmentsRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new NoUnusedFragmentsRule());

    [Fact]
    public void All_fragment_names_are_used() => s_harness.ExpectValid(
        """
        {
          human(id: 4) {
            ...HumanFields1
            ... on Human { ...HumanFields2 }
          }
        }
        fragment HumanFields1 on Human { name ...HumanFields3 }
        fragment HumanFields2 on Human { name }
        fragment HumanFields3 on Human { name }
        """);

    [Fact]
    public void All_fragment_names_are_used_by_multiple_operations() => s_harness.ExpectValid(
        """
        query Foo { human(id: 4) { ...HumanFields1 } }
        query Bar { human(id: 4) { ...HumanFields2 } }
        fragment HumanFields1 on Human { name ...HumanFields3 }
        fragment HumanFields2 on Human { name }
        fragment HumanFields3 on Human { name }
        """);

    [Fact]
    public void Contains_unknown_fragments() => s_harness.ExpectErrors(
        """
        query Foo { human(id: 4) { ...HumanFields1 } }
        fragment HumanFields1 on Human { name ...HumanFields3 }
        fragment HumanFields3 on Human { name }
        fragment Unused1 on Human { name }
        fragment Unused2 on Human { name }
        """,
        ("Fragment \"Unused1\" is never used.", [(4, 1)]),
        ("Fragment \"Unused2\" is never used.", [(5, 1)]));

    [Fact]
    public void Contains_unknown_fragments_with_reference_cycle() => s_harness.ExpectErrors(
        """
        query Foo { human(id: 4) { ...HumanFields1 } }
        fragment HumanFields1 on Human { name ...HumanFields3 }
        fragment HumanFields3 on Human { name }
        fragment Unused1 on Human { name ...Unused2 }
        fragment Unused2 on Human { name ...Unused1 }
        """,
        ("Fragment \"Unused1\" is never used.", [(4, 1)]),
        ("Fragment \"Unused2\" is never used.", [(5, 1)]));

    [Fact]
    public void Contains_unknown_and_undef_fragments() => s_harness.ExpectErrors(
        """
        query Foo { human(id: 4) { ...bar } }
        fragment foo on Human { name }
        """,
        ("Fragment \"foo\" is never used.", [(2, 1)]));
}
