using TextInsight.Entities;
using TextInsight.Structure;

namespace TextInsight.Summaries;

/// <summary>
/// Extractive summarizer. Each body sentence gets a weighted sum of features (<see cref="SummarizerWeights"/>): graph
/// centrality twice (PageRank over the TF-IDF cosine graph as in LexRank, and over TextRank's shared-term graph), the
/// mean body frequency of its content words (SumBasic), closeness to the article's centroid, overlap with the title
/// and its section heading, the salience of the linked entities it mentions, a lead prior, a paragraph-lead bonus, a
/// length prior and a penalty for direct quotes; the sum is multiplied by a length factor and scaled to a maximum of 1.
/// Sentences are then taken greedily by that score minus a redundancy penalty (maximal marginal relevance) until the
/// <see cref="SummaryLength"/> is reached, and returned in document order. Only the sentences it is given are
/// candidates, and of those only the ones in the body: never the title, a heading or boilerplate; a sentence that
/// repeats an earlier one is never taken. A body longer than <see cref="MaxSentences"/> sentences is summarized from its
/// first <see cref="MaxSentences"/>. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// var structure = ArticleParser.Default.Parse(text);
/// var sentences = structure.SplitSentences();
/// Summary summary = Summarizer.Default.Summarize(structure, sentences, EntityAnalysis.Empty, SummaryLength.FromRatio(0.3));
/// </code>
/// </example>
public sealed class Summarizer
{
    private readonly bool _useDefaultModel;
    private readonly SummaryModel? _model;

    /// <summary>Creates an unsupervised summarizer with the given feature weights (no trained model).</summary>
    /// <param name="weights">The weights; <see cref="SummarizerWeights.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A weight is out of range.</exception>
    public Summarizer(SummarizerWeights? weights = null)
    {
        Weights = weights ?? SummarizerWeights.Default;
        Weights.Validate();
    }

    /// <summary>
    /// Creates a summarizer that ranks sentences by the trained <paramref name="model"/>, and by the weighted features
    /// of <paramref name="weights"/> where the model's features do not separate the sentences.
    /// </summary>
    /// <param name="model">The sentence scorer.</param>
    /// <param name="weights">The unsupervised weights and redundancy penalty; <see cref="SummarizerWeights.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A weight is out of range.</exception>
    public Summarizer(SummaryModel model, SummarizerWeights? weights = null)
        : this(weights)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    private Summarizer(bool useDefaultModel)
        : this((SummarizerWeights?)null)
    {
        _useDefaultModel = useDefaultModel;
    }

    /// <summary>A shared instance with the built-in <see cref="SummaryModel.Default"/> (loaded on first use) and the tuned weights.</summary>
    public static Summarizer Default { get; } = new(useDefaultModel: true);

    /// <summary>The feature weights of the unsupervised score (and the redundancy penalty).</summary>
    public SummarizerWeights Weights { get; }

    /// <summary>The trained sentence scorer, or <see langword="null"/> for an unsupervised summarizer.</summary>
    public SummaryModel? Model => _useDefaultModel ? SummaryModel.Default : _model;

    /// <summary>Summarizes an article from its body sentences.</summary>
    /// <param name="structure">The article's structure (title, headings, paragraphs).</param>
    /// <param name="sentences">The body sentences, in document order.</param>
    /// <param name="entities">The article's entities; their salience counts when they are linked.</param>
    /// <param name="length">How long the summary is.</param>
    /// <returns>The chosen sentences, in document order; empty when there are none.</returns>
    public Summary Summarize(ArticleStructure structure, IReadOnlyList<TextSpan> sentences, EntityAnalysis entities, SummaryLength length)
        => Summarize(structure, sentences, entities, length, CancellationToken.None);

    /// <summary>Summarizes, checking <paramref name="cancellationToken"/> once per sentence in the steps over pairs of sentences.</summary>
    internal Summary Summarize(ArticleStructure structure, IReadOnlyList<TextSpan> sentences, EntityAnalysis entities, SummaryLength length, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(structure);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        var document = ArticleDocument.Create(structure, sentences, tokenize: false);
        try
        {
            return Summarize(document, sentences, entities, length, cancellationToken);
        }
        finally
        {
            document.Release();
        }
    }

    /// <summary>Summarizes a document from its body sentences, its tokens and its entities (empty when no component set them).</summary>
    internal Summary Summarize(ArticleDocument document, SummaryLength length, CancellationToken cancellationToken)
        => Summarize(document, document.Sentences, document.Entities, length, cancellationToken);

    private Summary Summarize(ArticleDocument source, IReadOnlyList<TextSpan> sentences, EntityAnalysis entities, SummaryLength length, CancellationToken cancellationToken)
    {
        if (sentences.Count == 0)
        {
            return Summary.Empty;
        }

        // The sentence graphs are n × n: a body of 100,000 sentences (a 16 MB document) would need tens of gigabytes.
        if (sentences.Count > MaxSentences)
        {
            sentences = [.. sentences.Take(MaxSentences)];
        }

        var document = SummaryDocument.Build(source, sentences, entities, cancellationToken);
        return Create(document, Select(document, Model, Weights, length));
    }

    /// <summary>
    /// The most body sentences a summary is chosen from: a longer body (no news article comes near; the longest of the
    /// 1,780 BBC articles has a few hundred) is summarized from its first this many sentences, so that the similarity
    /// graphs stay within 2 × 4 MB and the time within milliseconds.
    /// </summary>
    public const int MaxSentences = 1000;

    /// <summary>Builds a summary of the sentences at <paramref name="indices"/> (in document order) of <paramref name="document"/>.</summary>
    internal static Summary Create(SummaryDocument document, int[] indices)
    {
        if (indices.Length == 0)
        {
            return Summary.Empty;
        }

        var chosen = new TextSpan[indices.Length];
        for (int i = 0; i < indices.Length; i++)
        {
            chosen[i] = document.Sentences[indices[i]];
        }

        return Create(document.Text, chosen);
    }

    /// <summary>Builds a summary from chosen sentences (already in document order).</summary>
    internal static Summary Create(string text, IReadOnlyList<TextSpan> chosen)
    {
        var parts = new string[chosen.Count];
        for (int i = 0; i < chosen.Count; i++)
        {
            parts[i] = chosen[i].GetText(text);
        }

        return new Summary(string.Join(' ', parts), chosen);
    }

    /// <summary>The feature score of every sentence (before the redundancy penalty) under <paramref name="weights"/>.</summary>
    internal static double[] Score(SummaryDocument document, SummarizerWeights weights)
    {
        int n = document.Count;
        var scores = new double[n];
        double meanWords = 0;
        for (int i = 0; i < n; i++)
        {
            meanWords += document.WordCounts[i];
        }

        meanWords = Math.Max(1, meanWords / Math.Max(1, n));
        double max = 0;
        for (int i = 0; i < n; i++)
        {
            double position = Math.Exp(-i / weights.PositionDecay);
            double length = Math.Min(document.WordCounts[i], weights.LengthTarget) / weights.LengthTarget;
            scores[i] = (weights.Centrality * document.Centrality[i])
                + (weights.OverlapCentrality * document.OverlapCentrality[i])
                + (weights.Position * position)
                + (weights.TitleOverlap * document.TitleOverlap[i])
                + (weights.ParagraphLead * document.ParagraphLead[i])
                - (weights.QuotationPenalty * document.Quotation[i])
                + (weights.EntitySalience * document.EntitySalience[i])
                + (weights.Centroid * document.Centroid[i])
                + (weights.Frequency * document.Frequency[i])
                + (weights.Length * length);
            scores[i] = Math.Max(0, scores[i]);
            if (weights.LengthExponent > 0)
            {
                scores[i] *= Math.Pow(document.WordCounts[i] / meanWords, weights.LengthExponent);
            }

            max = Math.Max(max, scores[i]);
        }

        // Scaled to a maximum of 1, so that the redundancy penalty means the same whatever the weights.
        if (max > 0)
        {
            for (int i = 0; i < n; i++)
            {
                scores[i] /= max;
            }
        }

        return scores;
    }

    /// <summary>Chooses sentences by maximal marginal relevance and returns their indices in document order.</summary>
    internal static int[] Select(SummaryDocument document, SummarizerWeights weights, SummaryLength length)
        => SelectByScore(document, Score(document, weights), weights.Redundancy, length);

    /// <summary>
    /// Chooses sentences by the model's scores (the unsupervised score when there is no model, when the body has fewer
    /// than <see cref="MinimumForModel"/> eligible sentences, or when the model cannot tell the sentences apart), by
    /// maximal marginal relevance; returns their indices in document order.
    /// </summary>
    internal static int[] Select(SummaryDocument document, SummaryModel? model, SummarizerWeights weights, SummaryLength length)
    {
        var unsupervised = Score(document, weights);
        if (model is null || document.Count == 0 || CountEligible(document) < MinimumForModel)
        {
            return SelectByScore(document, unsupervised, weights.Redundancy, length);
        }

        var scores = model.Score(document, unsupervised) ?? unsupervised;
        return SelectByScore(document, scores, weights.Redundancy, length);
    }

    /// <summary>
    /// Under this many eligible sentences the model's position and rank features say little (every sentence is near the
    /// lead), and the unsupervised score decides.
    /// </summary>
    internal const int MinimumForModel = 3;

    private static int CountEligible(SummaryDocument document)
    {
        int count = 0;
        foreach (bool e in document.Eligible)
        {
            if (e)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Greedily takes the eligible sentence of highest <c>score − redundancy × (highest cosine with a chosen sentence)</c>
    /// until the length is reached; under a word budget, a sentence that would overflow it is passed over (the first
    /// pick is always taken). Returns the indices in document order.
    /// </summary>
    internal static int[] SelectByScore(SummaryDocument document, double[] scores, double redundancy, SummaryLength length)
    {
        int n = document.Count;
        int eligibleCount = 0;
        for (int i = 0; i < n; i++)
        {
            if (document.Eligible[i])
            {
                eligibleCount++;
            }
        }

        int want = length.SentenceCountFor(eligibleCount);
        if (want == 0)
        {
            return [];
        }

        var open = new bool[n];
        Array.Copy(document.Eligible, open, n);
        var maxSimilarity = new double[n];
        var chosen = new List<int>(Math.Min(want, 64));
        int budget = length.IsWordBudget ? length.Words : int.MaxValue;
        int used = 0;
        while (chosen.Count < want)
        {
            int best = -1;
            double bestValue = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                if (!open[i])
                {
                    continue;
                }

                double value = scores[i] - (redundancy * maxSimilarity[i]);
                if (value > bestValue)
                {
                    bestValue = value;
                    best = i;
                }
            }

            if (best < 0)
            {
                break;
            }

            open[best] = false;
            int words = document.WordCounts[best];
            if (chosen.Count > 0 && used + words > budget)
            {
                continue;
            }

            chosen.Add(best);
            used += words;
            for (int i = 0; i < n; i++)
            {
                if (open[i])
                {
                    maxSimilarity[i] = Math.Max(maxSimilarity[i], document.SimilarityOf(i, best));
                }
            }
        }

        var result = chosen.ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>The first sentences of the body, as many as <paramref name="length"/> asks: the Lead baseline.</summary>
    internal static int[] SelectLead(SummaryDocument document, SummaryLength length)
    {
        var scores = new double[document.Count];
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] = -i;
        }

        return SelectByScore(document, scores, 0, length);
    }

    /// <summary>The top sentences by plain TextRank, as many as <paramref name="length"/> asks: the TextRank baseline.</summary>
    internal static int[] SelectPlainTextRank(SummaryDocument document, SummaryLength length)
        => SelectByScore(document, document.PlainTextRank(), 0, length);
}
