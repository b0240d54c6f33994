using NmnGraph.Server.Domain;

namespace NmnGraph.Server.Import;

/// <summary>A block found by <see cref="ArticleTextParser"/>: kind and UTF-16 offsets into the text.</summary>
public sealed record ParsedBlock(BlockKind Kind, int Start, int End);
