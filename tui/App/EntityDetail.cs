using NmnGraph.Client;

namespace NmnGraph.Tui.App;

/// <summary>What the detail pane shows for one entity: the typed result of its query.</summary>
public abstract record EntityDetail(EntityRef Ref)
{
    /// <summary>A short title for the breadcrumb and the pane's border.</summary>
    public abstract string Title { get; }

    /// <summary>The entity's slug, whatever key it was asked by.</summary>
    public abstract string Slug { get; }

    /// <summary>The reference by slug (a study asked for by DOI or PMID is the same page as by its slug).</summary>
    public EntityRef Canonical => new(Ref.Kind, Slug);

    /// <summary>True when <paramref name="target"/> names this entity: by slug, or a study by its DOI or PMID.</summary>
    public bool IsNamedBy(EntityRef target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Kind != Ref.Kind)
        {
            return false;
        }

        return string.Equals(target.Key, Slug, StringComparison.Ordinal) || target == Ref
            || (this is Study study && (string.Equals(target.Key, study.Data.Doi, StringComparison.OrdinalIgnoreCase) || string.Equals(target.Key, study.Data.Pmid, StringComparison.Ordinal)));
    }

    public sealed record Article(EntityRef Ref, GetArticle_Article Data) : EntityDetail(Ref)
    {
        public override string Title => Labels.ArticleTitle(Data.Title, Data.Slug);

        public override string Slug => Data.Slug;
    }

    public sealed record Study(EntityRef Ref, GetStudy_Study Data) : EntityDetail(Ref)
    {
        public override string Title => Data.Label;

        public override string Slug => Data.Slug;
    }

    public sealed record Claim(EntityRef Ref, GetClaim_Claim Data) : EntityDetail(Ref)
    {
        public override string Title => Data.Statement;

        public override string Slug => Data.Slug;
    }

    public sealed record Topic(EntityRef Ref, GetTopic_Topic Data) : EntityDetail(Ref)
    {
        public override string Title => Data.Label;

        public override string Slug => Data.Slug;
    }
}
