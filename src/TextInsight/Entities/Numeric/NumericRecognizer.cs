using System.Runtime.InteropServices;

namespace TextInsight.Entities.Numeric;

/// <summary>Runs the money, percent and date rules over one segment, left to right; the first rule that matches wins.</summary>
internal static class NumericRecognizer
{
    /// <summary>Appends the numeric mentions of <paramref name="segment"/> to <paramref name="output"/>, in order.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="segment">The segment (a sentence, a title, a line).</param>
    /// <param name="context">What the rules know about the document.</param>
    /// <param name="atoms">A buffer, reused between calls.</param>
    /// <param name="output">Where the mentions go.</param>
    public static void Recognize(string text, TextSpan segment, NumericContext context, List<NumberAtom> atoms, List<NumericMention> output)
    {
        NumberAtomReader.Read(text, segment, atoms);
        var span = CollectionsMarshal.AsSpan(atoms);
        int firstOutput = output.Count;
        int firstFree = 0;
        for (int i = 0; i < span.Length; i++)
        {
            if (MoneyRules.TryMatch(text, span, i, firstFree, context, output, out int end)
                || PercentRules.TryMatch(text, span, i, firstFree, output, out end)
                || DateRules.TryMatch(text, span, i, context, output, out end))
            {
                firstFree = end;
                i = end - 1;
            }
        }

        // A range's lower side is found after its upper side.
        if (output.Count - firstOutput > 1)
        {
            output.Sort(firstOutput, output.Count - firstOutput, Comparer<NumericMention>.Create(static (a, b) => a.Start.CompareTo(b.Start)));
        }
    }
}
