using System.Runtime.InteropServices;
using TextInsight.Internals;
using TextInsight.Structure;
using TextInsight.Text;

namespace TextInsight.Summaries;

/// <summary>The classic unsupervised key phrase extractors the published comparisons report, for <see cref="KeyphraseBaselines"/>.</summary>
internal enum KeyphraseBaseline
{
    /// <summary>The noun phrases in the order they are first written.</summary>
    FirstPhrases,

    /// <summary>A phrase's count times its background IDF.</summary>
    TfIdf,

    /// <summary>TextRank (Mihalcea and Tarau 2004): PageRank over the graph of nominal words that stand next to each other; a phrase scores by the sum of its words.</summary>
    TextRank,

    /// <summary>PositionRank (Florescu and Caragea 2017): PageRank over co-occurrence within 10 words, the jump biased to early words; phrases of at most three words.</summary>
    PositionRank,
}

/// <summary>
/// The published baselines over the same candidates as <see cref="KeyphraseExtractor"/> (its noun phrases,
/// <see cref="KeyphraseExtractor.NounPhrases"/>), as Boudin's pke implements them, so that every figure of the
/// extractor has its peers in the same run and on the same data. Evaluation code: never on the analysis path.
/// </summary>
/// <remarks>
/// Candidates are grouped by their key words (lower-case, light-stemmed), written as first seen. Differences from pke:
/// candidates are cut by the extractor's word classes rather than a part-of-speech tagger, and TF-IDF's phrase IDF is the
/// sum of its words' IDFs from the committed background table (the phrase's document frequency if its words were
/// independent; the table holds words, not phrases).
/// </remarks>
internal static class KeyphraseBaselines
{
    private const int MaxIterations = 100;

    /// <summary>The name the command line gives a baseline.</summary>
    public static string NameOf(KeyphraseBaseline baseline) => baseline switch
    {
        KeyphraseBaseline.FirstPhrases => "firstphrases",
        KeyphraseBaseline.TfIdf => "tfidf",
        KeyphraseBaseline.TextRank => "textrank",
        KeyphraseBaseline.PositionRank => "positionrank",
        _ => throw new ArgumentOutOfRangeException(nameof(baseline)),
    };

    /// <summary>The baseline's key phrases of an article, best first, at most <paramref name="max"/>.</summary>
    public static IReadOnlyList<string> Extract(KeyphraseBaseline baseline, ArticleStructure structure, IReadOnlyList<TextSpan> bodySentences, int max)
        => Rank(baseline, KeyphraseExtractor.NounPhrases(structure, bodySentences), KeyphraseModel.Default, max);

    /// <summary>Ranks the candidates of one article's noun phrases by <paramref name="baseline"/>.</summary>
    /// <param name="baseline">The method.</param>
    /// <param name="phrases">The article's noun phrases in reading order.</param>
    /// <param name="model">The background document frequencies (TF-IDF).</param>
    /// <param name="max">How many phrases at most.</param>
    public static IReadOnlyList<string> Rank(KeyphraseBaseline baseline, IReadOnlyList<KeyphraseExtractor.NounPhrase> phrases, KeyphraseModel model, int max)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        var groups = GroupCandidates(phrases, baseline == KeyphraseBaseline.PositionRank ? 3 : int.MaxValue);
        var scores = new double[groups.Count];
        switch (baseline)
        {
            case KeyphraseBaseline.FirstPhrases:
                for (int i = 0; i < groups.Count; i++)
                {
                    scores[i] = -groups[i].First;
                }

                break;
            case KeyphraseBaseline.TfIdf:
                for (int i = 0; i < groups.Count; i++)
                {
                    double idf = 0;
                    foreach (var w in groups[i].Words)
                    {
                        idf += model.Idf(w);
                    }

                    scores[i] = groups[i].Count * idf;
                }

                break;
            case KeyphraseBaseline.TextRank:
                SumWordRanks(groups, scores, WordRanks(phrases, window: 2, weighted: false, positionBias: false));
                break;
            case KeyphraseBaseline.PositionRank:
                SumWordRanks(groups, scores, WordRanks(phrases, window: 10, weighted: true, positionBias: true));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(baseline));
        }

        var order = new int[groups.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Best score first; on a tie, the phrase written first.
        Array.Sort(order, (a, b) =>
        {
            int byScore = scores[b].CompareTo(scores[a]);
            return byScore != 0 ? byScore : groups[a].First.CompareTo(groups[b].First);
        });
        var result = new List<string>(Math.Min(max, order.Length));
        foreach (int i in order)
        {
            if (result.Count == max)
            {
                break;
            }

            result.Add(groups[i].Surface);
        }

        return result;
    }

    private static void SumWordRanks(List<Group> groups, double[] scores, Dictionary<string, double> ranks)
    {
        for (int i = 0; i < groups.Count; i++)
        {
            double sum = 0;
            foreach (var w in groups[i].Words)
            {
                sum += ranks.GetValueOrDefault(w);
            }

            scores[i] = sum;
        }
    }

    /// <summary>The distinct candidates of at most <paramref name="maxWords"/> words, in order of first occurrence.</summary>
    private static List<Group> GroupCandidates(IReadOnlyList<KeyphraseExtractor.NounPhrase> phrases, int maxWords)
    {
        var byKey = new Dictionary<string, Group>(StringComparer.Ordinal);
        var result = new List<Group>();
        foreach (var p in phrases)
        {
            if (p.Words.Length == 0 || p.Words.Length > maxWords)
            {
                continue;
            }

            string key = string.Join(' ', p.Words);
            if (byKey.TryGetValue(key, out var g))
            {
                g.Count++;
                continue;
            }

            g = new Group(p.Surface, p.Words, p.WordIndices[0]) { Count = 1 };
            byKey[key] = g;
            result.Add(g);
        }

        return result;
    }

    /// <summary>
    /// PageRank of the words of the noun phrases over the graph linking two of them written fewer than
    /// <paramref name="window"/> words apart (counting every word of the article), as pke builds it.
    /// </summary>
    private static Dictionary<string, double> WordRanks(IReadOnlyList<KeyphraseExtractor.NounPhrase> phrases, int window, bool weighted, bool positionBias)
    {
        var occurrences = new List<(int Node, int Index)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var bias = new List<double>();
        foreach (var p in phrases)
        {
            for (int i = 0; i < p.Words.Length; i++)
            {
                ref int node = ref CollectionsMarshal.GetValueRefOrAddDefault(index, p.Words[i], out bool exists);
                if (!exists)
                {
                    node = words.Count;
                    words.Add(p.Words[i]);
                    bias.Add(0);
                }

                occurrences.Add((node, p.WordIndices[i]));
                bias[node] += 1.0 / (p.WordIndices[i] + 1);
            }
        }

        int n = words.Count;
        var result = new Dictionary<string, double>(n, StringComparer.Ordinal);
        if (n == 0)
        {
            return result;
        }

        var edges = new Dictionary<(int, int), int>();
        for (int i = 0; i < occurrences.Count; i++)
        {
            for (int j = i + 1; j < occurrences.Count && occurrences[j].Index - occurrences[i].Index < window; j++)
            {
                int a = occurrences[i].Node, b = occurrences[j].Node;
                if (a != b)
                {
                    var key = (Math.Min(a, b), Math.Max(a, b));
                    edges[key] = weighted ? edges.GetValueOrDefault(key) + 1 : 1;
                }
            }
        }

        var start = new int[n + 1];
        foreach (var ((a, b), _) in edges)
        {
            start[a + 1]++;
            start[b + 1]++;
        }

        for (int i = 0; i < n; i++)
        {
            start[i + 1] += start[i];
        }

        var neighbour = new int[start[n]];
        var weight = new int[start[n]];
        var fill = start[..n];
        foreach (var ((a, b), count) in edges)
        {
            neighbour[fill[a]] = b;
            weight[fill[a]++] = count;
            neighbour[fill[b]] = a;
            weight[fill[b]++] = count;
        }

        var jump = new double[n];
        double biasSum = 0;
        foreach (double v in bias)
        {
            biasSum += v;
        }

        for (int i = 0; i < n; i++)
        {
            jump[i] = positionBias ? bias[i] / biasSum : 1.0 / n;
        }

        var rank = GraphRank.Sparse(start, neighbour, weight, jump, MaxIterations);
        for (int i = 0; i < n; i++)
        {
            result[words[i]] = rank[i];
        }

        return result;
    }

    private sealed class Group(string surface, string[] words, int first)
    {
        public string Surface { get; } = surface;

        public string[] Words { get; } = words;

        public int First { get; } = first;

        public int Count { get; set; }
    }
}
