using TextInsight.Internals;
using System.Numerics;
using TextInsight.Entities;
using TextInsight.Structure;

namespace TextInsight.Summaries;

/// <summary>
/// The per-sentence features of one article that <see cref="Summarizer"/> scores: computed once, then ranked under any
/// <see cref="SummarizerWeights"/> (which is what makes tuning fast).
/// </summary>
internal sealed class SummaryDocument
{
    private const int MaxIterations = 100;

    // Checked once per sentence in the loops over pairs of sentences, which take seconds on a document of thousands.
    private CancellationToken _cancellation;

    // The document whose tokens Build reads; only while Build runs (its tokens are pooled).
    private ArticleDocument? _source;

    private SummaryDocument(string text, TextSpan[] sentences)
    {
        Text = text;
        Sentences = sentences;
        int n = sentences.Length;
        WordCounts = new int[n];
        Vectors = new TermWeight[n][];
        Similarity = new float[n * n];
        Centrality = new double[n];
        OverlapCentrality = new double[n];
        TitleOverlap = new double[n];
        EntitySalience = new double[n];
        Centroid = new double[n];
        Frequency = new double[n];
        FrequencySum = new double[n];
        DistinctFrequencySum = new double[n];
        Counts = new SentenceTokenCounts[n];
        SurfaceFrequency = new double[n];
        Mentions = new int[n];
        ParagraphIndex = new int[n];
        IndexInParagraph = new int[n];
        ParagraphLead = new double[n];
        Quotation = new double[n];
        Eligible = new bool[n];
    }

    public string Text { get; }

    public TextSpan[] Sentences { get; }

    public int Count => Sentences.Length;

    /// <summary>Word and number tokens per sentence.</summary>
    public int[] WordCounts { get; }

    /// <summary>Unit-length TF-IDF vectors, sorted by term id.</summary>
    public TermWeight[][] Vectors { get; }

    /// <summary>Cosine similarities, row-major <c>n × n</c>.</summary>
    public float[] Similarity { get; }

    /// <summary>PageRank over the cosine graph, scaled to a maximum of 1.</summary>
    public double[] Centrality { get; }

    /// <summary>PageRank over the shared-term graph of TextRank (see <see cref="PlainTextRank"/>), scaled to a maximum of 1.</summary>
    public double[] OverlapCentrality { get; }

    /// <summary>Share of the title's terms in the sentence, plus half the share of its section heading's.</summary>
    public double[] TitleOverlap { get; }

    /// <summary>Summed salience of the linked entities mentioned, scaled to a maximum of 1.</summary>
    public double[] EntitySalience { get; }

    /// <summary>Cosine with the centroid of all sentences.</summary>
    public double[] Centroid { get; }

    /// <summary>
    /// Mean frequency in the body of the sentence's content words (SumBasic's score, Nenkova and Vanderwende 2005),
    /// scaled to a maximum of 1.
    /// </summary>
    public double[] Frequency { get; }

    /// <summary>
    /// Summed body frequency of the sentence's content words, each occurrence counted (so longer sentences of frequent
    /// words score higher, as in frequency-based extractors), scaled to a maximum of 1.
    /// </summary>
    public double[] FrequencySum { get; }

    /// <summary>As <see cref="FrequencySum"/>, each distinct content word counted once.</summary>
    public double[] DistinctFrequencySum { get; }

    /// <summary>
    /// Mean title-and-body frequency of the sentence's words as written (lower-cased, not stemmed, only pure function
    /// words dropped), over the highest such frequency.
    /// </summary>
    public double[] SurfaceFrequency { get; }

    /// <summary>Numbers, currency signs and capitalized words per sentence.</summary>
    public SentenceTokenCounts[] Counts { get; }

    /// <summary>Entity mentions per sentence.</summary>
    public int[] Mentions { get; }

    /// <summary>The index of the sentence's paragraph among the body's paragraphs (in order of appearance).</summary>
    public int[] ParagraphIndex { get; }

    /// <summary>The index of the sentence within its paragraph.</summary>
    public int[] IndexInParagraph { get; }

    /// <summary>1 for the first sentence of a paragraph, else 0.</summary>
    public double[] ParagraphLead { get; }

    /// <summary>1 for a sentence that opens with a quotation mark, 0.5 for one that holds one, else 0.</summary>
    public double[] Quotation { get; }

    /// <summary>Whether the sentence may be chosen: it lies in the body and repeats no earlier sentence.</summary>
    public bool[] Eligible { get; }

    public float SimilarityOf(int i, int j) => Similarity[(i * Count) + j];

    /// <summary>Computes the features of the body sentences <paramref name="sentences"/> of <paramref name="structure"/>.</summary>
    public static SummaryDocument Build(ArticleStructure structure, IReadOnlyList<TextSpan> sentences, EntityAnalysis entities)
        => Build(structure, sentences, entities, CancellationToken.None);

    /// <summary>Computes the features; <paramref name="cancellationToken"/> is checked once per sentence in the quadratic steps.</summary>
    internal static SummaryDocument Build(ArticleStructure structure, IReadOnlyList<TextSpan> sentences, EntityAnalysis entities, CancellationToken cancellationToken)
    {
        var source = ArticleDocument.Create(structure, sentences, tokenize: false);
        try
        {
            return Build(source, sentences, entities, cancellationToken);
        }
        finally
        {
            source.Release();
        }
    }

    /// <summary>Computes the features from the tokens <paramref name="source"/> holds; <paramref name="sentences"/> are its body sentences or their first part.</summary>
    internal static SummaryDocument Build(ArticleDocument source, IReadOnlyList<TextSpan> sentences, EntityAnalysis entities, CancellationToken cancellationToken)
    {
        var structure = source.Structure;
        string text = structure.Text;
        var spans = new TextSpan[sentences.Count];
        for (int i = 0; i < spans.Length; i++)
        {
            spans[i] = sentences[i];
        }

        var doc = new SummaryDocument(text, spans) { _cancellation = cancellationToken, _source = source };
        int n = spans.Length;
        if (n == 0)
        {
            return doc;
        }

        // The vocabularies and term lists are the thread's, cleared: only the features stay with the document.
        var scratch = Scratch.Rent();
        try
        {
            var vocabulary = scratch.Vocabulary;
            var surfaceVocabulary = scratch.SurfaceVocabulary;
            var terms = scratch.Terms;
            var surfaceTerms = scratch.SurfaceTerms;
            var termLists = new int[n][];
            var surfaceStarts = new int[n + 1];
            for (int i = 0; i < n; i++)
            {
                terms.Clear();
                surfaceStarts[i] = surfaceTerms.Count;
                doc.WordCounts[i] = SummaryTerms.Collect(text, source.TokensOf(spans[i]), vocabulary, terms, ref doc.Counts[i], surfaceVocabulary, surfaceTerms);
                termLists[i] = [.. terms];
            }

            surfaceStarts[n] = surfaceTerms.Count;
            doc.BuildSurfaceFrequency(structure, surfaceVocabulary, surfaceTerms, surfaceStarts, scratch);

            doc.BuildVectors(termLists, vocabulary.Count);
            doc.BuildSimilarity();
            doc.BuildCentrality();
            Array.Copy(doc.PlainTextRank(), doc.OverlapCentrality, n);
            doc.BuildTitleOverlap(structure, vocabulary);
            doc.BuildEntitySalience(entities);
            doc.BuildEligibility(structure);
            doc.BuildLayout(structure);
            doc._source = null;
            return doc;
        }
        finally
        {
            Scratch.Return(scratch);
        }
    }

    /// <summary>The per-document tables of <c>Build</c>, kept by the thread between documents (cleared, their capacity kept).</summary>
    private sealed class Scratch
    {
        // A table grown past this many terms (a very long page) is not kept.
        private const int MaxKeptTerms = 16_384;

        [ThreadStatic]
        private static Scratch? t_cached;

        public readonly Dictionary<string, int> Vocabulary = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> SurfaceVocabulary = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> TitleVocabulary = new(StringComparer.Ordinal);
        public readonly List<int> Terms = [];
        public readonly List<int> SurfaceTerms = [];
        public readonly List<int> TitleTerms = [];

        public static Scratch Rent()
        {
            var s = t_cached ?? new Scratch();
            t_cached = null;
            return s;
        }

        public static void Return(Scratch s)
        {
            if (s.Vocabulary.Count > MaxKeptTerms || s.SurfaceVocabulary.Count > MaxKeptTerms || s.SurfaceTerms.Count > 8 * MaxKeptTerms)
            {
                return;
            }

            s.Vocabulary.Clear();
            s.SurfaceVocabulary.Clear();
            s.TitleVocabulary.Clear();
            s.Terms.Clear();
            s.SurfaceTerms.Clear();
            s.TitleTerms.Clear();
            t_cached = s;
        }
    }

    /// <summary>
    /// Plain TextRank (Mihalcea and Tarau, 2004): PageRank over the graph whose edges are the number of shared terms
    /// divided by <c>ln|Si| + ln|Sj|</c>, without any other feature. The baseline of the evaluation.
    /// </summary>
    public double[] PlainTextRank()
    {
        int n = Count;
        var weights = new float[n * n];
        var logLength = new double[n];
        for (int i = 0; i < n; i++)
        {
            logLength[i] = Math.Log(Math.Max(1, WordCounts[i]));
        }

        for (int i = 0; i < n; i++)
        {
            _cancellation.ThrowIfCancellationRequested();
            for (int j = i + 1; j < n; j++)
            {
                double denominator = logLength[i] + logLength[j];
                if (denominator <= 0)
                {
                    continue;
                }

                int shared = SharedTerms(Vectors[i], Vectors[j]);
                float w = (float)(shared / denominator);
                weights[(i * n) + j] = w;
                weights[(j * n) + i] = w;
            }
        }

        return GraphRank.Dense(weights, n, MaxIterations, _cancellation);
    }

    private void BuildVectors(int[][] termLists, int vocabularySize)
    {
        int n = Count;
        var documentFrequency = new int[vocabularySize];
        var lastSeen = new int[vocabularySize];
        Array.Fill(lastSeen, -1);
        for (int i = 0; i < n; i++)
        {
            foreach (int t in termLists[i])
            {
                if (lastSeen[t] != i)
                {
                    lastSeen[t] = i;
                    documentFrequency[t]++;
                }
            }
        }

        var bodyFrequency = new int[vocabularySize];
        foreach (var list in termLists)
        {
            foreach (int t in list)
            {
                bodyFrequency[t]++;
            }
        }

        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            foreach (int t in termLists[i])
            {
                sum += bodyFrequency[t];
            }

            Frequency[i] = termLists[i].Length > 0 ? sum / termLists[i].Length : 0;
            FrequencySum[i] = sum;
        }

        Scaling.ScaleToMaximum(Frequency);
        Scaling.ScaleToMaximum(FrequencySum);

        var centroid = new double[vocabularySize];
        for (int i = 0; i < n; i++)
        {
            var list = termLists[i];
            Array.Sort(list);
            int distinct = 0;
            for (int k = 0; k < list.Length; k++)
            {
                distinct += k == 0 || list[k] != list[k - 1] ? 1 : 0;
            }

            var unit = new TermWeight[distinct];
            int d = 0;
            double norm = 0;
            double distinctSum = 0;
            for (int k = 0; k < list.Length;)
            {
                int t = list[k];
                distinctSum += bodyFrequency[t];
                int tf = 0;
                while (k < list.Length && list[k] == t)
                {
                    tf++;
                    k++;
                }

                // Sublinear term frequency; sentence-level IDF, since no background corpus is assumed.
                double w = (1 + Math.Log(tf)) * Math.Log(1 + ((double)n / documentFrequency[t]));
                unit[d++] = new TermWeight(t, w);
                norm += w * w;
            }

            DistinctFrequencySum[i] = distinctSum;
            norm = Math.Sqrt(norm);
            for (int k = 0; k < unit.Length; k++)
            {
                unit[k] = new TermWeight(unit[k].Term, norm > 0 ? unit[k].Weight / norm : 0);
                centroid[unit[k].Term] += unit[k].Weight;
            }

            Vectors[i] = unit;
        }

        Scaling.ScaleToMaximum(DistinctFrequencySum);
        double centroidNorm = 0;
        foreach (double c in centroid)
        {
            centroidNorm += c * c;
        }

        centroidNorm = Math.Sqrt(centroidNorm);
        if (centroidNorm == 0)
        {
            return;
        }

        for (int i = 0; i < n; i++)
        {
            double dot = 0;
            foreach (var tw in Vectors[i])
            {
                dot += tw.Weight * centroid[tw.Term];
            }

            Centroid[i] = dot / centroidNorm;
        }
    }

    /// <summary>
    /// The mean frequency, in the title and the body together, of the sentence's words as written (not stemmed; only
    /// pure function words dropped, so reporting words such as "said" count), scaled by the most frequent word: the
    /// classic word-frequency extractor's sentence score.
    /// </summary>
    private void BuildSurfaceFrequency(ArticleStructure structure, Dictionary<string, int> vocabulary, List<int> terms, int[] starts, Scratch scratch)
    {
        int bodyTerms = terms.Count;
        if (structure.Title is { } title)
        {
            var counts = default(SentenceTokenCounts);
            SummaryTerms.Collect(Text, _source!.TokensOf(title), scratch.TitleVocabulary, scratch.TitleTerms, ref counts, vocabulary, terms);
        }

        var frequency = new int[vocabulary.Count];
        int max = 0;
        foreach (int t in terms)
        {
            max = Math.Max(max, ++frequency[t]);
        }

        if (max == 0)
        {
            return;
        }

        for (int i = 0; i < Count; i++)
        {
            int from = starts[i];
            int to = Math.Min(starts[i + 1], bodyTerms);
            double sum = 0;
            for (int k = from; k < to; k++)
            {
                sum += frequency[terms[k]];
            }

            SurfaceFrequency[i] = to > from ? sum / (to - from) / max : 0;
        }
    }

    private void BuildSimilarity()
    {
        int n = Count;
        for (int i = 0; i < n; i++)
        {
            _cancellation.ThrowIfCancellationRequested();
            Similarity[(i * n) + i] = Vectors[i].Length > 0 ? 1 : 0;
            for (int j = i + 1; j < n; j++)
            {
                float s = (float)Dot(Vectors[i], Vectors[j]);
                Similarity[(i * n) + j] = s;
                Similarity[(j * n) + i] = s;
            }
        }
    }

    private void BuildCentrality()
    {
        int n = Count;
        var weights = new float[n * n];
        Array.Copy(Similarity, weights, weights.Length);
        for (int i = 0; i < n; i++)
        {
            weights[(i * n) + i] = 0;
        }

        var rank = GraphRank.Dense(weights, n, MaxIterations, _cancellation);
        Array.Copy(rank, Centrality, n);
    }

    private void BuildTitleOverlap(ArticleStructure structure, Dictionary<string, int> vocabulary)
    {
        var titleTerms = structure.Title is { } title ? DistinctTerms(title, vocabulary) : [];
        foreach (var section in structure.Sections)
        {
            var headingTerms = section.Heading is { } heading ? DistinctTerms(heading, vocabulary) : [];
            for (int i = 0; i < Count; i++)
            {
                var s = Sentences[i];
                if (s.Start < section.Span.Start || s.Start >= section.Span.End)
                {
                    continue;
                }

                TitleOverlap[i] = Share(titleTerms, Vectors[i]) + (0.5 * Share(headingTerms, Vectors[i]));
            }
        }

        if (structure.Sections.Count == 0)
        {
            for (int i = 0; i < Count; i++)
            {
                TitleOverlap[i] = Share(titleTerms, Vectors[i]);
            }
        }
    }

    private void BuildEntitySalience(EntityAnalysis entities)
    {
        foreach (var m in entities.Mentions)
        {
            // Sentences are in document order: find the last one starting at or before the mention.
            int lo = 0;
            int hi = Count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                if (Sentences[mid].Start <= m.Span.Start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            if (hi >= 0 && Sentences[hi].Contains(m.Span))
            {
                Mentions[hi]++;
            }
        }

        if (entities.Entities.Count == 0 || entities.Mentions.Count == 0)
        {
            return;
        }

        var salience = new Dictionary<int, double>(entities.Entities.Count);
        foreach (var e in entities.Entities)
        {
            salience[e.Id] = e.Salience;
        }

        var seen = new HashSet<int>();
        double max = 0;
        for (int i = 0; i < Count; i++)
        {
            var s = Sentences[i];
            seen.Clear();
            double sum = 0;
            foreach (var m in entities.Mentions)
            {
                if (m.EntityId is { } id && s.Contains(m.Span) && seen.Add(id) && salience.TryGetValue(id, out double value))
                {
                    sum += value;
                }
            }

            EntitySalience[i] = sum;
            max = Math.Max(max, sum);
        }

        if (max > 0)
        {
            for (int i = 0; i < Count; i++)
            {
                EntitySalience[i] /= max;
            }
        }
    }

    private void BuildEligibility(ArticleStructure structure)
    {
        for (int i = 0; i < Count; i++)
        {
            _cancellation.ThrowIfCancellationRequested();
            var s = Sentences[i];
            // The opening dateline ("WASHINGTON (AP) —", a segment of its own) says where the story was filed, not what it says.
            bool eligible = s.Length > 0 && structure.ZoneAt(s.Start) is Zone.Body or null && !(i == 0 && Dateline.IsSegment(s.Slice(Text)));
            for (int j = 0; eligible && j < i; j++)
            {
                if (SimilarityOf(i, j) > 0.99f && Sentences[j].Slice(Text).Equals(s.Slice(Text), StringComparison.OrdinalIgnoreCase))
                {
                    eligible = false;
                }
            }

            Eligible[i] = eligible;
        }
    }

    private void BuildLayout(ArticleStructure structure)
    {
        int previousParagraph = -1;
        int paragraphIndex = 0;
        var paragraphs = new List<TextSpan>();
        foreach (var section in structure.Sections)
        {
            paragraphs.AddRange(section.Paragraphs);
        }

        for (int i = 0; i < Count; i++)
        {
            var s = Sentences[i];
            while (paragraphIndex < paragraphs.Count && paragraphs[paragraphIndex].End <= s.Start)
            {
                paragraphIndex++;
            }

            bool inParagraph = paragraphIndex < paragraphs.Count && paragraphs[paragraphIndex].Start <= s.Start;
            int paragraph = inParagraph ? paragraphIndex : -2 - i;
            bool lead = paragraph != previousParagraph;
            ParagraphLead[i] = lead ? 1 : 0;
            ParagraphIndex[i] = i == 0 ? 0 : ParagraphIndex[i - 1] + (lead ? 1 : 0);
            IndexInParagraph[i] = lead ? 0 : IndexInParagraph[i - 1] + 1;
            previousParagraph = paragraph;

            var span = s.Slice(Text);
            Quotation[i] = span.Length > 0 && span[0] is '"' or '“' or '\'' or '‘' ? 1
                : span.IndexOfAny('"', '“', '”') >= 0 ? 0.5
                : 0;
        }
    }

    private int[] DistinctTerms(TextSpan span, Dictionary<string, int> vocabulary)
    {
        var list = new List<int>();
        var counts = default(SentenceTokenCounts);
        SummaryTerms.Collect(Text, _source!.TokensOf(span), vocabulary, list, ref counts, null, null);
        list.Sort();
        int write = 0;
        for (int k = 0; k < list.Count; k++)
        {
            if (write == 0 || list[write - 1] != list[k])
            {
                list[write++] = list[k];
            }
        }

        return [.. list.GetRange(0, write)];
    }

    private static double Share(int[] sortedTerms, TermWeight[] vector)
    {
        if (sortedTerms.Length == 0)
        {
            return 0;
        }

        int shared = 0;
        int a = 0;
        int b = 0;
        while (a < sortedTerms.Length && b < vector.Length)
        {
            int cmp = sortedTerms[a].CompareTo(vector[b].Term);
            if (cmp == 0)
            {
                shared++;
                a++;
                b++;
            }
            else if (cmp < 0)
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        return (double)shared / sortedTerms.Length;
    }

    private static double Dot(TermWeight[] x, TermWeight[] y)
    {
        double dot = 0;
        int a = 0;
        int b = 0;
        while (a < x.Length && b < y.Length)
        {
            int ta = x[a].Term;
            int tb = y[b].Term;
            if (ta == tb)
            {
                dot += x[a].Weight * y[b].Weight;
                a++;
                b++;
            }
            else if (ta < tb)
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        return dot;
    }

    private static int SharedTerms(TermWeight[] x, TermWeight[] y)
    {
        int shared = 0;
        int a = 0;
        int b = 0;
        while (a < x.Length && b < y.Length)
        {
            int ta = x[a].Term;
            int tb = y[b].Term;
            if (ta == tb)
            {
                shared++;
                a++;
                b++;
            }
            else if (ta < tb)
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        return shared;
    }
}
