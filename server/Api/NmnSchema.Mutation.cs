using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using NmnGraph.Server.Api.Resolvers;
using NmnGraph.Server.Domain;
using NmnGraph.Server.Import;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Api;

public sealed partial class NmnSchema
{
    /// <summary>
    /// The <see cref="GraphQLRequest.ContextData"/> key a host sets to true once the caller has presented the API key
    /// (over HTTP: <see cref="Hosting.ApiKeyAuthentication"/>; <c>nmngraph query</c>: the operator holds the key).
    /// </summary>
    public const string AuthenticatedKey = "nmngraph.authenticated";

    private void BindMutation(SchemaBuilder builder)
    {
        builder.BindAsync("Mutation.importArticle", ctx => AuthorizedAsync(ctx, async () =>
        {
            var input = Input(ctx);
            ImportResult result = await StoreCallAsync(() => new ArticleImporter(_database).ImportAsync(
                ApiInput.Get<string>(input, "text"), ApiInput.Get<string>(input, "sourceUrl"), ctx.RequestAborted)).ConfigureAwait(false);
            return new ImportArticlePayload(result.Article, result.Created);
        }));
        builder.BindAsync("Mutation.addClaim", ctx => AuthorizedAsync(ctx, async () =>
        {
            var input = Input(ctx);
            IReadOnlyList<MentionInput> mentions = input.TryGetValue("mentions", out object? given) && given is IEnumerable<object?> items
                ? [.. items.Select((m, i) => ApiInput.Mention(m, $"input.mentions[{i}]"))]
                : [];
            var claim = new NewClaim(
                ApiInput.Get<string>(input, "statement"),
                ApiInput.Get<ClaimKind>(input, "kind"),
                ApiInput.Get<bool?>(input, "aboutNmn") ?? true,
                mentions,
                ApiInput.Strings(input, "topics") ?? [],
                ApiInput.Strings(input, "caveats") ?? []);
            return new ClaimPayload(await StoreCallAsync(() => _database.Curation.AddClaimAsync(claim, ctx.RequestAborted)).ConfigureAwait(false));
        }));
        builder.BindAsync("Mutation.updateClaim", ctx => AuthorizedAsync(ctx, async () =>
        {
            var input = Input(ctx);
            var update = new ClaimUpdate(
                GlobalId.Expect(ApiInput.Get<string>(input, "id"), EntityKind.Claim, "input.id"),
                ApiInput.Get<string?>(input, "statement"),
                ApiInput.Get<ClaimKind?>(input, "kind"),
                ApiInput.Strings(input, "topics"),
                ApiInput.Strings(input, "caveats"),
                input.ContainsKey("evidenceLevel"),
                ApiInput.Get<EvidenceLevel?>(input, "evidenceLevel"));
            return new ClaimPayload(await StoreCallAsync(() => _database.Curation.UpdateClaimAsync(update, ctx.RequestAborted)).ConfigureAwait(false));
        }));
        builder.BindAsync("Mutation.addMention", ctx => AuthorizedAsync(ctx, async () =>
        {
            var input = Input(ctx);
            long claimId = GlobalId.Expect(ApiInput.Get<string>(input, "claim"), EntityKind.Claim, "input.claim");
            MentionInput mention = ApiInput.Mention(input["mention"], "input.mention");
            return new ClaimPayload(await StoreCallAsync(() => _database.Curation.AddMentionAsync(claimId, mention, ctx.RequestAborted)).ConfigureAwait(false));
        }));
        builder.BindAsync("Mutation.linkEvidence", ctx => AuthorizedAsync(ctx, async () =>
        {
            var input = Input(ctx);
            var link = new EvidenceLink(
                GlobalId.Expect(ApiInput.Get<string>(input, "claim"), EntityKind.Claim, "input.claim"),
                GlobalId.Expect(ApiInput.Get<string>(input, "study"), EntityKind.Study, "input.study"),
                ApiInput.Get<Stance>(input, "stance"),
                ApiInput.Get<EvidenceLevel>(input, "level"),
                ApiInput.Get<string?>(input, "note"),
                ApiInput.Get<EvidenceVerification?>(input, "verification"));
            return new ClaimPayload(await StoreCallAsync(() => _database.Curation.LinkEvidenceAsync(link, ctx.RequestAborted)).ConfigureAwait(false));
        }));
        builder.BindAsync("Mutation.unlinkEvidence", ctx => AuthorizedAsync(ctx, async () =>
        {
            long claimId = GlobalId.Expect(ctx.Argument<string>("claimId"), EntityKind.Claim, "claimId");
            long studyId = GlobalId.Expect(ctx.Argument<string>("studyId"), EntityKind.Study, "studyId");
            return new ClaimPayload(await StoreCallAsync(() => _database.Curation.UnlinkEvidenceAsync(claimId, studyId, ctx.RequestAborted)).ConfigureAwait(false));
        }));
        builder.BindAsync("Mutation.deleteNode", ctx => AuthorizedAsync(ctx, async () =>
        {
            string id = ctx.Argument<string>("id");
            if (!GlobalId.TryDecode(id, out EntityKind kind, out long databaseId))
            {
                throw ApiErrors.BadUserInput($"'{id}' given for id is not a valid id.");
            }

            if (kind == EntityKind.Topic)
            {
                throw ApiErrors.BadUserInput("deleteNode deletes articles, claims and studies; topics are part of the taxonomy.");
            }

            await StoreCallAsync(async () =>
            {
                await _database.Curation.DeleteAsync(kind, databaseId, ctx.RequestAborted).ConfigureAwait(false);
                return true;
            }).ConfigureAwait(false);
            return new DeletePayload(id);
        }));
    }

    private static IReadOnlyDictionary<string, object?> Input(IResolverContext context) =>
        (IReadOnlyDictionary<string, object?>)context.Arguments["input"]!;

    /// <summary>Runs a mutation only for a caller that presents the configured API key; otherwise nothing is touched.</summary>
    private async Task<T> AuthorizedAsync<T>(IResolverContext context, Func<Task<T>> mutation)
    {
        if (_options.ApiKey is not { Length: > 0 })
        {
            throw ApiErrors.Create(
                "Mutations are disabled: the operator has configured no API key (--api-key, NMNGRAPH_API_KEY or NmnGraph:ApiKey).",
                ApiErrors.ForbiddenCode);
        }

        if (!(context.ContextData.TryGetValue(AuthenticatedKey, out object? authenticated) && authenticated is true))
        {
            throw ApiErrors.Create("This mutation needs an API key: send 'Authorization: Bearer <key>'.", ApiErrors.UnauthenticatedCode);
        }

        return await mutation().ConfigureAwait(false);
    }
}
