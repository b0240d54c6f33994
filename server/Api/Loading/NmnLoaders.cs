using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Api.Loading;

/// <summary>The DataLoaders of one request: every cross-reference of the API is fetched through one of these.</summary>
public sealed class NmnLoaders
{
    private readonly RequestBatcher _batcher;
    private readonly CitedByRepository _citedBy;
    private readonly Dictionary<(int Offset, int Limit), BatchLoader<long, Page<ArticleRecord>>> _citedByWindows = [];
    private readonly Lock _gate = new();

    public NmnLoaders(NmnDatabase database, RequestBatcher batcher)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(batcher);
        _batcher = batcher;
        _citedBy = CitedByRepository.For(database);

        ArticleById = new(batcher, database.Articles.GetByIdsAsync);
        StudyById = new(batcher, database.Studies.GetByIdsAsync);
        ClaimById = new(batcher, database.Claims.GetByIdsAsync);
        TopicById = new(batcher, database.Topics.GetByIdsAsync);

        BlocksByArticle = new(batcher, (ids, ct) => database.Articles.GetBlocksByArticleIdsAsync(ids, null, ct));
        MentionsByArticle = new(batcher, database.Articles.GetMentionsByArticleIdsAsync);
        ClaimsByArticle = new(batcher, database.Articles.GetClaimsByArticleIdsAsync);
        CitationsByArticle = new(batcher, database.Articles.GetCitationsByArticleIdsAsync);
        StudiesByArticle = new(batcher, database.Articles.GetStudiesByArticleIdsAsync);
        CorrectionsByArticle = new(batcher, database.Articles.GetCorrectionsByArticleIdsAsync);
        TopicsByArticle = new(batcher, database.Articles.GetTopicsByArticleIdsAsync);

        ClaimsByStudy = new(batcher, database.Studies.GetClaimsByStudyIdsAsync);
        TopicsByStudy = new(batcher, database.Studies.GetTopicsByStudyIdsAsync);

        MentionsByClaim = new(batcher, database.Claims.GetMentionsByClaimIdsAsync);
        EvidenceByClaim = new(batcher, database.Claims.GetEvidenceByClaimIdsAsync);
        TopicsByClaim = new(batcher, database.Claims.GetTopicsByClaimIdsAsync);
        ArticlesByClaim = new(batcher, database.Claims.GetArticlesByClaimIdsAsync);
        StudiesByClaim = new(batcher, database.Claims.GetStudiesByClaimIdsAsync);

        ChildrenByTopic = new(batcher, database.Topics.GetChildrenByTopicIdsAsync);
        ClaimsByTopic = new(batcher, database.Topics.GetClaimsByTopicIdsAsync);
        StudiesByTopic = new(batcher, database.Topics.GetStudiesByTopicIdsAsync);
        ArticlesByTopic = new(batcher, database.Topics.GetArticlesByTopicIdsAsync);
    }

    public BatchLoader<long, ArticleRecord> ArticleById { get; }

    public BatchLoader<long, StudyRecord> StudyById { get; }

    public BatchLoader<long, ClaimRecord> ClaimById { get; }

    public BatchLoader<long, TopicRecord> TopicById { get; }

    public BatchLoader<long, IReadOnlyList<BlockRecord>> BlocksByArticle { get; }

    public BatchLoader<long, IReadOnlyList<ClaimMentionRecord>> MentionsByArticle { get; }

    public BatchLoader<long, IReadOnlyList<ClaimRecord>> ClaimsByArticle { get; }

    public BatchLoader<long, IReadOnlyList<CitationRecord>> CitationsByArticle { get; }

    public BatchLoader<long, IReadOnlyList<StudyRecord>> StudiesByArticle { get; }

    public BatchLoader<long, IReadOnlyList<CorrectionRecord>> CorrectionsByArticle { get; }

    public BatchLoader<long, IReadOnlyList<TopicRecord>> TopicsByArticle { get; }

    public BatchLoader<long, IReadOnlyList<ClaimRecord>> ClaimsByStudy { get; }

    public BatchLoader<long, IReadOnlyList<TopicRecord>> TopicsByStudy { get; }

    public BatchLoader<long, IReadOnlyList<ClaimMentionRecord>> MentionsByClaim { get; }

    public BatchLoader<long, IReadOnlyList<EvidenceRecord>> EvidenceByClaim { get; }

    public BatchLoader<long, IReadOnlyList<TopicRecord>> TopicsByClaim { get; }

    public BatchLoader<long, IReadOnlyList<ArticleRecord>> ArticlesByClaim { get; }

    public BatchLoader<long, IReadOnlyList<StudyRecord>> StudiesByClaim { get; }

    public BatchLoader<long, IReadOnlyList<TopicRecord>> ChildrenByTopic { get; }

    public BatchLoader<long, IReadOnlyList<ClaimRecord>> ClaimsByTopic { get; }

    public BatchLoader<long, IReadOnlyList<StudyRecord>> StudiesByTopic { get; }

    public BatchLoader<long, IReadOnlyList<ArticleRecord>> ArticlesByTopic { get; }

    /// <summary>The loader of one window of <c>Study.citedBy</c>; studies asking for the same window share a batch.</summary>
    public BatchLoader<long, Page<ArticleRecord>> CitedBy(int offset, int limit)
    {
        lock (_gate)
        {
            if (!_citedByWindows.TryGetValue((offset, limit), out BatchLoader<long, Page<ArticleRecord>>? loader))
            {
                loader = new(_batcher, (ids, ct) => _citedBy.GetPagesAsync(ids, offset, limit, ct));
                _citedByWindows[(offset, limit)] = loader;
            }

            return loader;
        }
    }

    /// <summary>Any node by kind and database id.</summary>
    public async Task<object?> NodeAsync(EntityKind kind, long id, CancellationToken cancellationToken) => kind switch
    {
        EntityKind.Article => await ArticleById.LoadAsync(id, cancellationToken).ConfigureAwait(false),
        EntityKind.Study => await StudyById.LoadAsync(id, cancellationToken).ConfigureAwait(false),
        EntityKind.Claim => await ClaimById.LoadAsync(id, cancellationToken).ConfigureAwait(false),
        _ => await TopicById.LoadAsync(id, cancellationToken).ConfigureAwait(false),
    };
}
