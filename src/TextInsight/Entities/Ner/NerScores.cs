using System.Globalization;
using System.Text;

namespace TextInsight.Entities.Ner;

/// <summary>
/// Exact-match span scores as conlleval counts them: an entity is correct when its first token, last token and type
/// all match a gold entity of the same sentence.
/// </summary>
internal sealed class NerScores
{
    private readonly int[] _gold = new int[NerLabels.TypeCount];
    private readonly int[] _found = new int[NerLabels.TypeCount];
    private readonly int[] _correct = new int[NerLabels.TypeCount];

    /// <summary>The number of tokens counted.</summary>
    public int Tokens { get; private set; }

    /// <summary>Counts one sentence.</summary>
    public void Add(IReadOnlyList<EntitySpanLabel> gold, IReadOnlyList<EntitySpanLabel> found, int tokens)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(found);
        Tokens += tokens;
        foreach (var g in gold)
        {
            _gold[g.Type]++;
        }

        foreach (var f in found)
        {
            _found[f.Type]++;
            foreach (var g in gold)
            {
                if (g == f)
                {
                    _correct[f.Type]++;
                    break;
                }
            }
        }
    }

    /// <summary>Adds another score's counts (pooling the figures of several samples).</summary>
    public void Add(NerScores other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Tokens += other.Tokens;
        for (int t = 0; t < NerLabels.TypeCount; t++)
        {
            _gold[t] += other._gold[t];
            _found[t] += other._found[t];
            _correct[t] += other._correct[t];
        }
    }

    /// <summary>Gold entities of a type, or of all types for -1.</summary>
    public int Gold(int type = -1) => type < 0 ? _gold.Sum() : _gold[type];

    /// <summary>Entities found of a type, or of all types for -1.</summary>
    public int Found(int type = -1) => type < 0 ? _found.Sum() : _found[type];

    /// <summary>Correct entities of a type, or of all types for -1.</summary>
    public int Correct(int type = -1) => type < 0 ? _correct.Sum() : _correct[type];

    /// <summary>Precision of a type, or overall for -1.</summary>
    public double Precision(int type = -1) => Found(type) == 0 ? 0 : (double)Correct(type) / Found(type);

    /// <summary>Recall of a type, or overall for -1.</summary>
    public double Recall(int type = -1) => Gold(type) == 0 ? 0 : (double)Correct(type) / Gold(type);

    /// <summary>F1 of a type, or overall for -1.</summary>
    public double F1(int type = -1)
    {
        double p = Precision(type), r = Recall(type);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>A conlleval-style report: overall, then per type.</summary>
    public string Report()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"processed {Tokens} tokens with {Gold()} phrases; found: {Found()} phrases; correct: {Correct()}.");
        sb.AppendLine(c, $"{"overall",8}: precision: {100 * Precision():F2}%; recall: {100 * Recall():F2}%; FB1: {100 * F1():F2}");
        for (int t = 0; t < NerLabels.TypeCount; t++)
        {
            sb.AppendLine(c, $"{NerLabels.TypeNames[t],8}: precision: {100 * Precision(t):F2}%; recall: {100 * Recall(t):F2}%; FB1: {100 * F1(t):F2}  ({Found(t)} found, {Gold(t)} gold)");
        }

        return sb.ToString();
    }
}
