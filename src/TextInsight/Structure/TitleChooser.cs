using System.Runtime.CompilerServices;
using TextInsight.Internals;

namespace TextInsight.Structure;

/// <summary>
/// The title chooser: a small ranker that reorders the headline pass's likeliest candidates of a document. For each of
/// the (at most <see cref="MaxCandidates"/>) likeliest eligible units it reads <see cref="FeatureCount"/> features of
/// the candidate against the others (the headline pass's log-odds, rank, gap to the best and share of the list) and
/// against the document (length, capitals, ending, stopwords, the words the first body sentences and the whole body
/// share with it, lines that hold it or that it holds, bylines and menus around it, repetition, where the body
/// starts), and scores it with one weight per feature (a conditional logit: the softmax of the scores over the list,
/// trained by <see cref="Training.TitleChooserTrainer"/> on the pages' headlines). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The chooser reorders, it does not decide whether a document has a title: the best candidate keeps the headline
/// pass's probability (so the parser's threshold means what it meant), and the others are scaled below it by their
/// softmax share against the chosen one.
/// </remarks>
internal sealed class TitleChooser
{
    /// <summary>Candidates compared: the likeliest eligible units by the headline pass.</summary>
    public const int MaxCandidates = 8;

    /// <summary>Candidates below this headline probability are not compared.</summary>
    public const double MinProbability = 0.005;

    /// <summary>Features per candidate.</summary>
    public const int FeatureCount = 33;

    /// <summary>Characters of body text from the first body unit after a candidate: about its first sentences.</summary>
    private const int ShortLeadChars = 400;

    /// <summary>Characters of body text from the first body unit after a candidate: about its first sentence.</summary>
    private const int FirstSentenceChars = 150;

    /// <summary>Characters of body text, from the first body unit of the document, that a candidate's words are looked for in.</summary>
    private const int BodyChars = 12000;

    private readonly float[] _mean;
    private readonly float[] _scale;
    private readonly double[] _weights;

    [ThreadStatic]
    private static float[]? t_features;

    public TitleChooser(float[] mean, float[] scale, double[] weights)
    {
        if (mean.Length != FeatureCount || scale.Length != FeatureCount || weights.Length != FeatureCount)
        {
            throw new ArgumentException($"A title chooser has {FeatureCount} features.", nameof(weights));
        }

        _mean = mean;
        _scale = scale;
        _weights = weights;
    }

    /// <summary>The weight of each standardized feature.</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>Whether the parser may take unit <paramref name="i"/> for the title (see ArticleParser.ChooseTitle).</summary>
    public static bool IsEligible(ReadOnlySpan<TextUnit> units, ReadOnlySpan<float> rows, int i)
    {
        ref readonly var u = ref units[i];
        return u.Signal is null && !u.IsNumber && rows[(i * LineFeatures.Width) + 18] <= 0 && ArticleParser.IsTitleSized(u);
    }

    /// <summary>
    /// Writes into <paramref name="candidates"/> the likeliest eligible units by <paramref name="title"/> (at least
    /// <see cref="MinProbability"/>), likeliest first, and returns how many.
    /// </summary>
    public static int FindCandidates(ReadOnlySpan<TextUnit> units, ReadOnlySpan<float> rows, ReadOnlySpan<double> title, int window, Span<int> candidates)
    {
        int count = 0;
        for (int i = 0; i < window; i++)
        {
            double p = title[i];
            if (p < MinProbability || !IsEligible(units, rows, i))
            {
                continue;
            }

            // Insertion into the short list, likeliest first (ties: the earlier unit first).
            int at = count;
            while (at > 0 && title[candidates[at - 1]] < p)
            {
                at--;
            }

            if (at >= MaxCandidates)
            {
                continue;
            }

            int last = Math.Min(count, MaxCandidates - 1);
            for (int k = last; k > at; k--)
            {
                candidates[k] = candidates[k - 1];
            }

            candidates[at] = i;
            count = Math.Min(count + 1, MaxCandidates);
        }

        return count;
    }

    /// <summary>
    /// Reorders the likeliest candidates of <paramref name="title"/> by the chooser's scores: the chosen one gets the
    /// best candidate's probability, the others that times their softmax share against it.
    /// </summary>
    public void Rescore(string text, ReadOnlySpan<TextUnit> units, ReadOnlySpan<double> body, ReadOnlySpan<float> rows, Span<double> title, int window)
    {
        Span<int> candidates = stackalloc int[MaxCandidates];
        int count = FindCandidates(units, rows, title, window, candidates);
        if (count < 2)
        {
            return;
        }

        var features = ThreadScratch.Get(ref t_features, MaxCandidates * FeatureCount).AsSpan(0, count * FeatureCount);
        Fill(text, units, body, rows, title, candidates[..count], features);
        Span<double> scores = stackalloc double[MaxCandidates];
        double best = double.NegativeInfinity;
        for (int k = 0; k < count; k++)
        {
            scores[k] = Score(features.Slice(k * FeatureCount, FeatureCount));
            best = Math.Max(best, scores[k]);
        }

        double top = title[candidates[0]];
        for (int k = 0; k < count; k++)
        {
            title[candidates[k]] = top * Math.Exp(scores[k] - best);
        }
    }

    /// <summary>The score of one candidate's raw features.</summary>
    public double Score(ReadOnlySpan<float> features)
    {
        double s = 0;
        for (int f = 0; f < FeatureCount; f++)
        {
            s += _weights[f] * ((features[f] - _mean[f]) / _scale[f]);
        }

        return s;
    }

    /// <summary>
    /// Writes the features of each of <paramref name="candidates"/> (likeliest first) into <paramref name="features"/>,
    /// <see cref="FeatureCount"/> a candidate. <paramref name="rows"/> are the structure model's filled rows.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Fill(string text, ReadOnlySpan<TextUnit> units, ReadOnlySpan<double> body, ReadOnlySpan<float> rows, ReadOnlySpan<double> title, ReadOnlySpan<int> candidates, Span<float> features)
    {
        int n = units.Length;
        int firstBody = LineFeatures.FirstBody(units, body);
        double bestLogit = Logit(title[candidates[0]]);
        double sum = 0;
        foreach (int i in candidates)
        {
            sum += title[i];
        }

        var wholeBody = firstBody < n ? text.AsSpan(units[firstBody].Start, Math.Min(BodyChars, text.Length - units[firstBody].Start)) : default;
        for (int k = 0; k < candidates.Length; k++)
        {
            int i = candidates[k];
            ref readonly var u = ref units[i];
            var row = rows.Slice(i * LineFeatures.Width, LineFeatures.Width);
            var f = features.Slice(k * FeatureCount, FeatureCount);
            double logit = Logit(title[i]);
            f[0] = (float)logit;
            f[1] = (float)(logit - bestLogit);
            f[2] = k;
            f[3] = (float)(title[i] / sum);
            f[4] = MathF.Log(1 + u.Words);
            f[5] = MathF.Log(1 + u.Length);
            f[6] = (float)u.CapitalShare;
            f[7] = u.EndsSentence ? 1 : 0;
            f[8] = row[12];
            int pass2 = LineFeatures.Pass2Count;
            f[9] = Math.Max(0, row[pass2 + 5]);
            f[10] = MathF.Log(1 + Math.Max(0, row[pass2 + 6]));
            f[11] = row[pass2 + 9];
            f[12] = Math.Min(3, row[LineFeatures.HeldByOthersColumn]);
            f[13] = row[LineFeatures.HoldsOtherColumn];
            float metadataAfter = row[LineFeatures.MetadataAfterColumn];
            f[14] = metadataAfter > 0 ? 1 / metadataAfter : 0;
            f[15] = MathF.Log(1 + row[LineFeatures.ShortRunBeforeColumn]);
            f[16] = MathF.Log(1 + row[19]);
            f[17] = Math.Clamp(firstBody - i, -10, 40) / 10f;
            f[18] = (float)i / (firstBody + 1);
            f[19] = (float)body[i];
            f[20] = row[pass2 + 16];
            f[21] = row[pass2 + 14];
            int next = NextBody(units, body, i);
            var shortLead = next < n ? text.AsSpan(units[next].Start, Math.Min(ShortLeadChars, text.Length - units[next].Start)) : default;
            var s = text.AsSpan(u.Start, u.Length);
            Overlap(s, shortLead, wholeBody, out int words, out int inLead, out int inBody, out int inFirst);
            f[22] = words == 0 ? 0 : (float)inLead / words;
            f[23] = words == 0 ? 0 : (float)inBody / words;
            f[24] = words == 0 ? 1 : 0;
            f[25] = MathF.Log(1 + ShortRunAfter(units, i));
            f[26] = u.IsHeadlineLike ? 1 : 0;
            f[27] = MathF.Log(1 + inLead);
            f[28] = MathF.Log(1 + inBody);
            f[29] = u.Words <= 3 ? f[23] : 0;
            f[30] = words == 0 ? 0 : (float)inFirst / words;
            f[31] = MetadataBefore(rows, i);
            f[32] = (i > 0 && rows[((i - 1) * LineFeatures.Width) + 15] > 0) || (i + 1 < n && rows[((i + 1) * LineFeatures.Width) + 15] > 0) ? 1 : 0;
        }
    }

    private static double Logit(double p)
    {
        p = Math.Clamp(p, 1e-6, 1 - 1e-6);
        return Math.Log(p / (1 - p));
    }

    /// <summary>The first unit after <paramref name="i"/> of some length that the body pass keeps, or the unit count.</summary>
    private static int NextBody(ReadOnlySpan<TextUnit> units, ReadOnlySpan<double> body, int i)
    {
        for (int k = i + 1; k < units.Length; k++)
        {
            if (body[k] >= 0.5 && units[k].Words >= 8)
            {
                return k;
            }
        }

        return units.Length;
    }

    /// <summary>One over how far before unit <paramref name="i"/> the nearest byline or date line stands, within four units (0: none).</summary>
    private static float MetadataBefore(ReadOnlySpan<float> rows, int i)
    {
        for (int d = 1; d <= 4 && i - d >= 0; d++)
        {
            if (rows[((i - d) * LineFeatures.Width) + 18] > 0)
            {
                return 1f / d;
            }
        }

        return 0;
    }

    /// <summary>How many units of at most three words stand right after unit <paramref name="i"/> (a menu below it).</summary>
    private static int ShortRunAfter(ReadOnlySpan<TextUnit> units, int i)
    {
        int count = 0;
        for (int k = i + 1; k < units.Length && units[k].Words <= 3 && count < 50; k++)
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// The candidate's words of four letters or more, and how many of them <paramref name="lead"/>, its first
    /// sentence or so and <paramref name="body"/> hold (ignoring case).
    /// </summary>
    private static void Overlap(ReadOnlySpan<char> s, ReadOnlySpan<char> lead, ReadOnlySpan<char> body, out int words, out int inLead, out int inBody, out int inFirst)
    {
        words = 0;
        inLead = 0;
        inBody = 0;
        inFirst = 0;
        var first = lead[..Math.Min(lead.Length, FirstSentenceChars)];
        int start = -1;
        for (int k = 0; k <= s.Length; k++)
        {
            if (k < s.Length && char.IsLetterOrDigit(s[k]))
            {
                if (start < 0)
                {
                    start = k;
                }

                continue;
            }

            if (start >= 0 && k - start >= 4)
            {
                var word = s[start..k];
                words++;
                inLead += lead.Contains(word, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                inFirst += first.Contains(word, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                inBody += body.Contains(word, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            }

            start = -1;
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(FeatureCount);
        for (int f = 0; f < FeatureCount; f++)
        {
            writer.Write(_mean[f]);
            writer.Write(_scale[f]);
            writer.Write(_weights[f]);
        }
    }

    /// <exception cref="InvalidDataException">The chooser has another feature count.</exception>
    public static TitleChooser Read(BinaryReader reader)
    {
        if (reader.ReadInt32() != FeatureCount)
        {
            throw new InvalidDataException($"Not a title chooser of this version (expected {FeatureCount} features).");
        }

        var mean = new float[FeatureCount];
        var scale = new float[FeatureCount];
        var weights = new double[FeatureCount];
        for (int f = 0; f < FeatureCount; f++)
        {
            mean[f] = reader.ReadSingle();
            scale[f] = reader.ReadSingle();
            weights[f] = reader.ReadDouble();
        }

        return new TitleChooser(mean, scale, weights);
    }
}
