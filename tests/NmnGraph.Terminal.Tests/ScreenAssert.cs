namespace NmnGraph.Terminal.Tests;

/// <summary>Compares a buffer with expected full-width plain-text lines, showing both screens on failure.</summary>
internal static class ScreenAssert
{
    public static void Lines(Buffer buffer, params string[] expected)
    {
        IReadOnlyList<string> actual = buffer.ToLines();
        if (!actual.SequenceEqual(expected, StringComparer.Ordinal))
        {
            Assert.Fail("Screen differs.\nExpected:\n" + Frame(expected) + "\nActual:\n" + Frame(actual));
        }
    }

    public static void Contains(Buffer buffer, string text)
    {
        if (!buffer.ToLines().Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            Assert.Fail($"The screen does not show \"{text}\":\n" + Frame(buffer.ToLines()));
        }
    }

    private static string Frame(IEnumerable<string> lines) => string.Join('\n', lines.Select(l => "|" + l + "|"));
}
