namespace NmnGraph.Codegen.Analysis;

public sealed record EnumModel(string Name, string? Description, IReadOnlyList<EnumValueModel> Values)
{
    /// <summary>The C# member that unknown names (values added to the schema after generation) parse to.</summary>
    public string UnknownMember => Values.Any(v => v.MemberName == "Unknown") ? "UnknownValue" : "Unknown";
}

public sealed record EnumValueModel(string GraphQLName, string MemberName, string? Description, string? DeprecationReason);
