using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class UniqueInputFieldNamesRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new UniqueInputFieldNamesRule());

    [Fact]
    public void Input_object_with_fields() => s_harness.ExpectValid("{ field(arg: { f1: \"value\", f2: \"value\" }) }");

    [Fact]
    public void Same_input_object_within_two_args() => s_harness.ExpectValid("{ field(arg1: { f: true }, arg2: { f: true }) }");

    [Fact]
    public void Nested_input_objects_with_similar_fields() => s_harness.ExpectValid(
        """
        {
          field(arg: {
            deep: {
              deep: {
                id: 1
              }
              id: 1
            }
            id: 1
          })
        }
        """);

    [Fact]
    public void Duplicate_input_object_fields() => s_harness.ExpectErrors(
        "{ field(arg: { f1: \"value\", f1: \"value\" }) }",
        ("There can be only one input field named \"f1\".", [(1, 16), (1, 29)]));

    [Fact]
    public void Many_duplicate_input_object_fields() => s_harness.ExpectErrors(
        "{ field(arg: { f1: \"value\", f1: \"value\", f1: \"value\" }) }",
        ("There can be only one input field named \"f1\".", [(1, 16), (1, 29)]),
        ("There can be only one input field named \"f1\".", [(1, 16), (1, 42)]));

    [Fact]
    public void Nested_duplicate_input_object_fields() => s_harness.ExpectErrors(
        "{ field(arg: { f1: {f2: \"value\", f2: \"value\" }}) }",
        ("There can be only one input field named \"f2\".", [(1, 21), (1, 34)]));
}
