using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class NoFragmentCyclesRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new NoFragmentCyclesRule());

    [Fact]
    public void Single_reference_is_valid() => s_harness.ExpectValid(
        """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { name }
        """);

    [Fact]
    public void Spreading_twice_indirectly_is_not_circular() => s_harness.ExpectValid(
        """
        fragment fragA on Dog { ...fragB ...fragC }
        fragment fragB on Dog { ...fragC }
        fragment fragC on Dog { name }
        """);

    [Fact]
    public void Unknown_fragment_is_not_a_cycle() => s_harness.ExpectValid("fragment nameFragment on Pet { ...UnknownFragment }");

    [Fact]
    public void Spreading_recursively_within_field_fails() => s_harness.ExpectErrors(
        "fragment fragA on Human { relatives { ...fragA } },",
        ("Cannot spread fragment \"fragA\" within itself.", [(1, 39)]));

    [Fact]
    public void No_spreading_itself_directly() => s_harness.ExpectErrors(
        "fragment fragA on Dog { ...fragA }",
        ("Cannot spread fragment \"fragA\" within itself.", [(1, 25)]));

    [Fact]
    public void No_spreading_itself_directly_within_inline_fragment() => s_harness.ExpectErrors(
        """
        fragment fragA on Pet {
          ... on Dog {
            ...fragA
          }
        }
        """,
        ("Cannot spread fragment \"fragA\" within itself.", [(3, 5)]));

    [Fact]
    public void No_spreading_itself_indirectly() => s_harness.ExpectErrors(
        """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { ...fragA }
        """,
        ("Cannot spread fragment \"fragA\" within itself via \"fragB\".", [(1, 25), (2, 25)]));

    [Fact]
    public void No_spreading_itself_deeply() => s_harness.ExpectErrors(
        """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { ...fragC }
        fragment fragC on Dog { ...fragO }
        fragment fragX on Dog { ...fragY }
        fragment fragY on Dog { ...fragZ }
        fragment fragZ on Dog { ...fragO }
        fragment fragO on Dog { ...fragP }
        fragment fragP on Dog { ...fragA, ...fragX }
        """,
        ("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", [(1, 25), (2, 25), (3, 25), (7, 25), (8, 25)]),
        ("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", [(7, 25), (8, 35), (4, 25), (5, 25), (6, 25)]));

    [Fact]
    public void No_spreading_itself_deeply_two_paths() => s_harness.ExpectErrors(
        """
        fragment fragA on Dog { ...fragB, ...fragC }
        fragment fragB on Dog { ...fragA }
        fragment fragC on Dog { ...fragA }
        """,
        ("Cannot spread fragment \"fragA\" within itself via \"fragB\".", [(1, 25), (2, 25)]),
        ("Cannot spread fragment \"fragA\" within itself via \"fragC\".", [(1, 35), (3, 25)]));
}
