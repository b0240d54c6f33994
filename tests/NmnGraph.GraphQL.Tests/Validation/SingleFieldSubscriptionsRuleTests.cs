using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new SingleFieldSubscriptionsRule());

    [Fact]
    public void Valid_subscription() => s_harness.ExpectValid(
        """
        subscription ImportantEmails { importantEmails }
        """);

    [Fact]
    public void Valid_subscription_with_fragment_and_repeated_field() => s_harness.ExpectValid(
        """
        subscription sub { ...newMessageFields importantEmails }
        fragment newMessageFields on SubscriptionRoot { importantEmails }
        """);

    [Fact]
    public void Fails_with_more_than_one_root_field() => s_harness.ExpectErrors(
        """
        subscription ImportantEmails {
          importantEmails
          notImportantEmails
        }
        """,
        ("Subscription \"ImportantEmails\" must select only one top level field.", [(3, 3)]));

    [Fact]
    public void Fails_with_more_than_one_root_field_including_introspection() => s_harness.ExpectErrors(
        """
        subscription ImportantEmails {
          importantEmails
          __typename
        }
        """,
        ("Subscription \"ImportantEmails\" must select only one top level field.", [(3, 3)]),
        ("Subscription \"ImportantEmails\" must not select an introspection top level field.", [(3, 3)]));

    [Fact]
    public void Fails_with_many_more_than_one_root_field_via_fragments() => s_harness.ExpectErrors(
        """
        subscription ImportantEmails {
          importantEmails
          ... {
            more: moreImportantEmails
          }
          ...NotImportantEmails
        }
        fragment NotImportantEmails on SubscriptionRoot {
          notImportantEmails
          deleted: deletedEmails
          ...SpamEmails
        }
        fragment SpamEmails on SubscriptionRoot {
          spamEmails
        }
        """,
        ("Subscription \"ImportantEmails\" must select only one top level field.", [(4, 5), (9, 3), (10, 3), (14, 3)]));

    [Fact]
    public void Fails_with_introspection_field_in_anonymous_subscription() => s_harness.ExpectErrors(
        """
        subscription {
          __typename
        }
        """,
        ("Anonymous Subscription must not select an introspection top level field.", [(2, 3)]));

    [Fact]
    public void Fails_with_skip_or_include_on_root_selections() => s_harness.ExpectErrors(
        """
        subscription RequiredRuntimeValidation($bool: Boolean!) {
          newMessage @include(if: $bool) {
            body
            sender
          }
          ...Frag @skip(if: $bool)
        }
        fragment Frag on SubscriptionRoot {
          disallowedSecondRootField @skip(if: $bool)
        }
        """,
        ("Subscription \"RequiredRuntimeValidation\" must not use `@skip` or `@include` directives in the top level selection.", [(2, 14), (6, 11), (9, 29)]));

    [Fact]
    public void Skip_and_include_below_the_root_are_allowed() => s_harness.ExpectValid(
        """
        subscription S($bool: Boolean!) {
          catSubscribe {
            name @skip(if: $bool)
            meows @include(if: $bool)
          }
        }
        """);

    [Fact]
    public void Queries_may_select_many_root_fields() => s_harness.ExpectValid("{ dog { name } cat { name } __typename }");

    [Fact]
    public void Fragments_that_cannot_apply_to_the_root_are_not_collected() => s_harness.ExpectValid(
        """
        subscription S {
          importantEmails
          ... on QueryRoot { dog { name } }
          ...OnQuery
        }
        fragment OnQuery on QueryRoot { cat { name } }
        """);
}
