using System.Runtime.CompilerServices;
using TextInsight.Internals;
using TextInsight.Summaries;

namespace TextInsight.Structure;

/// <summary>
/// The trained model of plain-text structure: for every unit of a document, the probability that it belongs to the
/// article's main text, and for every unit the probability that it is the article's headline. Three ensembles of
/// boosted trees over <see cref="LineFeatures"/>: a first pass over each unit's own form and place and its neighbours'
/// form; a sequence pass that adds what the first pass said around the unit; and a title pass that adds what the
/// sequence pass said. Trained by <c>textinsight train structure</c> on web pages rendered to plain text
/// (<c>Training/Structure</c>). Immutable and thread-safe.
/// </summary>
internal sealed class StructureModel
{
    /// <summary>The built-in model's resource name.</summary>
    public const string ResourceName = "TextInsight.Models.structure-web-v2.bin";

    private const string Magic = "TISTRUCT";
    private const int FormatVersion = 3;

    /// <summary>The oldest format read: format 2 is format 3 without the title chooser at the end.</summary>
    private const int OldestFormat = 2;

    private static readonly Lazy<StructureModel?> DefaultLazy = new(LoadDefault);

    // The same trees laid out flat, for speed; they sum exactly as the trees do.
    private readonly FlatTrees _flat1;
    private readonly FlatTrees _flat2;
    private readonly FlatTrees _flatTitle;

    // The thread's scratch arrays (see ThreadScratch): the feature rows, the first pass's probabilities and tree sums,
    // and the rows' offsets.
    [ThreadStatic]
    private static float[]? t_rows;

    [ThreadStatic]
    private static double[]? t_doubles;

    [ThreadStatic]
    private static int[]? t_at;

    public StructureModel(double bias1, BoostedTrees pass1, double bias2, BoostedTrees pass2, double biasTitle, BoostedTrees title, double titleThreshold, TitleChooser? chooser = null)
    {
        Chooser = chooser;
        Bias1 = bias1;
        Pass1 = pass1;
        Bias2 = bias2;
        Pass2 = pass2;
        BiasTitle = biasTitle;
        Title = title;
        TitleThreshold = titleThreshold;
        _flat1 = new FlatTrees(pass1);
        _flat2 = new FlatTrees(pass2);
        _flatTitle = new FlatTrees(title);
    }

    /// <summary>The built-in model, or null when the assembly carries none.</summary>
    public static StructureModel? Default => DefaultLazy.Value;

    public double Bias1 { get; }

    public BoostedTrees Pass1 { get; }

    public double Bias2 { get; }

    public BoostedTrees Pass2 { get; }

    public double BiasTitle { get; }

    public BoostedTrees Title { get; }

    /// <summary>The ranker that reorders the headline pass's likeliest candidates, or null (the pass's order stands).</summary>
    public TitleChooser? Chooser { get; }

    /// <summary>Below this probability no unit is taken as the headline by the model.</summary>
    public double TitleThreshold { get; }

    /// <summary>
    /// Writes, for each unit, the probability that it is main text into <paramref name="body"/> and the probability
    /// that it is the headline into <paramref name="title"/> (zero beyond the first units and for units longer than a headline).
    /// </summary>
    public void Predict(string text, ReadOnlySpan<TextUnit> units, Span<double> body, Span<double> title) => Predict(text, units, body, title, headline: true);

    /// <summary>
    /// Writes only the probability that each unit is main text into <paramref name="body"/> (the same values as
    /// <see cref="Predict(string, ReadOnlySpan{TextUnit}, Span{double}, Span{double})"/>), without the headline pass: for
    /// a text whose headline the parser does not ask the model for.
    /// </summary>
    public void PredictBody(string text, ReadOnlySpan<TextUnit> units, Span<double> body) => Predict(text, units, body, default, headline: false);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Predict(string text, ReadOnlySpan<TextUnit> units, Span<double> body, Span<double> title, bool headline)
    {
        int n = units.Length;
        if (n == 0)
        {
            return;
        }

        var rows = ThreadScratch.Get(ref t_rows, n * LineFeatures.Width).AsSpan(0, n * LineFeatures.Width);
        var pair = ThreadScratch.Get(ref t_doubles, 2 * n);
        var p1 = pair.AsSpan(0, n);
        var sums = pair.AsSpan(n, n);
        var at = ThreadScratch.Get(ref t_at, n).AsSpan(0, n);

        for (int i = 0; i < n; i++)
        {
            at[i] = i * LineFeatures.Width;
        }

        LineFeatures.Fill(text, units, rows);
        _flat1.EvaluateRows(rows, at, sums);
        for (int i = 0; i < n; i++)
        {
            p1[i] = Sigmoid(Bias1 + sums[i]);
        }

        LineFeatures.FillSequence(units, p1, rows);
        _flat2.EvaluateRows(rows, at, sums);
        for (int i = 0; i < n; i++)
        {
            body[i] = Sigmoid(Bias2 + sums[i]);
        }

        if (!headline)
        {
            return;
        }

        // The headline is looked for only among the first units, as the parser takes it only there.
        LineFeatures.FillTitle(text, units, body, rows);
        title.Clear();
        int window = LineFeatures.TitleWindow(units, body);
        int candidates = 0;
        for (int i = 0; i < window; i++)
        {
            if (ArticleParser.IsTitleSized(units[i]))
            {
                at[candidates++] = i * LineFeatures.Width;
            }
        }

        _flatTitle.EvaluateRows(rows, at[..candidates], sums);
        for (int k = 0; k < candidates; k++)
        {
            title[at[k] / LineFeatures.Width] = Sigmoid(BiasTitle + sums[k]);
        }

        Chooser?.Rescore(text, units, body, rows, title, window);
    }

    /// <summary>The same model with another title threshold (to choose one on development pages).</summary>
    public StructureModel WithTitleThreshold(double threshold) => new(Bias1, Pass1, Bias2, Pass2, BiasTitle, Title, threshold, Chooser);

    /// <summary>The same model with another title chooser, or none.</summary>
    public StructureModel WithChooser(TitleChooser? chooser) => new(Bias1, Pass1, Bias2, Pass2, BiasTitle, Title, TitleThreshold, chooser);

    internal static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        // Without a chooser the file is format 2, byte for byte what it was before choosers existed.
        writer.Write(Chooser is null ? OldestFormat : FormatVersion);
        writer.Write(LineFeatures.Width);
        writer.Write(Bias1);
        Pass1.Write(writer);
        writer.Write(Bias2);
        Pass2.Write(writer);
        writer.Write(BiasTitle);
        Title.Write(writer);
        writer.Write(TitleThreshold);
        Chooser?.Write(writer);
    }

    /// <exception cref="InvalidDataException">The stream does not hold a structure model of this version.</exception>
    public static StructureModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            int format = reader.ReadString() == Magic ? reader.ReadInt32() : -1;
            if (format is < OldestFormat or > FormatVersion || reader.ReadInt32() != LineFeatures.Width)
            {
                throw new InvalidDataException("Not a structure model of this version (expected format 2 or 3 with this feature set).");
            }

            double b1 = reader.ReadDouble();
            var t1 = BoostedTrees.Read(reader, LineFeatures.Pass1Count);
            double b2 = reader.ReadDouble();
            var t2 = BoostedTrees.Read(reader, LineFeatures.Pass2Count);
            double bt = reader.ReadDouble();
            var tt = BoostedTrees.Read(reader, LineFeatures.Width);
            double threshold = reader.ReadDouble();
            var chooser = format >= 3 ? TitleChooser.Read(reader) : null;
            return new StructureModel(b1, t1, b2, t2, bt, tt, threshold, chooser);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The structure model is truncated.", e);
        }
    }

    private static StructureModel? LoadDefault()
    {
        using var stream = typeof(StructureModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(stream);
    }
}
