using System.Text;

namespace TextInsight.Summaries;

/// <summary>
/// Scores predicted key phrases against people's, by the protocol of the large published comparisons (Hasan and Ng
/// 2014; Boudin's pke): each phrase is lower-cased, split at white space, stripped of punctuation at token edges, a final
/// possessive <c>'s</c> split off, and every token Porter-stemmed; predictions are deduplicated after stemming and cut to
/// k; a match is exact equality of stemmed phrases; precision is over min(k, predictions), recall over all gold phrases,
/// and both are macro-averaged. Documents without a gold phrase are left out.
/// </summary>
internal static class KeyphraseEvaluator
{
    /// <summary>The stemmed form of a phrase under the protocol; empty when it holds no token.</summary>
    public static string Normalize(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var result = new StringBuilder(phrase.Length);
        foreach (var raw in phrase.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            string token = raw.Replace('’', '\'');
            int start = 0, end = token.Length;
            while (start < end && IsEdgePunctuation(token[start]))
            {
                start++;
            }

            while (end > start && IsEdgePunctuation(token[end - 1]))
            {
                end--;
            }

            token = token[start..end];
            if (token.Length > 2 && token.EndsWith("'s", StringComparison.Ordinal))
            {
                Append(result, PorterStemmer.Stem(token[..^2]));
                Append(result, "'s");
            }
            else if (token.Length > 0)
            {
                Append(result, PorterStemmer.Stem(token));
            }
        }

        return result.ToString();
    }

    /// <summary>The scores of one document at cut-off <paramref name="k"/>.</summary>
    /// <returns>Precision, recall and F1; null when the gold holds no phrase.</returns>
    public static (double Precision, double Recall, double F1)? ScoreDocument(IReadOnlyList<string> predicted, IReadOnlyList<string> gold, int k)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var goldSet = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in gold)
        {
            string n = Normalize(g);
            if (n.Length > 0)
            {
                goldSet.Add(n);
            }
        }

        if (goldSet.Count == 0)
        {
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        int matches = 0;
        foreach (var p in predicted)
        {
            if (seen.Count == k)
            {
                break;
            }

            string n = Normalize(p);
            if (n.Length > 0 && seen.Add(n) && goldSet.Contains(n))
            {
                matches++;
            }
        }

        double precision = seen.Count == 0 ? 0 : (double)matches / seen.Count;
        double recall = (double)matches / goldSet.Count;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    /// <summary>The macro-averaged scores at cut-off <paramref name="k"/> over documents given as (predicted, gold) pairs.</summary>
    public static KeyphraseScores Evaluate(IEnumerable<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)> documents, int k)
    {
        ArgumentNullException.ThrowIfNull(documents);
        double p = 0, r = 0, f = 0;
        int n = 0;
        foreach (var (predicted, gold) in documents)
        {
            if (ScoreDocument(predicted, gold, k) is { } s)
            {
                p += s.Precision;
                r += s.Recall;
                f += s.F1;
                n++;
            }
        }

        return n == 0 ? new KeyphraseScores(k, 0, 0, 0, 0) : new KeyphraseScores(k, p / n, r / n, f / n, n);
    }

    private static bool IsEdgePunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    private static void Append(StringBuilder result, string token)
    {
        if (result.Length > 0)
        {
            result.Append(' ');
        }

        result.Append(token);
    }
}
