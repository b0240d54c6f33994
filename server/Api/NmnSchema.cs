using System.Globalization;
using System.Runtime.CompilerServices;
using NmnGraph.GraphQL.DataLoaders;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;
using NmnGraph.Server.Api.Loading;
using NmnGraph.Server.Api.Paging;
using NmnGraph.Server.Api.Resolvers;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Querying;

namespace NmnGraph.Server.Api;

/// <summary>
/// Binds <c>schema.graphql</c> to the store: every field by coordinate (strict: building fails when a field
/// is unbound or a binding names a field the schema lacks), the custom scalars, the enums and the abstract
/// types. Cross-references go through the request's <see cref="NmnLoaders"/>.
/// </summary>
public sealed partial class NmnSchema
{
    private const string LoadersKey = "nmngraph.loaders";

    private readonly NmnDatabase _database;
    private readonly NmnApiOptions _options;
    private readonly CorpusChangeFeed _feed;

    private NmnSchema(NmnDatabase database, NmnApiOptions options, CorpusChangeFeed feed)
    {
        _database = database;
        _options = options;
        _feed = feed;
    }

    /// <summary>Builds the executable schema; throws <see cref="SchemaException"/> listing every binding problem.</summary>
    public static Schema Build(NmnDatabase database, NmnApiOptions options, CorpusChangeFeed? feed = null) =>
        Build(database, options, feed, SchemaText.Sdl);

    /// <summary>Binds the resolvers to other SDL (tests prove that a drift between the two stops the build).</summary>
    internal static Schema Build(NmnDatabase database, NmnApiOptions options, CorpusChangeFeed? feed, string sdl)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        return new NmnSchema(database, options, feed ?? new CorpusChangeFeed(database)).Bind(SchemaBuilder.FromSdl(sdl)).Build();
    }

    /// <summary>The request's loaders, created on first use.</summary>
    internal NmnLoaders Loaders(IResolverContext context)
    {
        // One set per execution (per batch scheduler): a subscription shares its context data across events,
        // and each event must read fresh rows, not the first event's cache.
        BatchScheduler scheduler = context.BatchScheduler();
        ConditionalWeakTable<BatchScheduler, NmnLoaders> sets = context.GetOrAddRequestItem(LoadersKey, _ => new ConditionalWeakTable<BatchScheduler, NmnLoaders>());
        return sets.GetValue(scheduler, s => new NmnLoaders(_database, s));
    }

    private SchemaBuilder Bind(SchemaBuilder builder)
    {
        builder.RequireExplicitResolvers();
        BindScalars(builder);
        BindEnums(builder);
        BindTypes(builder);
        BindQuery(builder);
        BindArticle(builder);
        BindStudy(builder);
        BindClaim(builder);
        BindTopic(builder);
        BindMutation(builder);
        BindSubscription(builder);
        return builder;
    }

    private static void BindScalars(SchemaBuilder builder)
    {
        builder.BindScalar("Date", new ScalarCoercion
        {
            Serialize = value => value switch
            {
                DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => throw new GraphQLException($"Date cannot represent value: {value}"),
            },
            ParseValue = value => ParseDate(value as string ?? throw new GraphQLException($"Date cannot represent a non-string value: {value}")),
            ParseLiteral = literal => literal is StringValueNode text
                ? ParseDate(text.Value)
                : throw new GraphQLException("Date cannot represent a non-string value."),
        });
        builder.BindScalar("DateTime", new ScalarCoercion
        {
            Serialize = value => value switch
            {
                DateTimeOffset instant => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
                _ => throw new GraphQLException($"DateTime cannot represent value: {value}"),
            },
            ParseValue = value => ParseDateTime(value as string ?? throw new GraphQLException($"DateTime cannot represent a non-string value: {value}")),
            ParseLiteral = literal => literal is StringValueNode text
                ? ParseDateTime(text.Value)
                : throw new GraphQLException("DateTime cannot represent a non-string value."),
        });
        builder.BindScalar("Cursor", new ScalarCoercion
        {
            Serialize = value => value as string ?? throw new GraphQLException($"Cursor cannot represent value: {value}"),
            ParseValue = value => value as string ?? throw new GraphQLException($"Cursor cannot represent a non-string value: {value}"),
            ParseLiteral = literal => literal is StringValueNode text
                ? text.Value
                : throw new GraphQLException("Cursor cannot represent a non-string value."),
        });
    }

    private static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : throw new GraphQLException($"Date cannot represent \"{text}\": expected yyyy-MM-dd.");

    private static DateTimeOffset ParseDateTime(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset instant) && text.Contains('T', StringComparison.Ordinal)
            ? instant
            : throw new GraphQLException($"DateTime cannot represent \"{text}\": expected an ISO 8601 instant with an offset.");

    private static void BindEnums(SchemaBuilder builder)
    {
        builder.BindEnum<BlockKind>("BlockKind")
            .BindEnum<CitationMode>("CitationMode")
            .BindEnum<VerificationStatus>("VerificationStatus")
            .BindEnum<ClaimKind>("ClaimKind")
            .BindEnum<Stance>("Stance")
            .BindEnum<EvidenceLevel>("EvidenceLevel")
            .BindEnum<EvidenceVerification>("EvidenceVerification")
            .BindEnum<Confidence>("Confidence")
            .BindEnum<ChangeKind>("ChangeKind")
            .BindEnum("SortDirection", new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["ASC"] = SortDirection.Ascending,
                ["DESC"] = SortDirection.Descending,
            });
    }

    private static void BindTypes(SchemaBuilder builder)
    {
        builder.BindType<ArticleRecord>("Article")
            .BindType<BlockRecord>("Block")
            .BindType<CitationRecord>("Citation")
            .BindType<StudyRecord>("Study")
            .BindType<StudyDesignRecord>("StudyDesign")
            .BindType<VerificationRecord>("Verification")
            .BindType<ClaimRecord>("Claim")
            .BindType<ClaimMentionRecord>("ClaimMention")
            .BindType<EvidenceRecord>("Evidence")
            .BindType<TopicRecord>("Topic")
            .BindType<CorrectionRecord>("Correction")
            .BindType<SearchHit>("SearchHit")
            .BindType<CorpusStatsRecord>("CorpusStats")
            .BindType<PageInfo>("PageInfo")
            .BindType<Connection<ArticleRecord>>("ArticleConnection")
            .BindType<Edge<ArticleRecord>>("ArticleEdge")
            .BindType<Connection<StudyRecord>>("StudyConnection")
            .BindType<Edge<StudyRecord>>("StudyEdge")
            .BindType<Connection<ClaimRecord>>("ClaimConnection")
            .BindType<Edge<ClaimRecord>>("ClaimEdge")
            .BindType<Connection<SearchHit>>("SearchConnection")
            .BindType<Edge<SearchHit>>("SearchEdge")
            .BindType<ImportArticlePayload>("ImportArticlePayload")
            .BindType<ClaimPayload>("ClaimPayload")
            .BindType<DeletePayload>("DeletePayload")
            .BindType<CorpusChangePayload>("CorpusChange");

        // Values of the abstract types are the records bound above, so the runtime type decides; say so explicitly.
        builder.ResolveType("Node", (value, _) => TypeNameOf(value))
            .ResolveType("SearchResult", (value, _) => TypeNameOf(value));
    }

    private static string? TypeNameOf(object value) => value switch
    {
        ArticleRecord => "Article",
        StudyRecord => "Study",
        ClaimRecord => "Claim",
        TopicRecord => "Topic",
        _ => null,
    };

    /// <summary>Runs a store call, turning its refusals into GraphQL errors with codes.</summary>
    private static async Task<T> StoreCallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (StoreException exception)
        {
            throw ApiErrors.FromStore(exception);
        }
    }
}
