using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace TextInsight.Structure.Html;

/// <summary>
/// The metric of the public article-extraction benchmarks (scrapinghub/article-extraction-benchmark): word 4-gram
/// ("shingle") multisets of the true and the extracted text are matched, the counts of true positives, false positives
/// and false negatives are normalized to sum to one per page, precision and recall are averaged over pages and F1 is
/// taken from the averages. Words are maximal runs of Unicode letters, numbers and underscores, case kept, as Python's
/// <c>\w+</c>; a text of fewer than four words is one shingle of all its words.
/// </summary>
internal static class ShingleMatcher
{
    private const int N = 4;

    /// <summary>The normalized counts of one page.</summary>
    public static ShingleCounts Match(string truth, string predicted)
    {
        var t = Shingles(truth);
        var p = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, trueCount) in t)
        {
            int predCount = p.GetValueOrDefault(key);
            tp += Math.Min(trueCount, predCount);
            fn += Math.Max(0, trueCount - predCount);
        }

        foreach (var (key, predCount) in p)
        {
            fp += Math.Max(0, predCount - t.GetValueOrDefault(key));
        }

        double sum = tp + fp + fn;
        return sum > 0 ? new ShingleCounts(tp / sum, fp / sum, fn / sum) : new ShingleCounts(0, 0, 0);
    }

    /// <summary>Averages precision and recall over pages, as the benchmark does, and F1 from the averages.</summary>
    public static (double Precision, double Recall, double F1) Aggregate(IReadOnlyList<ShingleCounts> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        double precisionSum = 0, recallSum = 0;
        int precisionPages = 0, recallPages = 0;
        foreach (var c in pages)
        {
            if (c.TruePositives + c.FalsePositives > 0)
            {
                precisionSum += c.Precision;
                precisionPages++;
            }

            if (c.TruePositives + c.FalseNegatives > 0)
            {
                recallSum += c.Recall;
                recallPages++;
            }
        }

        double precision = precisionPages > 0 ? precisionSum / precisionPages : 0;
        double recall = recallPages > 0 ? recallSum / recallPages : 0;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return (precision, recall, f1);
    }

    /// <summary>The words of <paramref name="text"/> as the benchmark's tokenizer finds them.</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                sb.Append(rune.ToString());
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
        }

        return words;
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var words = Words(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int last = Math.Max(1, words.Count - N + 1);
        for (int i = 0; i < last && i < words.Count; i++)
        {
            // Words hold no control characters, so a unit separator joins them without ambiguity.
            string key = string.Join('\u001f', CollectionsMarshal.AsSpan(words).Slice(i, Math.Min(N, words.Count - i)));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    private static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }
}
