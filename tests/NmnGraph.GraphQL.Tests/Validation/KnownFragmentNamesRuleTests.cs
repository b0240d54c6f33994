using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class KnownFragmentNamesRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new KnownFragmentNamesRule());

    [Fact]
    public void Known_fragment_names_are_valid() => s_harness.ExpectValid(
        """
        {
          human(id: 4) {
            ...HumanFields1
            ... on Human { ...HumanFields2 }
            ... { name }
          }
        }
        fragment HumanFields1 on Human { name ...HumanFields3 }
        fragment HumanFields2 on Human { name }
        fragment HumanFields3 on Human { name }
        """);

    [Fact]
    public void Unknown_fragment_names_are_invalid() => s_harness.ExpectErrors(
        """
        {
          human(id: 4) {
            ...UnknownFragment1
            ... on Human {
              ...UnknownFragment2
            }
          }
        }
        fragment HumanFields on Human {
          name
          ...UnknownFragment3
        }
        """,
        ("Unknown fragment \"UnknownFragment1\".", [(3, 8)]),
        ("Unknown fragment \"UnknownFragment2\".", [(5, 10)]),
        ("Unknown fragment \"UnknownFragment3\".", [(11, 6)]));
}
