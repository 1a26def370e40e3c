namespace TextInsight.Summaries;

/// <summary>
/// The features <see cref="SummaryModel"/> scores a sentence by, computed from a <see cref="SummaryDocument"/>: where the
/// sentence stands (in the body and in its paragraph), how long it is, how central (LexRank, TextRank, centroid), how
/// much of the body's frequent vocabulary it carries, how much it shares with the title and the lead, what it holds
/// (numbers, money, names, entities, quotes), and the unsupervised score and its rank. Ranks are shares of the body
/// (0 for the best), which carries over to articles of any length. The order is the model file's order: append only.
/// </summary>
internal static class SentenceFeatures
{
    /// <summary>The feature names, in order; a model file records them so that a mismatch is caught on load.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "relative-position", "first", "second", "log-index", "log-paragraph", "paragraph-lead", "log-index-in-paragraph",
        "log-words", "words-over-mean", "long", "lexrank", "lexrank-rank", "textrank", "textrank-rank", "mean-frequency",
        "frequency-sum", "frequency-sum-rank", "distinct-frequency-sum", "distinct-frequency-sum-rank", "centroid",
        "title-overlap", "lead-similarity", "quotation", "log-numbers", "money", "log-capitalized", "entity-salience",
        "log-mentions", "log-sentences", "unsupervised", "unsupervised-rank", "surface-frequency", "surface-frequency-rank",
    ];

    /// <summary>The number of features.</summary>
    public static int Count => Names.Count;

    /// <summary>
    /// Writes the features of every sentence of <paramref name="document"/> into <paramref name="features"/>
    /// (row-major, <c>Count × <see cref="Count"/></c>), given the unsupervised scores <paramref name="unsupervised"/>.
    /// </summary>
    public static void Compute(SummaryDocument document, double[] unsupervised, Span<float> features)
    {
        int n = document.Count;
        int f = Count;
        if (features.Length < n * f)
        {
            throw new ArgumentException("The feature buffer is too small.", nameof(features));
        }

        double meanWords = 0;
        for (int i = 0; i < n; i++)
        {
            meanWords += document.WordCounts[i];
        }

        meanWords = Math.Max(1, meanWords / Math.Max(1, n));
        int lead = 0;
        while (lead < n - 1 && !document.Eligible[lead])
        {
            lead++;
        }

        var order = new int[n];
        var rank = new float[n * 6];
        Rank(document.Centrality, order, rank.AsSpan(0, n));
        Rank(document.OverlapCentrality, order, rank.AsSpan(n, n));
        Rank(document.FrequencySum, order, rank.AsSpan(2 * n, n));
        Rank(document.DistinctFrequencySum, order, rank.AsSpan(3 * n, n));
        Rank(unsupervised, order, rank.AsSpan(4 * n, n));
        Rank(document.SurfaceFrequency, order, rank.AsSpan(5 * n, n));
        float logSentences = MathF.Log(n);
        for (int i = 0; i < n; i++)
        {
            var row = features.Slice(i * f, f);
            int words = document.WordCounts[i];
            var counts = document.Counts[i];
            row[0] = n > 1 ? (float)i / (n - 1) : 0;
            row[1] = i == 0 ? 1 : 0;
            row[2] = i == 1 ? 1 : 0;
            row[3] = MathF.Log(1 + i);
            row[4] = MathF.Log(1 + document.ParagraphIndex[i]);
            row[5] = (float)document.ParagraphLead[i];
            row[6] = MathF.Log(1 + document.IndexInParagraph[i]);
            row[7] = MathF.Log(1 + words);
            row[8] = (float)(words / meanWords);
            row[9] = words >= 30 ? 1 : 0;
            row[10] = (float)document.Centrality[i];
            row[11] = rank[i];
            row[12] = (float)document.OverlapCentrality[i];
            row[13] = rank[n + i];
            row[14] = (float)document.Frequency[i];
            row[15] = (float)document.FrequencySum[i];
            row[16] = rank[(2 * n) + i];
            row[17] = (float)document.DistinctFrequencySum[i];
            row[18] = rank[(3 * n) + i];
            row[19] = (float)document.Centroid[i];
            row[20] = (float)document.TitleOverlap[i];
            row[21] = i == lead ? 1 : document.SimilarityOf(i, lead);
            row[22] = (float)document.Quotation[i];
            row[23] = MathF.Log(1 + counts.Numbers);
            row[24] = counts.Currencies > 0 ? 1 : 0;
            row[25] = MathF.Log(1 + counts.Capitalized);
            row[26] = (float)document.EntitySalience[i];
            row[27] = MathF.Log(1 + document.Mentions[i]);
            row[28] = logSentences;
            row[29] = (float)unsupervised[i];
            row[30] = rank[(4 * n) + i];
            row[31] = (float)document.SurfaceFrequency[i];
            row[32] = rank[(5 * n) + i];
        }
    }

    /// <summary>Each value's rank from the highest (ties by position), as a share of the count: 0 for the best.</summary>
    private static void Rank(double[] values, int[] order, Span<float> rank)
    {
        int n = values.Length;
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            int c = values[b].CompareTo(values[a]);
            return c != 0 ? c : a.CompareTo(b);
        });
        float scale = n > 1 ? 1f / (n - 1) : 0;
        for (int r = 0; r < n; r++)
        {
            rank[order[r]] = r * scale;
        }
    }
}
