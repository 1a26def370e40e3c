using System.Text;

namespace TextInsight.Summaries;

/// <summary>
/// A supervised sentence scorer for <see cref="Summarizer"/>: logistic regression over standardized sentence features,
/// plus gradient-boosted trees on its log-odds,
/// (position, length, LexRank and TextRank centrality and their ranks, word-frequency mass, overlap with the title and
/// the lead, numbers, money, names, entities, quotes, the unsupervised score), giving the probability that a sentence
/// belongs in a reference summary. <see cref="Default"/> was trained on the BBC News Summary development data (see
/// <c>src/TextInsight/Models/README.md</c>). Immutable and thread-safe.
/// </summary>
public sealed class SummaryModel
{
    /// <summary>The embedded model's file name.</summary>
    public const string DefaultModelName = "summary-bbc-v1.bin";

    private const uint Magic = 0x4D555354; // "TSUM", little-endian
    private const int FormatVersion = 1;

    private static readonly Lazy<SummaryModel> DefaultModel = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly double[] _mean;
    private readonly double[] _scale;
    private readonly double[] _weights;

    private readonly BoostedTrees _trees;

    internal SummaryModel(double[] mean, double[] scale, double[] weights, double bias, double lengthExponent, BoostedTrees trees)
    {
        _trees = trees;
        _mean = mean;
        _scale = scale;
        _weights = weights;
        Bias = bias;
        LengthExponent = lengthExponent;
    }

    /// <summary>The built-in model, loaded from the assembly on first use.</summary>
    public static SummaryModel Default => DefaultModel.Value;

    /// <summary>The intercept of the logistic regression.</summary>
    public double Bias { get; }

    /// <summary>
    /// The exponent of the length factor <c>(words / mean words) ^ LengthExponent</c> that multiplies a sentence's
    /// probability when sentences are chosen: a longer sentence carries more of the reference's words.
    /// </summary>
    public double LengthExponent { get; }

    /// <summary>The number of boosted trees added to the logistic regression's log-odds.</summary>
    public int TreeCount => _trees.TreeCount;

    /// <summary>The weight of each feature (on the standardized scale), by feature name.</summary>
    public IReadOnlyDictionary<string, double> Weights
    {
        get
        {
            var result = new Dictionary<string, double>(StringComparer.Ordinal);
            for (int k = 0; k < _weights.Length; k++)
            {
                result[SentenceFeatures.Names[k]] = _weights[k];
            }

            return result;
        }
    }

    /// <summary>Reads a model written by <see cref="Save(Stream)"/>.</summary>
    /// <exception cref="InvalidDataException">The stream does not hold a summary model of a known format and feature set.</exception>
    public static SummaryModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadUInt32() != Magic)
            {
                throw new InvalidDataException("Not a TextInsight summary model.");
            }

            int version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"Summary model format version {version} is not supported (expected {FormatVersion}).");
            }

            int count = reader.ReadInt32();
            if (count != SentenceFeatures.Count)
            {
                throw new InvalidDataException($"The model has {count} features; this version computes {SentenceFeatures.Count}.");
            }

            for (int k = 0; k < count; k++)
            {
                string name = reader.ReadString();
                if (name != SentenceFeatures.Names[k])
                {
                    throw new InvalidDataException($"Feature {k} of the model is '{name}'; this version computes '{SentenceFeatures.Names[k]}'.");
                }
            }

            var mean = ReadArray(reader, count);
            var scale = ReadArray(reader, count);
            var weights = ReadArray(reader, count);
            double bias = reader.ReadDouble();
            double lengthExponent = reader.ReadDouble();
            for (int k = 0; k < count; k++)
            {
                if (!(scale[k] > 0))
                {
                    throw new InvalidDataException("The summary model holds a scale that is not positive.");
                }
            }

            var trees = BoostedTrees.Read(reader, count);
            return new SummaryModel(mean, scale, weights, bias, lengthExponent, trees);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The summary model is truncated.", e);
        }
    }

    /// <summary>Reads a model file written by <see cref="Save(string)"/>.</summary>
    /// <exception cref="InvalidDataException">The file does not hold a summary model of a known format.</exception>
    public static SummaryModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Writes the model (a few hundred bytes; the same model always gives the same bytes).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(SentenceFeatures.Count);
        foreach (var name in SentenceFeatures.Names)
        {
            writer.Write(name);
        }

        WriteArray(writer, _mean);
        WriteArray(writer, _scale);
        WriteArray(writer, _weights);
        writer.Write(Bias);
        writer.Write(LengthExponent);
        _trees.Write(writer);
    }

    /// <summary>Writes the model to a file.</summary>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>
    /// The selection score of every sentence: the probability of belonging in the summary times the length factor,
    /// or <see langword="null"/> when the features do not separate the sentences (all scores equal), so that the
    /// caller falls back to the unsupervised score.
    /// </summary>
    internal double[]? Score(SummaryDocument document, double[] unsupervised)
    {
        int n = document.Count;
        int f = SentenceFeatures.Count;
        var features = System.Buffers.ArrayPool<float>.Shared.Rent(n * f);
        try
        {
            SentenceFeatures.Compute(document, unsupervised, features);
            double meanWords = 0;
            for (int i = 0; i < n; i++)
            {
                meanWords += document.WordCounts[i];
            }

            meanWords = Math.Max(1, meanWords / Math.Max(1, n));
            var scores = new double[n];
            double min = double.PositiveInfinity;
            double max = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                double p = Probability(features.AsSpan(i * f, f));
                if (LengthExponent != 0)
                {
                    p *= Math.Pow(Math.Max(1, document.WordCounts[i]) / meanWords, LengthExponent);
                }

                scores[i] = p;
                min = Math.Min(min, p);
                max = Math.Max(max, p);
            }

            if (!(max - min > 1e-9))
            {
                return null;
            }

            for (int i = 0; i < n; i++)
            {
                scores[i] /= max;
            }

            return scores;
        }
        finally
        {
            System.Buffers.ArrayPool<float>.Shared.Return(features);
        }
    }

    /// <summary>The probability that the sentence with features <paramref name="row"/> belongs in the summary.</summary>
    internal double Probability(ReadOnlySpan<float> row) => 1 / (1 + Math.Exp(-Logit(row)));

    /// <summary>The log-odds that the sentence with features <paramref name="row"/> belongs in the summary.</summary>
    internal double Logit(ReadOnlySpan<float> row)
    {
        double z = Bias;
        for (int k = 0; k < _weights.Length; k++)
        {
            z += _weights[k] * ((row[k] - _mean[k]) / _scale[k]);
        }

        return z + _trees.Evaluate(row);
    }

    private static double[] ReadArray(BinaryReader reader, int count)
    {
        var values = new double[count];
        for (int k = 0; k < count; k++)
        {
            values[k] = reader.ReadDouble();
            if (!double.IsFinite(values[k]))
            {
                throw new InvalidDataException("The summary model holds a value that is not finite.");
            }
        }

        return values;
    }

    private static void WriteArray(BinaryWriter writer, double[] values)
    {
        foreach (double v in values)
        {
            writer.Write(v);
        }
    }

    private static SummaryModel LoadDefault()
    {
        string resource = "TextInsight.Models." + DefaultModelName;
        using var stream = typeof(SummaryModel).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The built-in summary model {resource} is missing from the assembly.");
        return Load(stream);
    }
}
