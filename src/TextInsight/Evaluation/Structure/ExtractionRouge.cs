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
    /// <remarks>
    /// Only the cutting into sentences and tokens is the benchmark's own; the summary-level LCS is the same as the summary
    /// evaluation's (<see cref="Summaries.Rouge.LcsSumF1"/>).
    /// </remarks>
    public static double F1(string truth, string predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var truthSentences = Sentences(truth, vocabulary);
        var outputSentences = Sentences(predicted, vocabulary);
        if (truthSentences.Length == 0)
        {
            return outputSentences.Length == 0 ? 1 : 0;
        }

        return Summaries.Rouge.LcsSumF1(outputSentences, truthSentences);
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

    private static int[][] Sentences(string text, Dictionary<string, int> vocabulary)
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

        return [.. result];
    }
}
