using System.Globalization;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using NmnGraph.Server.Api.Paging;
using NmnGraph.Server.Api.Resolvers;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store.Search;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Api;

public sealed partial class NmnSchema
{
    private void BindQuery(SchemaBuilder builder)
    {
        builder.BindAsync("Query.node", ctx => NodeAsync(ctx, ctx.Argument<string>("id")));
        builder.BindAsync("Query.nodes", NodesAsync);

        builder.BindAsync("Query.articles", async ctx => new Connection<ArticleRecord>(await StoreCallAsync(() => _database.Articles.ListAsync(
            ApiInput.ArticleFilter(Where(ctx)),
            ApiInput.ArticleOrder(ctx.ArgumentOrDefault<object?>("orderBy", null)),
            PagingArguments.Read(ctx),
            ctx.RequestAborted)).ConfigureAwait(false)));
        builder.BindAsync("Query.studies", async ctx => new Connection<StudyRecord>(await StoreCallAsync(() => _database.Studies.ListAsync(
            ApiInput.StudyFilter(Where(ctx)),
            ApiInput.StudyOrder(ctx.ArgumentOrDefault<object?>("orderBy", null)),
            PagingArguments.Read(ctx),
            ctx.RequestAborted)).ConfigureAwait(false)));
        builder.BindAsync("Query.claims", async ctx => new Connection<ClaimRecord>(await StoreCallAsync(() => _database.Claims.ListAsync(
            ApiInput.ClaimFilter(Where(ctx)),
            ApiInput.ClaimOrder(ctx.ArgumentOrDefault<object?>("orderBy", null)),
            PagingArguments.Read(ctx),
            ctx.RequestAborted)).ConfigureAwait(false)));
        builder.BindAsync("Query.topics", ctx => _database.Topics.GetAllAsync(ctx.RequestAborted));

        builder.BindAsync("Query.article", ctx => _database.Articles.GetBySlugAsync(ctx.Argument<string>("slug"), ctx.RequestAborted));
        builder.BindAsync("Query.study", StudyAsync);
        builder.BindAsync("Query.claim", ctx => _database.Claims.GetBySlugAsync(ctx.Argument<string>("slug"), ctx.RequestAborted));
        builder.BindAsync("Query.topic", ctx => _database.Topics.GetBySlugAsync(ctx.Argument<string>("slug"), ctx.RequestAborted));

        builder.BindAsync("Query.search", SearchAsync);
        builder.BindAsync("Query.stats", ctx => _database.GetStatsAsync(ctx.RequestAborted));
    }

    private async Task<object?> NodeAsync(IResolverContext context, string id)
    {
        if (!GlobalId.TryDecode(id, out EntityKind kind, out long databaseId))
        {
            throw ApiErrors.BadUserInput($"'{id}' is not a valid id.");
        }

        return await Loaders(context).NodeAsync(kind, databaseId).ConfigureAwait(false);
    }

    private async Task<object?[]> NodesAsync(IResolverContext context)
    {
        IReadOnlyList<string> ids = ApiInputLists.Strings(context.Arguments["ids"]);
        if (ids.Count > _options.MaxNodeIds)
        {
            throw ApiErrors.Create(
                string.Create(CultureInfo.InvariantCulture, $"nodes accepts at most {_options.MaxNodeIds} ids (got {ids.Count})."),
                ApiErrors.TooManyIdsCode,
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["maxIds"] = _options.MaxNodeIds });
        }

        return await Task.WhenAll(ids.Select(id => NodeAsync(context, id))).ConfigureAwait(false);
    }

    private async Task<StudyRecord?> StudyAsync(IResolverContext context)
    {
        string? doi = context.ArgumentOrDefault<string?>("doi", null);
        string? slug = context.ArgumentOrDefault<string?>("slug", null);
        string? pmid = context.ArgumentOrDefault<string?>("pmid", null);
        if (doi is null && slug is null && pmid is null)
        {
            throw ApiErrors.BadUserInput("study needs a doi, a pmid or a slug.");
        }

        StudyRecord? study = doi is not null ? await _database.Studies.GetByDoiAsync(doi, context.RequestAborted).ConfigureAwait(false)
            : pmid is not null ? await _database.Studies.GetByPmidAsync(pmid.Trim(), context.RequestAborted).ConfigureAwait(false)
            : await _database.Studies.GetBySlugAsync(slug!, context.RequestAborted).ConfigureAwait(false);

        // Several given: they must name the same study.
        bool agrees = study is not null
            && (slug is null || string.Equals(study.Slug, slug, StringComparison.Ordinal))
            && (pmid is null || string.Equals(study.Pmid, pmid.Trim(), StringComparison.Ordinal));
        return agrees ? study : null;
    }

    /// <summary>The <c>where</c> argument, refused before any SQL when it holds too many conditions.</summary>
    private static object? Where(IResolverContext context)
    {
        object? where = context.ArgumentOrDefault<object?>("where", null);
        FilterSize.Check(where);
        return where;
    }

    private async Task<Connection<SearchHit>> SearchAsync(IResolverContext context)
    {
        PageRequest request = PagingArguments.Read(context);
        string text = context.Argument<string>("text");
        if (SearchQuery.CountWords(text, stopAfter: SearchQuery.MaxTerms + 1) > SearchQuery.MaxTerms)
        {
            throw ApiErrors.BadUserInput(string.Create(
                CultureInfo.InvariantCulture,
                $"The search text has more than {SearchQuery.MaxTerms} words; search with at most {SearchQuery.MaxTerms}."));
        }

        Page<SearchHitRecord> page = await StoreCallAsync(() => _database.Search.SearchAsync(text, request, context.RequestAborted))
            .ConfigureAwait(false);
        Loading.NmnLoaders loaders = Loaders(context);
        object?[] nodes = await Task.WhenAll(page.Items.Select(h => loaders.NodeAsync(h.Kind, h.EntityId))).ConfigureAwait(false);

        // A row deleted since the search read it is left out.
        var hits = new List<SearchHit>(page.Items.Count);
        var positions = new List<SortPosition>(page.Items.Count);
        for (int i = 0; i < page.Items.Count; i++)
        {
            if (nodes[i] is { } node)
            {
                hits.Add(new SearchHit(node, page.Items[i].Snippet, page.Items[i].Score));
                positions.Add(page.Positions[i]);
            }
        }

        return new Connection<SearchHit>(new Page<SearchHit>(hits, positions, page.TotalCount, page.HasNextPage, page.HasPreviousPage));
    }
}
