using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Api.Resolvers;

/// <summary>schema.graphql <c>ImportArticlePayload</c>.</summary>
public sealed record ImportArticlePayload(ArticleRecord Article, bool Created);
