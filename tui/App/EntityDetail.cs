using NmnGraph.Client;

namespace NmnGraph.Tui.App;

/// <summary>What the detail pane shows for one entity: the typed result of its query.</summary>
public abstract record EntityDetail(EntityRef Ref)
{
    /// <summary>A short title for the breadcrumb and the pane's border.</summary>
    public abstract string Title { get; }

    public sealed record Article(EntityRef Ref, GetArticle_Article Data) : EntityDetail(Ref)
    {
        public override string Title => Labels.ArticleTitle(Data.Title, Data.Slug);
    }

    public sealed record Study(EntityRef Ref, GetStudy_Study Data) : EntityDetail(Ref)
    {
        public override string Title => Data.Label;
    }

    public sealed record Claim(EntityRef Ref, GetClaim_Claim Data) : EntityDetail(Ref)
    {
        public override string Title => Data.Statement;
    }

    public sealed record Topic(EntityRef Ref, GetTopic_Topic Data) : EntityDetail(Ref)
    {
        public override string Title => Data.Label;
    }
}
