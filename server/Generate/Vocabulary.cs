namespace NmnGraph.Server.Generate;

/// <summary>
/// The synthetic corpus's words, drawn with Zipf–Mandelbrot frequencies (the word of rank r with weight
/// 1 / (r + 2.7)), as in real text: the domain words lead, a few words are in most articles, most words are
/// rare. The word list is fixed (the same for every seed): 60 domain words, then made-up words built from
/// syllables and suffixes that read like biomedical terms.
/// </summary>
public sealed class Vocabulary
{
    /// <summary>The number of distinct words.</summary>
    public const int Size = 20_000;

    // Mandelbrot's shift keeps the top ranks from being near-universal in short texts.
    private const double Shift = 2.7;

    private static readonly string[] s_domain =
    [
        "nmn", "nad", "cells", "mice", "bone", "skin", "aging", "study", "senescence", "osteoblast", "mitochondria", "oxidative",
        "stress", "inflammation", "barrier", "supplement", "dose", "trial", "healing", "fracture", "marrow", "stem", "signal",
        "pathway", "protein", "enzyme", "sirtuin", "metabolism", "energy", "repair", "dna", "muscle", "liver", "brain",
        "vascular", "insulin", "glucose", "sleep", "fatigue", "endurance", "receptor", "cytokine", "antioxidant", "collagen",
        "elastin", "moisture", "lesion", "immune", "tissue", "model", "human", "volunteers", "placebo", "cohort", "biomarker",
        "osteoporosis", "osteocyte", "osteogenic", "eczema", "dermatitis",
    ];

    private static readonly string[] s_onsets =
        ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "cr", "dr", "gl", "pl", "pr", "st", "tr", "ch", "ph", "th", "sp"];

    private static readonly string[] s_vowels = ["a", "e", "i", "o", "u", "y", "ae", "io", "ou"];

    private static readonly string[] s_suffixes = ["", "", "", "in", "ase", "ide", "ic", "ol", "one", "ate", "osis", "itis", "yte", "gen", "al"];

    private static readonly Lazy<Vocabulary> s_shared = new(() => new Vocabulary());

    private readonly string[] _words;
    private readonly double[] _cumulative;

    private Vocabulary()
    {
        var words = new List<string>(Size);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in s_domain)
        {
            if (seen.Add(word))
            {
                words.Add(word);
            }
        }

        // A fixed generator: the vocabulary must not depend on the corpus seed.
        var random = new Random(20_261_205);
        while (words.Count < Size)
        {
            int syllables = random.Next(2, 5);
            var word = new System.Text.StringBuilder();
            for (int i = 0; i < syllables; i++)
            {
                word.Append(s_onsets[random.Next(s_onsets.Length)]).Append(s_vowels[random.Next(s_vowels.Length)]);
            }

            string candidate = word.Append(s_suffixes[random.Next(s_suffixes.Length)]).ToString();
            if (seen.Add(candidate))
            {
                words.Add(candidate);
            }
        }

        _words = [.. words];
        _cumulative = new double[_words.Length];
        double total = 0;
        for (int rank = 0; rank < _words.Length; rank++)
        {
            total += 1.0 / (rank + 1 + Shift);
            _cumulative[rank] = total;
        }
    }

    /// <summary>The shared vocabulary (building it takes a few milliseconds).</summary>
    public static Vocabulary Shared => s_shared.Value;

    /// <summary>The word of a rank (0 is the most frequent).</summary>
    public string this[int rank] => _words[rank];

    /// <summary>A word drawn with its Zipf frequency.</summary>
    public string Next(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double target = random.NextDouble() * _cumulative[^1];
        int index = Array.BinarySearch(_cumulative, target);
        return _words[index >= 0 ? index : Math.Min(~index, _words.Length - 1)];
    }

    /// <summary>The share of all drawn words that the word of this rank takes.</summary>
    public double Frequency(int rank) => 1.0 / (rank + 1 + Shift) / _cumulative[^1];
}
