using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new UniqueDirectivesPerLocationRule());

    [Fact]
    public void Unique_directives_in_different_locations() => s_harness.ExpectValid(
        """
        fragment Test on Type @directiveA {
          field @directiveB
        }
        """);

    [Fact]
    public void Same_directive_in_different_locations() => s_harness.ExpectValid(
        """
        fragment Test on Type @directiveA {
          field @directiveA
        }
        """);

    [Fact]
    public void Same_directives_in_similar_locations() => s_harness.ExpectValid(
        """
        fragment Test on Type {
          field @directiveA
          field @directiveA
        }
        """);

    [Fact]
    public void Repeatable_and_unknown_directives_may_repeat() => s_harness.ExpectValid(
        """
        fragment Test on Type @unknown @unknown {
          field @repeatable @repeatable @unknown @unknown
        }
        """);

    [Fact]
    public void Duplicate_directives_in_one_location() => s_harness.ExpectErrors(
        """
        fragment Test on Type {
          field @directiveA @directiveA
        }
        """,
        ("The directive \"@directiveA\" can only be used once at this location.", [(2, 9), (2, 21)]));

    [Fact]
    public void Many_duplicate_directives_in_one_location() => s_harness.ExpectErrors(
        """
        fragment Test on Type {
          field @directiveA @directiveA @directiveA
        }
        """,
        ("The directive \"@directiveA\" can only be used once at this location.", [(2, 9), (2, 21)]),
        ("The directive \"@directiveA\" can only be used once at this location.", [(2, 9), (2, 33)]));

    [Fact]
    public void Different_duplicate_directives_in_one_location() => s_harness.ExpectErrors(
        """
        fragment Test on Type {
          field @directiveA @directiveB @directiveA @directiveB
        }
        """,
        ("The directive \"@directiveA\" can only be used once at this location.", [(2, 9), (2, 33)]),
        ("The directive \"@directiveB\" can only be used once at this location.", [(2, 21), (2, 45)]));

    [Fact]
    public void Duplicate_directives_in_many_locations() => s_harness.ExpectErrors(
        """
        query ($v: Int @directiveA @directiveA) @directiveB @directiveB {
          ... @directiveA @directiveA { a }
          ...F @directiveB @directiveB
        }
        fragment Test on Type @directiveA @directiveA {
          field @directiveB @directiveB
        }
        """,
        ("The directive \"@directiveB\" can only be used once at this location.", [(1, 41), (1, 53)]),
        ("The directive \"@directiveA\" can only be used once at this location.", [(1, 16), (1, 28)]),
        ("The directive \"@directiveA\" can only be used once at this location.", [(2, 7), (2, 19)]),
        ("The directive \"@directiveB\" can only be used once at this location.", [(3, 8), (3, 20)]),
        ("The directive \"@directiveA\" can only be used once at this location.", [(5, 23), (5, 35)]),
        ("The directive \"@directiveB\" can only be used once at this location.", [(6, 9), (6, 21)]));
}
