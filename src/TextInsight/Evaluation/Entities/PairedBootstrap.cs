namespace TextInsight.Entities.Ner;

/// <summary>One article's name counts for two models scored on it: correct and found names of each, and the gold names.</summary>
internal readonly record struct PairedCounts(int CorrectA, int FoundA, int CorrectB, int FoundB, int Gold);

/// <summary>The result of <see cref="PairedBootstrap.Compare"/>: both F1s, their difference and its interval.</summary>
/// <param name="F1A">F1 of model A on all articles.</param>
/// <param name="F1B">F1 of model B on all articles.</param>
/// <param name="Low">The lower end of the interval of F1 A − F1 B.</param>
/// <param name="High">The upper end of the interval.</param>
/// <param name="ShareNotAbove">The share of resamples in which A's F1 was not above B's.</param>
/// <param name="Resamples">How many resamples were drawn.</param>
internal readonly record struct PairedComparison(double F1A, double F1B, double Low, double High, double ShareNotAbove, int Resamples)
{
    /// <summary>F1 A − F1 B on all articles.</summary>
    public double Difference => F1A - F1B;
}

/// <summary>
/// A paired bootstrap over articles (Efron and Tibshirani; as Koehn 2004 uses it for MT and Berg-Kirkpatrick et al.
/// 2012 for NLP): two models scored on the same articles are resampled together, article by article with replacement,
/// and the spread of the difference of their micro-averaged F1 over the resamples gives an interval for it. Articles,
/// not names, are the unit, since a document's names are not independent (a name repeats, a boilerplate line recurs).
/// </summary>
internal static class PairedBootstrap
{
    /// <summary>The default number of resamples.</summary>
    public const int DefaultResamples = 1000;

    /// <summary>Compares model A with model B on the articles' counts.</summary>
    /// <param name="articles">Each article's counts for both models.</param>
    /// <param name="resamples">Resamples to draw.</param>
    /// <param name="seed">Seed of the draws, so that a comparison is reproducible.</param>
    /// <param name="level">The interval's coverage (0.95: the 2.5th to the 97.5th percentile of the differences).</param>
    public static PairedComparison Compare(IReadOnlyList<PairedCounts> articles, int resamples = DefaultResamples, int seed = 1, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        if (level is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(level), "The level is a share between 0 and 1.");
        }

        var total = Sum(articles, null);
        double f1A = F1(total.CorrectA, total.FoundA, total.Gold), f1B = F1(total.CorrectB, total.FoundB, total.Gold);
        if (articles.Count == 0)
        {
            return new PairedComparison(f1A, f1B, 0, 0, 1, 0);
        }

        var random = new Random(seed);
        var draw = new int[articles.Count];
        var differences = new double[resamples];
        int notAbove = 0;
        for (int r = 0; r < resamples; r++)
        {
            for (int i = 0; i < draw.Length; i++)
            {
                draw[i] = random.Next(articles.Count);
            }

            var c = Sum(articles, draw);
            double d = F1(c.CorrectA, c.FoundA, c.Gold) - F1(c.CorrectB, c.FoundB, c.Gold);
            differences[r] = d;
            notAbove += d <= 0 ? 1 : 0;
        }

        Array.Sort(differences);
        double tail = (1 - level) / 2;
        return new PairedComparison(f1A, f1B, Percentile(differences, tail), Percentile(differences, 1 - tail), (double)notAbove / resamples, resamples);
    }

    // The q-quantile of sorted values, interpolated linearly between neighbours (type 7 of Hyndman and Fan).
    private static double Percentile(double[] sorted, double q)
    {
        double at = q * (sorted.Length - 1);
        int low = (int)Math.Floor(at);
        int high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((at - low) * (sorted[high] - sorted[low]));
    }

    private static PairedCounts Sum(IReadOnlyList<PairedCounts> articles, int[]? draw)
    {
        int ca = 0, fa = 0, cb = 0, fb = 0, g = 0;
        int n = draw?.Length ?? articles.Count;
        for (int i = 0; i < n; i++)
        {
            var a = articles[draw is null ? i : draw[i]];
            ca += a.CorrectA;
            fa += a.FoundA;
            cb += a.CorrectB;
            fb += a.FoundB;
            g += a.Gold;
        }

        return new PairedCounts(ca, fa, cb, fb, g);
    }

    /// <summary>F1 from counts (0 where nothing is found or nothing is gold).</summary>
    public static double F1(int correct, int found, int gold) =>
        found == 0 || gold == 0 || correct == 0 ? 0 : 2.0 * correct / (found + gold);
}
