using System.Text.Json.Serialization;

namespace NmnGraph.Server.Corpus;

// The shape of corpus.json: the researched fact base (facts.json beside it, a copy of shared/corpus/facts.json)
// mapped to our schema's enums and slugs. A claim's level is the fact base's curated level. Internal: only the seeder and the tests read it.
internal sealed record CorpusFile(
    string Format,
    int Version,
    IReadOnlyList<CorpusTopic> Topics,
    IReadOnlyList<CorpusStudy> Studies,
    IReadOnlyList<CorpusArticle> Articles,
    IReadOnlyList<CorpusClaim> Claims,
    IReadOnlyList<CorpusCorrection> Corrections);

internal sealed record CorpusTopic(string Slug, string Label, string? Parent);

internal sealed record CorpusStudy(
    string Slug,
    string Label,
    string? Title,
    IReadOnlyList<string> Authors,
    string? Journal,
    int? Year,
    string? Volume,
    string? Issue,
    string? Pages,
    string? Doi,
    string? Pmid,
    IReadOnlyList<string> Institutions,
    CorpusDesign Design,
    IReadOnlyList<string> Findings,
    IReadOnlyList<string> EvidenceLevels,
    CorpusVerification Verification,
    IReadOnlyList<string> Topics);

internal sealed record CorpusDesign(
    string Summary,
    string? InVitro,
    string? Animal,
    string? Species,
    string? Dose,
    string? Route,
    string? Duration,
    bool HumanTrial);

internal sealed record CorpusVerification(string Status, string? Note, IReadOnlyList<string> Sources);

internal sealed record CorpusArticle(
    string Slug,
    string File,
    string Title,
    string? Author,
    string? Publisher,
    string? PublishedOn,
    string? Column,
    string? SourceUrl,
    IReadOnlyList<CorpusBlock> Blocks,
    IReadOnlyList<CorpusCitation> Citations);

internal sealed record CorpusBlock(string Kind, int Start, int End);

internal sealed record CorpusCitation(string Study, string Mode, int Start, int End, string Text);

internal sealed record CorpusClaim(
    string Slug,
    string Statement,
    string Kind,
    bool AboutNmn,
    string Level,
    IReadOnlyList<CorpusMention> Mentions,
    IReadOnlyList<CorpusEvidence> Evidence,
    IReadOnlyList<string> Caveats,
    IReadOnlyList<string> Topics);

internal sealed record CorpusMention(string Article, int Start, int End, string Quote);

internal sealed record CorpusEvidence(string Study, string Stance, string Level, string Verification, string? Note);

internal sealed record CorpusCorrection(
    string Slug,
    string Article,
    int Start,
    int End,
    string Original,
    string LikelyIntended,
    string Confidence,
    string? Rationale);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CorpusFile))]
internal sealed partial class CorpusJsonContext : JsonSerializerContext
{
}
