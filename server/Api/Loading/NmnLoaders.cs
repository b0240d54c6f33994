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
    private readonly Dictionary<(string Field, string Window), object> _pages = [];
    private readonly Lock _gate = new();

    public NmnLoaders(NmnDatabase database, BatchScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(scheduler);
        _scheduler = scheduler;

        ArticleById = new(scheduler, database.Articles.GetByIdsAsync) { Name = nameof(ArticleById) };
        StudyById = new(scheduler, database.Studies.GetByIdsAsync) { Name = nameof(StudyById) };
        ClaimById = new(scheduler, database.Claims.GetByIdsAsync) { Name = nameof(ClaimById) };
        TopicById = new(scheduler, database.Topics.GetByIdsAsync) { Name = nameof(TopicById) };

        BlocksByArticle = new(scheduler, (ids, ct) => database.Articles.GetBlocksByArticleIdsAsync(ids, null, ct)) { Name = nameof(BlocksByArticle) };
        MentionsByArticle = new(scheduler, database.Articles.GetMentionsByArticleIdsAsync) { Name = nameof(MentionsByArticle) };
        CitationsByArticle = new(scheduler, database.Articles.GetCitationsByArticleIdsAsync) { Name = nameof(CitationsByArticle) };
        StudiesByArticle = new(scheduler, database.Articles.GetStudiesByArticleIdsAsync) { Name = nameof(StudiesByArticle) };
        CorrectionsByArticle = new(scheduler, database.Articles.GetCorrectionsByArticleIdsAsync) { Name = nameof(CorrectionsByArticle) };
        TopicsByArticle = new(scheduler, database.Articles.GetTopicsByArticleIdsAsync) { Name = nameof(TopicsByArticle) };

        TopicsByStudy = new(scheduler, database.Studies.GetTopicsByStudyIdsAsync) { Name = nameof(TopicsByStudy) };

        MentionsByClaim = new(scheduler, database.Claims.GetMentionsByClaimIdsAsync) { Name = nameof(MentionsByClaim) };
        EvidenceByClaim = new(scheduler, database.Claims.GetEvidenceByClaimIdsAsync) { Name = nameof(EvidenceByClaim) };
        TopicsByClaim = new(scheduler, database.Claims.GetTopicsByClaimIdsAsync) { Name = nameof(TopicsByClaim) };
        StudiesByClaim = new(scheduler, database.Claims.GetStudiesByClaimIdsAsync) { Name = nameof(StudiesByClaim) };

        ChildrenByTopic = new(scheduler, database.Topics.GetChildrenByTopicIdsAsync) { Name = nameof(ChildrenByTopic) };
    }

    public DataLoader<long, ArticleRecord> ArticleById { get; }

    public DataLoader<long, StudyRecord> StudyById { get; }

    public DataLoader<long, ClaimRecord> ClaimById { get; }

    public DataLoader<long, TopicRecord> TopicById { get; }

    public GroupDataLoader<long, BlockRecord> BlocksByArticle { get; }

    public GroupDataLoader<long, ClaimMentionRecord> MentionsByArticle { get; }

    public GroupDataLoader<long, CitationRecord> CitationsByArticle { get; }

    public GroupDataLoader<long, StudyRecord> StudiesByArticle { get; }

    public GroupDataLoader<long, CorrectionRecord> CorrectionsByArticle { get; }

    public GroupDataLoader<long, TopicRecord> TopicsByArticle { get; }

    public GroupDataLoader<long, TopicRecord> TopicsByStudy { get; }

    public GroupDataLoader<long, ClaimMentionRecord> MentionsByClaim { get; }

    public GroupDataLoader<long, EvidenceRecord> EvidenceByClaim { get; }

    public GroupDataLoader<long, TopicRecord> TopicsByClaim { get; }

    public GroupDataLoader<long, StudyRecord> StudiesByClaim { get; }

    public GroupDataLoader<long, TopicRecord> ChildrenByTopic { get; }

    /// <summary>
    /// The loader of one window of a nested connection (<c>Topic.claims(first: 10)</c>): parents asking for the same
    /// window share one batch, so a list of topics with their claims costs a fixed number of statements.
    /// </summary>
    public DataLoader<long, Page<T>> Pages<T>(
        string field,
        PageRequest request,
        Func<IReadOnlyList<long>, PageRequest, CancellationToken, Task<IReadOnlyDictionary<long, Page<T>>>> load)
    {
        ArgumentNullException.ThrowIfNull(request);
        string window = $"{request.First}/{request.After?.Key}/{request.Last}/{request.Before?.Key}";
        lock (_gate)
        {
            if (!_pages.TryGetValue((field, window), out object? loader))
            {
                loader = new DataLoader<long, Page<T>>(_scheduler, (ids, ct) => load(ids, request, ct)) { Name = field };
                _pages[(field, window)] = loader;
            }

            return (DataLoader<long, Page<T>>)loader;
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
