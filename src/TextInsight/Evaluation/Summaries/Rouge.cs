namespace TextInsight.Summaries;

/// <summary>
/// ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum F1 (Lin, 2004), on lower-cased word tokens (maximal runs of letters and
/// digits, as in Google's rouge-score without stemming), so that punctuation and the missing spaces between the
/// glued sentences of the BBC references do not matter. Holds a vocabulary: one instance per thread.
/// </summary>
internal sealed class Rouge
{
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);

    /// <summary>The token ids of <paramref name="text"/>.</summary>
    public int[] Tokenize(ReadOnlySpan<char> text)
    {
        var lookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        var ids = new List<int>();
        Span<char> buffer = stackalloc char[128];
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var word = text[start..i];
            if (word.Length > buffer.Length)
            {
                word = word[..buffer.Length];
            }

            int n = word.ToLowerInvariant(buffer);
            var key = buffer[..n];
            if (!lookup.TryGetValue(key, out int id))
            {
                id = _vocabulary.Count;
                lookup[key] = id;
            }

            ids.Add(id);
        }

        return [.. ids];
    }

    /// <summary>Scores candidate sentences against a reference given as text and as sentences.</summary>
    public RougeScore Score(IReadOnlyList<string> candidateSentences, string reference, IReadOnlyList<string> referenceSentences)
    {
        var candidate = new int[candidateSentences.Count][];
        for (int i = 0; i < candidate.Length; i++)
        {
            candidate[i] = Tokenize(candidateSentences[i]);
        }

        var referenceParts = new int[referenceSentences.Count][];
        for (int i = 0; i < referenceParts.Length; i++)
        {
            referenceParts[i] = Tokenize(referenceSentences[i]);
        }

        return Score(candidate, Tokenize(reference), referenceParts);
    }

    /// <summary>Scores tokenized candidate sentences against a tokenized reference and its tokenized sentences.</summary>
    public static RougeScore Score(int[][] candidateSentences, int[] reference, int[][] referenceSentences)
    {
        var candidate = Concat(candidateSentences);
        return new RougeScore(
            NGramF1(candidate, reference, 1),
            NGramF1(candidate, reference, 2),
            LcsF1(candidate, reference),
            LcsSumF1(candidateSentences, referenceSentences));
    }

    /// <summary>ROUGE-N F1 with clipped n-gram counts, for <paramref name="n"/> 1 or 2.</summary>
    public static double NGramF1(int[] candidate, int[] reference, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 2);
        int candidateCount = candidate.Length - n + 1;
        int referenceCount = reference.Length - n + 1;
        if (candidateCount <= 0 || referenceCount <= 0)
        {
            return 0;
        }

        var counts = new Dictionary<long, int>(referenceCount);
        for (int i = 0; i < referenceCount; i++)
        {
            long key = Key(reference, i, n);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        int overlap = 0;
        for (int i = 0; i < candidateCount; i++)
        {
            long key = Key(candidate, i, n);
            if (counts.TryGetValue(key, out int c) && c > 0)
            {
                counts[key] = c - 1;
                overlap++;
            }
        }

        return F1(overlap, candidateCount, referenceCount);
    }

    /// <summary>ROUGE-L F1: the longest common subsequence of the two token sequences.</summary>
    public static double LcsF1(int[] candidate, int[] reference)
    {
        if (candidate.Length == 0 || reference.Length == 0)
        {
            return 0;
        }

        var previous = new int[candidate.Length + 1];
        var current = new int[candidate.Length + 1];
        foreach (int r in reference)
        {
            for (int j = 1; j <= candidate.Length; j++)
            {
                current[j] = candidate[j - 1] == r ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return F1(previous[candidate.Length], candidate.Length, reference.Length);
    }

    /// <summary>
    /// ROUGE-Lsum F1 as rouge-score computes it: for each reference sentence, the union of the tokens of its LCS with
    /// every candidate sentence, counted as hits while neither side's count of that token is used up.
    /// </summary>
    public static double LcsSumF1(int[][] candidateSentences, int[][] referenceSentences)
    {
        var candidateCounts = new Dictionary<int, int>();
        int candidateLength = 0;
        foreach (var s in candidateSentences)
        {
            foreach (int t in s)
            {
                candidateCounts[t] = candidateCounts.GetValueOrDefault(t) + 1;
                candidateLength++;
            }
        }

        var referenceCounts = new Dictionary<int, int>();
        int referenceLength = 0;
        foreach (var s in referenceSentences)
        {
            foreach (int t in s)
            {
                referenceCounts[t] = referenceCounts.GetValueOrDefault(t) + 1;
                referenceLength++;
            }
        }

        if (candidateLength == 0 || referenceLength == 0)
        {
            return 0;
        }

        int hits = 0;
        foreach (var r in referenceSentences)
        {
            var union = new bool[r.Length];
            foreach (var c in candidateSentences)
            {
                MarkLcs(r, c, union);
            }

            for (int i = 0; i < r.Length; i++)
            {
                int t = r[i];
                if (union[i] && candidateCounts.GetValueOrDefault(t) > 0 && referenceCounts.GetValueOrDefault(t) > 0)
                {
                    hits++;
                    candidateCounts[t]--;
                    referenceCounts[t]--;
                }
            }
        }

        return F1(hits, candidateLength, referenceLength);
    }

    /// <summary>
    /// Splits a reference summary into sentences: at the places where a sentence of the article starts or ends in it
    /// (the references are article sentences glued together, often without a space), and at a sentence end followed by
    /// a capital, with or without space, elsewhere.
    /// </summary>
    public static IReadOnlyList<string> SplitReference(string reference, IEnumerable<string> articleSentences)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(articleSentences);
        var cuts = new SortedSet<int> { 0, reference.Length };
        foreach (var sentence in articleSentences)
        {
            if (sentence.Length == 0)
            {
                continue;
            }

            int at = reference.IndexOf(sentence, StringComparison.Ordinal);
            if (at >= 0)
            {
                cuts.Add(at);
                cuts.Add(at + sentence.Length);
            }
        }

        for (int i = 0; i < reference.Length - 1; i++)
        {
            if (reference[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            int j = i + 1;
            while (j < reference.Length && reference[j] is '"' or '\'' or '”' or '’')
            {
                j++;
            }

            int k = j;
            while (k < reference.Length && char.IsWhiteSpace(reference[k]))
            {
                k++;
            }

            if (k < reference.Length && (char.IsUpper(reference[k]) || reference[k] is '"' or '“'))
            {
                cuts.Add(j);
            }
        }

        var parts = new List<string>();
        int previous = -1;
        foreach (int cut in cuts)
        {
            if (previous >= 0)
            {
                var part = reference.AsSpan(previous, cut - previous).Trim();
                if (HasLetterOrDigit(part))
                {
                    parts.Add(part.ToString());
                }
            }

            previous = cut;
        }

        return parts;
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void MarkLcs(int[] reference, int[] candidate, bool[] marked)
    {
        int m = reference.Length;
        int n = candidate.Length;
        if (m == 0 || n == 0)
        {
            return;
        }

        var table = new int[(m + 1) * (n + 1)];
        int w = n + 1;
        for (int i = 1; i <= m; i++)
        {
            for (int j = 1; j <= n; j++)
            {
                table[(i * w) + j] = reference[i - 1] == candidate[j - 1]
                    ? table[((i - 1) * w) + j - 1] + 1
                    : Math.Max(table[((i - 1) * w) + j], table[(i * w) + j - 1]);
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
            else if (table[((a - 1) * w) + b] >= table[(a * w) + b - 1])
            {
                a--;
            }
            else
            {
                b--;
            }
        }
    }

    private static int[] Concat(int[][] parts)
    {
        int total = 0;
        foreach (var p in parts)
        {
            total += p.Length;
        }

        var all = new int[total];
        int at = 0;
        foreach (var p in parts)
        {
            p.CopyTo(all, at);
            at += p.Length;
        }

        return all;
    }

    private static long Key(int[] tokens, int at, int n) => n == 1 ? tokens[at] : ((long)tokens[at] << 32) | (uint)tokens[at + 1];

    private static double F1(int overlap, int candidateCount, int referenceCount)
    {
        if (overlap == 0)
        {
            return 0;
        }

        double precision = (double)overlap / candidateCount;
        double recall = (double)overlap / referenceCount;
        return 2 * precision * recall / (precision + recall);
    }
}
