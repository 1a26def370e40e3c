using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using TextInsight.Entities.Ner;

namespace TextInsight.Topics;

/// <summary>Receives the feature hashes of a text, in text order.</summary>
internal interface ITopicFeatureSink
{
    /// <summary>Adds one occurrence of a feature.</summary>
    void Add(ulong hash);
}

/// <summary>How <see cref="TopicFeaturizer"/> turns words into features; stored in the model file.</summary>
/// <param name="WordNgramLength">1 = words, 2 = words and pairs of consecutive words, 3 = and triples.</param>
/// <param name="RemoveStopWords">Whether common English function words are skipped.</param>
/// <param name="Stem">Whether words are cut to a light stem (plural, -ing, -ed).</param>
/// <param name="IgnoreNames">Whether words capitalized inside a sentence (mostly names) are skipped.</param>
/// <param name="LeadWords">The features of this many first kept words (the headline and lead, which name what a news
/// story is about) are counted twice; 0 counts every word once.</param>
internal readonly record struct TopicFeatureSettings(int WordNgramLength, bool RemoveStopWords, bool Stem, bool IgnoreNames, int LeadWords = 0);

/// <summary>
/// Cuts a text into word n-gram features, allocation-free: a word is a run of letters and digits, lower-cased, with
/// every digit read as <c>0</c> (so that years and amounts generalize), words of one character are skipped, and each
/// feature is a 64-bit hash. Unlike a vocabulary of strings, the hashes carry no text of the training data.
/// </summary>
internal static class TopicFeaturizer
{
    /// <summary>Words longer than this are cut; no topical word is this long.</summary>
    private const int MaxWordLength = 40;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Sets cluster features apart from word hashes.</summary>
    private const ulong ClusterSeed = 0x6C75737465720000UL;

    // General English function words (pronouns, determiners, auxiliaries, prepositions, conjunctions, reporting "said").
    private static readonly FrozenSet<string> StopWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "if", "in", "into", "is", "it", "its", "itself",
        "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or",
        "other", "our", "ours", "ourselves", "out", "over", "own", "said", "same", "says", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
        "yourselves",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Hands every feature of <paramref name="text"/> to <paramref name="sink"/>.</summary>
    public static void Extract<TSink>(ReadOnlySpan<char> text, TopicFeatureSettings settings, ref TSink sink)
        where TSink : struct, ITopicFeatureSink => Extract(text, settings, null, ref sink);

    /// <summary>Hands every feature of <paramref name="text"/> to <paramref name="sink"/>; with
    /// <paramref name="clusters"/>, each kept word found there also adds its cluster at two levels of the hierarchy
    /// (256 and 4,096 clusters), so that words of one cluster share features.</summary>
    public static void Extract<TSink>(ReadOnlySpan<char> text, TopicFeatureSettings settings, NerClusters? clusters, ref TSink sink)
        where TSink : struct, ITopicFeatureSink
    {
        Span<char> word = stackalloc char[MaxWordLength];
        ulong previous1 = 0, previous2 = 0;
        var sentenceStart = true;
        var kept = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or ':' or '\n' or '"' or '\u201C')
                {
                    sentenceStart = true;
                }

                i++;
                continue;
            }

            var start = i;
            var length = 0;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                var ch = text[i];
                if (length < MaxWordLength)
                {
                    word[length++] = char.IsAsciiDigit(ch) ? '0' : char.ToLowerInvariant(ch);
                }

                i++;
            }

            var initial = sentenceStart;
            sentenceStart = false;
            if (length < 2)
            {
                continue;
            }

            if (settings.IgnoreNames && !initial && char.IsUpper(text[start]))
            {
                continue;
            }

            var span = word[..length];
            if (settings.RemoveStopWords && StopWordLookup.Contains(span))
            {
                continue;
            }

            if (settings.Stem)
            {
                span = Stem(span);
            }

            var hash = Hash(span);
            var times = kept++ < settings.LeadWords ? 2 : 1;
            for (var t = 0; t < times; t++)
            {
                sink.Add(hash);
                if (settings.WordNgramLength >= 2 && previous1 != 0)
                {
                    sink.Add(Combine(previous1, hash));
                    if (settings.WordNgramLength >= 3 && previous2 != 0)
                    {
                        sink.Add(Combine(Combine(previous2, previous1), hash));
                    }
                }
            }

            if (clusters is not null)
            {
                var path = clusters.PathOf(TokenAtoms.Compute(text[start..i]).Word);
                if (path > 0)
                {
                    sink.Add(Mix(ClusterSeed ^ (ulong)(0x1000 + ((path - 1) >> 4))));
                    sink.Add(Mix(ClusterSeed ^ (ulong)(0x2000 + path - 1)));
                }
            }

            previous2 = previous1;
            previous1 = hash;
        }
    }

    /// <summary>A light English stemmer: plural and verb endings, so that <c>phones</c>/<c>phone</c> and
    /// <c>streaming</c>/<c>streamed</c>/<c>stream</c> share a feature.</summary>
    internal static Span<char> Stem(Span<char> word)
    {
        var n = word.Length;
        if (n > 4 && word.EndsWith("ies"))
        {
            word[n - 3] = 'y';
            return word[..(n - 2)];
        }

        if (n > 5 && word.EndsWith("ing"))
        {
            return word[..(n - 3)];
        }

        if (n > 4 && word.EndsWith("ed") && !word.EndsWith("eed"))
        {
            return word[..(n - 2)];
        }

        if (n > 3 && word[n - 1] == 's' && word[n - 2] is not ('s' or 'u' or 'i'))
        {
            return word[..(n - 1)];
        }

        return word;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(ReadOnlySpan<char> word)
    {
        var hash = FnvOffset;
        foreach (var c in word)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return Mix(hash);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Combine(ulong first, ulong second) => Mix((first * 0x9E3779B97F4A7C15UL) ^ ((second << 29) | (second >> 35)) ^ 0x5851F42D4C957F2DUL);

    /// <summary>The finalizer of SplitMix64: spreads every input bit over the hash; never returns 0 for the inputs we mix.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x | 1;
    }
}
