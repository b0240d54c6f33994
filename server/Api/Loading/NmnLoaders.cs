using NmnGraph.GraphQL.DataLoaders;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Api.Loading;

/// <summary>
/// The DataLoaders of one request (the engine's <see cref="DataLoader{TKey, TValue}"/> and
/// <see cref="GroupDataLoader{TKey, TValue}"/>, driven by the executor's <see cref="BatchScheduler"/>): every
/// cross-reference of the API is fetched through one of these, one statement per loader and query level.
/// </summary>
public sealed class NmnLoaders
{
    private readonly BatchScheduler _scheduler;
    private readonly CitedByRepository _citedBy;
    private readonly Dictionary<(int Offset, int Limit), DataLoader<long, Page<ArticleRecord>>> _citedByWindows = [];
    private readonly Lock _gate = new();

    public NmnLoaders(NmnDatabase database, BatchScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(scheduler);
        _scheduler = scheduler;
        _citedBy = CitedByRepository.For(database);

        ArticleById = new(scheduler, database.Articles.GetByIdsAsync);
        StudyById = new(scheduler, database.Studies.GetByIdsAsync);
        ClaimById = new(scheduler, database.Claims.GetByIdsAsync);
        TopicById = new(scheduler, database.Topics.GetByIdsAsync);

        BlocksByArticle = new(scheduler, (ids, ct) => database.Articles.GetBlocksByArticleIdsAsync(ids, null, ct));
        MentionsByArticle = new(scheduler, database.Articles.GetMentionsByArticleIdsAsync);
        ClaimsByArticle = new(scheduler, database.Articles.GetClaimsByArticleIdsAsync);
        CitationsByArticle = new(scheduler, database.Articles.GetCitationsByArticleIdsAsync);
        StudiesByArticle = new(scheduler, database.Articles.GetStudiesByArticleIdsAsync);
        CorrectionsByArticle = new(scheduler, database.Articles.GetCorrectionsByArticleIdsAsync);
        TopicsByArticle = new(scheduler, database.Articles.GetTopicsByArticleIdsAsync);

        ClaimsByStudy = new(scheduler, database.Studies.GetClaimsByStudyIdsAsync);
        TopicsByStudy = new(scheduler, database.Studies.GetTopicsByStudyIdsAsync);

        MentionsByClaim = new(scheduler, database.Claims.GetMentionsByClaimIdsAsync);
        EvidenceByClaim = new(scheduler, database.Claims.GetEvidenceByClaimIdsAsync);
        TopicsByClaim = new(scheduler, database.Claims.GetTopicsByClaimIdsAsync);
        ArticlesByClaim = new(scheduler, database.Claims.GetArticlesByClaimIdsAsync);
        StudiesByClaim = new(scheduler, database.Claims.GetStudiesByClaimIdsAsync);

        ChildrenByTopic = new(scheduler, database.Topics.GetChildrenByTopicIdsAsync);
        ClaimsByTopic = new(scheduler, database.Topics.GetClaimsByTopicIdsAsync);
        StudiesByTopic = new(scheduler, database.Topics.GetStudiesByTopicIdsAsync);
        ArticlesByTopic = new(scheduler, database.Topics.GetArticlesByTopicIdsAsync);
    }

    public DataLoader<long, ArticleRecord> ArticleById { get; }

    public DataLoader<long, StudyRecord> StudyById { get; }

    public DataLoader<long, ClaimRecord> ClaimById { get; }

    public DataLoader<long, TopicRecord> TopicById { get; }

    public GroupDataLoader<long, BlockRecord> BlocksByArticle { get; }

    public GroupDataLoader<long, ClaimMentionRecord> MentionsByArticle { get; }

    public GroupDataLoader<long, ClaimRecord> ClaimsByArticle { get; }

    public GroupDataLoader<long, CitationRecord> CitationsByArticle { get; }

    public GroupDataLoader<long, StudyRecord> StudiesByArticle { get; }

    public GroupDataLoader<long, CorrectionRecord> CorrectionsByArticle { get; }

    public GroupDataLoader<long, TopicRecord> TopicsByArticle { get; }

    public GroupDataLoader<long, ClaimRecord> ClaimsByStudy { get; }

    public GroupDataLoader<long, TopicRecord> TopicsByStudy { get; }

    public GroupDataLoader<long, ClaimMentionRecord> MentionsByClaim { get; }

    public GroupDataLoader<long, EvidenceRecord> EvidenceByClaim { get; }

    public GroupDataLoader<long, TopicRecord> TopicsByClaim { get; }

    public GroupDataLoader<long, ArticleRecord> ArticlesByClaim { get; }

    public GroupDataLoader<long, StudyRecord> StudiesByClaim { get; }

    public GroupDataLoader<long, TopicRecord> ChildrenByTopic { get; }

    public GroupDataLoader<long, ClaimRecord> ClaimsByTopic { get; }

    public GroupDataLoader<long, StudyRecord> StudiesByTopic { get; }

    public GroupDataLoader<long, ArticleRecord> ArticlesByTopic { get; }

    /// <summary>The loader of one window of <c>Study.citedBy</c>; studies asking for the same window share a batch.</summary>
    public DataLoader<long, Page<ArticleRecord>> CitedBy(int offset, int limit)
    {
        lock (_gate)
        {
            if (!_citedByWindows.TryGetValue((offset, limit), out DataLoader<long, Page<ArticleRecord>>? loader))
            {
                loader = new(_scheduler, (ids, ct) => _citedBy.GetPagesAsync(ids, offset, limit, ct));
                _citedByWindows[(offset, limit)] = loader;
            }

            return loader;
        }
    }

    /// <summary>Any node by kind and database id.</summary>
    public async Task<object?> NodeAsync(EntityKind kind, long id) => kind switch
    {
        EntityKind.Article => await ArticleById.LoadAsync(id).ConfigureAwait(false),
        EntityKind.Study => await StudyById.LoadAsync(id).ConfigureAwait(false),
        EntityKind.Claim => await ClaimById.LoadAsync(id).ConfigureAwait(false),
        _ => await TopicById.LoadAsync(id).ConfigureAwait(false),
    };
}
