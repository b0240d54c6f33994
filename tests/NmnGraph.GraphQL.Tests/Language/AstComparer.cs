using System.Collections;
using System.Reflection;
using NmnGraph.GraphQL.Language;
using Xunit.Sdk;

namespace NmnGraph.GraphQL.Tests.Language;

/// <summary>Compares two ASTs by structure and values, ignoring locations.</summary>
internal static class AstComparer
{
    public static void AssertEqual(SyntaxNode expected, SyntaxNode actual) => Compare(expected, actual, "$");

    private static void Compare(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                throw new XunitException($"{path}: expected {Describe(expected)} but got {Describe(actual)}");
            }

            return;
        }

        if (expected is SyntaxNode expectedNode)
        {
            if (actual.GetType() != expectedNode.GetType())
            {
                throw new XunitException($"{path}: expected {expectedNode.GetType().Name} but got {actual.GetType().Name}");
            }

            foreach (PropertyInfo property in expectedNode.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.Name == nameof(SyntaxNode.Location))
                {
                    continue;
                }

                Compare(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name);
            }

            return;
        }

        if (expected is string || expected.GetType().IsValueType)
        {
            if (!expected.Equals(actual))
            {
                throw new XunitException($"{path}: expected {Describe(expected)} but got {Describe(actual)}");
            }

            return;
        }

        if (expected is IEnumerable expectedItems && actual is IEnumerable actualItems)
        {
            List<object?> left = expectedItems.Cast<object?>().ToList();
            List<object?> right = actualItems.Cast<object?>().ToList();
            if (left.Count != right.Count)
            {
                throw new XunitException($"{path}: expected {left.Count} items but got {right.Count}");
            }

            for (int i = 0; i < left.Count; i++)
            {
                Compare(left[i], right[i], $"{path}[{i}]");
            }

            return;
        }

        throw new XunitException($"{path}: cannot compare {expected.GetType().Name}");
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        _ => value.ToString() ?? value.GetType().Name,
    };
}
