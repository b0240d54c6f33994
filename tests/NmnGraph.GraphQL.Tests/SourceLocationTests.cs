using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Tests;

public sealed class SourceLocationTests
{
    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("a\nbc", 2, 2, 1)]
    [InlineData("a\r\nbc", 3, 2, 1)]
    [InlineData("a\r\nbc", 4, 2, 2)]
    [InlineData("a\rbc", 2, 2, 1)]
    [InlineData("a\n\n\nb", 4, 4, 1)]
    public void Offset_maps_to_line_and_column(string text, int offset, int line, int column) =>
        Assert.Equal(new SourceLocation(line, column), SourceLocation.FromOffset(text, offset));
}
