namespace NmnGraph.Server.Tests.Import;

/// <summary>The article texts under Import/Fixtures, one per page layout family, written for these tests.</summary>
internal static class LayoutFixtures
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "boilerplate-before-title.txt",
        "section-label-first.txt",
        "meta-reordered.txt",
        "bulleted-date-author.txt",
        "no-title.txt",
        "no-caption-marker.txt",
        "truncated.txt",
    ];

    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));
}
