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
        RecognizeAtoms(text, segment, context, atoms, output);
    }

    /// <summary>As <see cref="Recognize(string, TextSpan, NumericContext, List{NumberAtom}, List{NumericMention})"/>, from the segment's tokens already at hand (offsets into <paramref name="text"/>).</summary>
    public static void Recognize(string text, TextSpan segment, ReadOnlySpan<Text.Token> tokens, NumericContext context, List<NumberAtom> atoms, List<NumericMention> output)
    {
        NumberAtomReader.Read(text, segment, tokens, atoms);
        RecognizeAtoms(text, segment, context, atoms, output);
    }

    private static void RecognizeAtoms(string text, TextSpan segment, NumericContext context, List<NumberAtom> atoms, List<NumericMention> output)
    {
        context.Segment = segment;
        var span = CollectionsMarshal.AsSpan(atoms);
        int firstOutput = output.Count;
        int firstFree = 0;
        for (int i = 0; i < span.Length; i++)
        {
            if (!MayStart(text, span[i]))
            {
                continue;
            }

            int before = output.Count, end;
            bool matched;
            try
            {
                matched = MoneyRules.TryMatch(text, span, i, firstFree, context, output, out end)
                    || PercentRules.TryMatch(text, span, i, firstFree, output, out end)
                    || DateRules.TryMatch(text, span, i, firstFree, context, output, out end);
            }
            catch (OverflowException)
            {
                // An amount too large for a decimal (a range's lower side times its scale) is no amount.
                output.RemoveRange(before, output.Count - before);
                matched = false;
                end = i + 1;
            }

            if (matched)
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

    /// <summary>
    /// Whether any rule can start at this atom. Most words are lower-case words no rule starts with: skipping them keeps
    /// the rules off the common path.
    /// </summary>
    private static bool MayStart(string text, in NumberAtom a)
    {
        switch (a.Kind)
        {
            case NumberAtomKind.Punctuation or NumberAtomKind.Percent or NumberAtomKind.Slash or NumberAtomKind.RangeDash
                or NumberAtomKind.Scale or NumberAtomKind.Hundred or NumberAtomKind.Ordinal or NumberAtomKind.And or NumberAtomKind.Point
                or NumberAtomKind.Of or NumberAtomKind.Over or NumberAtomKind.Out or NumberAtomKind.In or NumberAtomKind.Dozen:
                return false;
            case NumberAtomKind.Other:
                char c = text[a.Start];
                if (!char.IsLower(c))
                {
                    return true;
                }

                var word = AtomText.Of(text, a);
                return word is "yesterday" or "today" or "tomorrow" or "last" or "next" or "this" or "percent" or "percents" or "per"
                    || MoneyRules.MayStartLowerCase(word);
            default:
                return true;
        }
    }
}
