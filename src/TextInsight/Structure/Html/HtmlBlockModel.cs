using System.Buffers;
using System.Text;

namespace TextInsight.Structure.Html;

/// <summary>
/// The learned block scorer of HTML extraction: two logistic regressions over <see cref="HtmlBlockFeatures"/>. The
/// first pass scores each block from its own form, place, hints and the heuristic extractor's decisions; the second
/// adds what the first pass said of its neighbours and of its parent's and grandparent's blocks. A block the heuristic
/// extractor kept stays when the second pass gives it at least <see cref="DropThreshold"/>; a block it left out joins
/// when the second pass gives it at least <see cref="AddThreshold"/>. Trained by <c>textinsight train extraction</c>
/// (<c>Training/Extraction</c>). Immutable and thread-safe.
/// </summary>
internal sealed class HtmlBlockModel
{
    /// <summary>The built-in model's resource name.</summary>
    public const string ResourceName = "TextInsight.Models.extraction-blocks-v2.bin";

    private const string Magic = "TIEXBLK1";
    private const int FormatVersion = 1;

    private static readonly Lazy<HtmlBlockModel?> DefaultLazy = new(LoadDefault);

    private readonly float[] _pass1;
    private readonly float[] _pass2;

    /// <param name="pass1">Weights of the first pass: <see cref="HtmlBlockFeatures.Dense"/> dense, then <see cref="HtmlBlockFeatures.HashSize"/> hashed.</param>
    /// <param name="pass2">Weights of the second pass: dense, context, then hashed.</param>
    /// <param name="dropThreshold">The lowest second-pass probability at which a block the heuristic kept stays.</param>
    /// <param name="addThreshold">The lowest second-pass probability at which a block the heuristic left out joins.</param>
    public HtmlBlockModel(float[] pass1, float[] pass2, double dropThreshold, double addThreshold)
    {
        if (pass1.Length != Pass1Length || pass2.Length != Pass2Length)
        {
            throw new ArgumentException("The weights do not match the features.");
        }

        _pass1 = pass1;
        _pass2 = pass2;
        DropThreshold = dropThreshold;
        AddThreshold = addThreshold;
    }

    /// <summary>The number of first-pass weights.</summary>
    public const int Pass1Length = HtmlBlockFeatures.Dense + HtmlBlockFeatures.HashSize;

    /// <summary>The number of second-pass weights.</summary>
    public const int Pass2Length = HtmlBlockFeatures.Dense + HtmlBlockFeatures.Context + HtmlBlockFeatures.HashSize;

    /// <summary>The built-in model, or null when the assembly carries none.</summary>
    public static HtmlBlockModel? Default => DefaultLazy.Value;

    /// <summary>The lowest second-pass probability at which a block the heuristic kept stays.</summary>
    public double DropThreshold { get; }

    /// <summary>The lowest second-pass probability at which a block the heuristic left out joins.</summary>
    public double AddThreshold { get; }

    /// <summary>The first-pass weights (for training and tests).</summary>
    public ReadOnlySpan<float> Pass1 => _pass1;

    /// <summary>The second-pass weights.</summary>
    public ReadOnlySpan<float> Pass2 => _pass2;

    /// <summary>Writes every block's second-pass probability of being main text into <paramref name="probabilities"/>.</summary>
    public void Predict(HtmlBlockFeatures features, Span<float> probabilities)
    {
        const int Dense = HtmlBlockFeatures.Dense;
        const int MaxHashed = HtmlBlockFeatures.MaxHashed;
        int n = features.Count;

        // The rows of the first pass are kept for the second; the buffers come from the shared pools, so that a page
        // costs no more than the DOM it was parsed into.
        float[] rows = ArrayPool<float>.Shared.Rent((n * Dense) + (2 * n) + 1 + Dense + HtmlBlockFeatures.Context);
        int[] hashedRows = ArrayPool<int>.Shared.Rent(n * (MaxHashed + 1));
        try
        {
            var allDense = rows.AsSpan(0, n * Dense);
            var p1 = rows.AsSpan(n * Dense, n);
            var prefix = rows.AsSpan((n * Dense) + n, n + 1);
            var full = rows.AsSpan((n * Dense) + (2 * n) + 1, Dense + HtmlBlockFeatures.Context);
            var allHashed = hashedRows.AsSpan(0, n * MaxHashed);
            var counts = hashedRows.AsSpan(n * MaxHashed, n);
            for (int i = 0; i < n; i++)
            {
                var dense = allDense.Slice(i * Dense, Dense);
                var hashed = allHashed.Slice(i * MaxHashed, MaxHashed);
                int h = features.Compute(i, dense, hashed);
                counts[i] = h;
                p1[i] = Sigmoid(Score(_pass1, dense, hashed[..h], Dense));
            }

            prefix[0] = 0;
            for (int i = 0; i < n; i++)
            {
                prefix[i + 1] = prefix[i] + p1[i];
            }

            for (int i = 0; i < n; i++)
            {
                allDense.Slice(i * Dense, Dense).CopyTo(full);
                features.ComputeContext(i, p1, prefix, full[Dense..]);
                var h = allHashed.Slice(i * MaxHashed, counts[i]);
                probabilities[i] = Sigmoid(Score(_pass2, full, h, Dense + HtmlBlockFeatures.Context));
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rows);
            ArrayPool<int>.Shared.Return(hashedRows);
        }
    }

    /// <summary>The linear score of one row: dense values times the first weights, plus one hashed weight per index.</summary>
    internal static float Score(ReadOnlySpan<float> weights, ReadOnlySpan<float> dense, ReadOnlySpan<int> hashed, int denseCount)
    {
        float s = 0;
        for (int k = 0; k < denseCount; k++)
        {
            s += weights[k] * dense[k];
        }

        foreach (int h in hashed)
        {
            s += weights[denseCount + h];
        }

        return s;
    }

    internal static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));

    /// <summary>Writes the model.</summary>
    public void Write(Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Encoding.ASCII.GetBytes(Magic));
        w.Write(FormatVersion);
        w.Write(HtmlBlockFeatures.Dense);
        w.Write(HtmlBlockFeatures.Context);
        w.Write(HtmlBlockFeatures.HashBits);
        w.Write(DropThreshold);
        w.Write(AddThreshold);
        foreach (float x in _pass1)
        {
            w.Write(x);
        }

        foreach (float x in _pass2)
        {
            w.Write(x);
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not such a model, or its features are not this build's.</exception>
    public static HtmlBlockModel Read(Stream stream)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (Encoding.ASCII.GetString(r.ReadBytes(Magic.Length)) != Magic || r.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not an extraction block model.");
        }

        if (r.ReadInt32() != HtmlBlockFeatures.Dense || r.ReadInt32() != HtmlBlockFeatures.Context || r.ReadInt32() != HtmlBlockFeatures.HashBits)
        {
            throw new InvalidDataException("The extraction block model was trained on other features than this build computes.");
        }

        double dropThreshold = r.ReadDouble();
        double addThreshold = r.ReadDouble();
        var pass1 = new float[Pass1Length];
        for (int k = 0; k < pass1.Length; k++)
        {
            pass1[k] = r.ReadSingle();
        }

        var pass2 = new float[Pass2Length];
        for (int k = 0; k < pass2.Length; k++)
        {
            pass2[k] = r.ReadSingle();
        }

        return new HtmlBlockModel(pass1, pass2, dropThreshold, addThreshold);
    }

    /// <summary>Reads a model file.</summary>
    public static HtmlBlockModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    // A built-in model whose features are not this build's (a model file left behind by a feature change) is not used:
    // the heuristic extractor works alone then, and the model test fails, rather than every HTML page failing.
    private static HtmlBlockModel? LoadDefault()
    {
        using var stream = typeof(HtmlBlockModel).Assembly.GetManifestResourceStream(ResourceName);
        try
        {
            return stream is null ? null : Read(stream);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
