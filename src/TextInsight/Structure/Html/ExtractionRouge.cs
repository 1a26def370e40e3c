namespace TextInsight.Structure.Html;

/// <summary>
/// The metric of the Web Content Extraction Benchmark (Bevendorff et al., SIGIR 2023): ROUGE-LSum F1 of one page. Both
/// texts are cut into sentences after <c>.</c>, <c>!</c> or <c>?</c> followed by white space, and into tokens at white
/// space only (case kept, punctuation attached, no stemming). For each truth sentence, the union of its longest common
/// subsequences with every output sentence counts as hits, each token at most as often as it occurs in both texts
/// (rouge-score's summary-level LCS); P = hits / output tokens, R = hits / truth tokens. An empty truth scores 1 only
/// for an empty output.
/// </summary>
internal static class ExtractionRouge
{
    /// <summary>The ROUGE-LSum F1 of <paramref name="predicted"/> against <paramref name="truth"/>.</summary>
    public static double F1(string truth, string predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var truthSentences = Sentences(truth, vocabulary);
        var outputSentences = Sentences(predicted, vocabulary);
        int truthLength = Total(truthSentences);
        int outputLength = Total(outputSentences);
        if (truthLength == 0)
        {
            return outputLength == 0 ? 1 : 0;
        }

        if (outputLength == 0)
        {
            return 0;
        }

        var truthCounts = Counts(truthSentences, vocabulary.Count);
        var outputCounts = Counts(outputSentences, vocabulary.Count);
        int hits = 0;
        int[] table = [];
        foreach (var r in truthSentences)
        {
            var union = new bool[r.Length];
            foreach (var c in outputSentences)
            {
                MarkLcs(r, c, union, ref table);
            }

            for (int i = 0; i < r.Length; i++)
            {
                int t = r[i];
                if (union[i] && outputCounts[t] > 0 && truthCounts[t] > 0)
                {
                    hits++;
                    outputCounts[t]--;
                    truthCounts[t]--;
                }
            }
        }

        if (hits == 0)
        {
            return 0;
        }

        double precision = (double)hits / outputLength;
        double recall = (double)hits / truthLength;
        return 2 * precision * recall / (precision + recall);
    }

    /// <summary>The sentences of <paramref name="text"/> as the metric cuts them, each as its whitespace tokens.</summary>
    internal static List<List<string>> SplitSentences(string text)
    {
        var sentences = new List<List<string>>();
        var current = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            current.Add(text[start..i]);
            if (text[i - 1] is '.' or '!' or '?' && i < text.Length)
            {
                sentences.Add(current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            sentences.Add(current);
        }

        return sentences;
    }

    private static List<int[]> Sentences(string text, Dictionary<string, int> vocabulary)
    {
        var result = new List<int[]>();
        foreach (var sentence in SplitSentences(text))
        {
            var ids = new int[sentence.Count];
            for (int k = 0; k < ids.Length; k++)
            {
                if (!vocabulary.TryGetValue(sentence[k], out int id))
                {
                    id = vocabulary.Count;
                    vocabulary.Add(sentence[k], id);
                }

                ids[k] = id;
            }

            result.Add(ids);
        }

        return result;
    }

    private static int Total(List<int[]> sentences)
    {
        int n = 0;
        foreach (var s in sentences)
        {
            n += s.Length;
        }

        return n;
    }

    private static int[] Counts(List<int[]> sentences, int vocabularySize)
    {
        var counts = new int[vocabularySize];
        foreach (var s in sentences)
        {
            foreach (int t in s)
            {
                counts[t]++;
            }
        }

        return counts;
    }

    /// <summary>Marks the tokens of one LCS of <paramref name="reference"/> and <paramref name="candidate"/>, backtracking
    /// as rouge-score does (on a tie, the reference index moves), so that the union is the same.</summary>
    private static void MarkLcs(int[] reference, int[] candidate, bool[] marked, ref int[] table)
    {
        int m = reference.Length;
        int n = candidate.Length;
        if (m == 0 || n == 0)
        {
            return;
        }

        int w = n + 1;
        long size = (long)(m + 1) * w;
        if (table.Length < size)
        {
            table = new int[size];
        }
        else
        {
            Array.Clear(table, 0, (int)size);
        }

        for (int i = 1; i <= m; i++)
        {
            int row = i * w;
            int up = row - w;
            int token = reference[i - 1];
            for (int j = 1; j <= n; j++)
            {
                table[row + j] = token == candidate[j - 1]
                    ? table[up + j - 1] + 1
                    : Math.Max(table[up + j], table[row + j - 1]);
            }
        }

        int a = m;
        int b = n;
        while (a > 0 && b > 0)
        {
            if (reference[a - 1] == candidate[b - 1])
            {
                marked[a - 1] = true;
                a--;
                b--;
            }
            else if (table[(a * w) + b - 1] > table[((a - 1) * w) + b])
            {
                b--;
            }
            else
            {
                a--;
            }
        }
    }
}
