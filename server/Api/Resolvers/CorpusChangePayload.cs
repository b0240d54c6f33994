using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Api.Resolvers;

/// <summary>schema.graphql <c>CorpusChange</c>: <see cref="Node"/> is loaded unless the object was deleted.</summary>
public sealed record CorpusChangePayload(ChangeKind Kind, string Id, object? Node, DateTimeOffset At);
