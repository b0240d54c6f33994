using System.Text;

namespace NmnGraph.Terminal.Tests;

public sealed class DisplayWidthTests
{
    [Theory]
    [InlineData("a", 1)]
    [InlineData("~", 1)]
    [InlineData("é", 1)] // precomposed
    [InlineData("中", 2)]
    [InlineData("ｱ", 1)] // halfwidth katakana stays narrow
    [InlineData("Ａ", 2)] // fullwidth Latin
    [InlineData("한", 2)]
    [InlineData("\u0301", 0)] // combining acute accent
    [InlineData("\u20DD", 0)] // enclosing circle (Me)
    [InlineData("\u200B", 0)] // zero-width space (Cf)
    [InlineData("\u200D", 0)] // zero-width joiner (Cf)
    [InlineData("\u001B", 0)] // control
    [InlineData("😀", 2)] // surrogate pair
    [InlineData("🧬", 2)]
    [InlineData("△", 1)] // the figure-caption mark in the corpus is narrow
    [InlineData("─", 1)]
    public void Width_of_one_code_point(string text, int expected)
    {
        Rune rune = Rune.GetRuneAt(text, 0);
        Assert.Equal(expected, DisplayWidth.Of(rune));
    }

    [Theory]
    [InlineData("hello", 5)]
    [InlineData("NMN 烟酰胺", 10)]
    [InlineData("e\u0301te\u0301", 3)] // decomposed é twice
    [InlineData("a😀b", 4)]
    [InlineData("👍🏽", 2)] // emoji with skin-tone modifier: one cluster
    [InlineData("👨‍👩‍👧", 2)] // ZWJ family: one cluster
    [InlineData("❤️", 2)] // narrow heart made emoji by U+FE0F
    [InlineData("🇯🇵", 2)] // flag: a regional-indicator pair
    [InlineData("", 0)]
    [InlineData("a\tb", 2)] // tab is a control character: no width
    public void Width_of_strings(string text, int expected) => Assert.Equal(expected, DisplayWidth.Of(text));

    [Theory]
    [InlineData("abcdef", 3, "abc")]
    [InlineData("中文字", 3, "中")]
    [InlineData("中文字", 4, "中文")]
    [InlineData("e\u0301e\u0301", 1, "e\u0301")]
    public void Truncate_respects_columns_and_clusters(string text, int width, string expected) =>
        Assert.Equal(expected, DisplayWidth.Truncate(text, width));

    [Theory]
    [InlineData("abcdef", 6, "abcdef")]
    [InlineData("abcdef", 4, "abc…")]
    [InlineData("中文字", 4, "中…")]
    [InlineData("abc", 0, "")]
    public void Truncate_with_ellipsis(string text, int width, string expected) =>
        Assert.Equal(expected, DisplayWidth.TruncateWithEllipsis(text, width));
}
