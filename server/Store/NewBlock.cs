using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Store;

/// <summary>A block of a <see cref="NewArticle"/>: kind and UTF-16 offsets into its text.</summary>
public sealed record NewBlock(BlockKind Kind, int Start, int End);
