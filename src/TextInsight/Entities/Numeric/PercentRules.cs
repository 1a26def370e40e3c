namespace TextInsight.Entities.Numeric;

/// <summary>
/// Percentages: a number followed by <c>%</c>, percent, per cent, pct, a glued lower-case pc (the UK press's
/// <c>10.1pc</c>) or percentage (points) — <c>12.5%</c>,
/// <c>twelve percent</c>, <c>3 percentage points</c> — or "percent of" before a number; the value is the number of
/// percent (12.5, not 0.125). A range <c>5-6%</c> gives one mention for each side.
/// </summary>
internal static class PercentRules
{
    public static bool TryMatch(string text, ReadOnlySpan<NumberAtom> atoms, int i, int firstFree, List<NumericMention> output, out int end)
    {
        end = i;
        if (TryPercentWord(text, atoms, i, out int wordEnd) && wordEnd < atoms.Length && atoms[wordEnd].Kind == NumberAtomKind.Of
            && wordEnd + 1 < atoms.Length && NumberGrammar.CanStart(atoms[wordEnd + 1])
            && NumberGrammar.TryParse(atoms, wordEnd + 1, NumberOptions.None, out var after))
        {
            output.Add(new NumericMention(EntityType.Percent, atoms[i].Start, atoms[after.End - 1].End, after.Value, null, null, 0.9));
            end = after.End;
            return true;
        }

        if (!NumberGrammar.CanStart(atoms[i]) || !NumberGrammar.TryParse(atoms, i, NumberOptions.None, out var number))
        {
            return false;
        }

        int k = number.End;
        if (k < atoms.Length && atoms[k].Kind == NumberAtomKind.Percent)
        {
            k++;
        }
        else if (!TryPercentWord(text, atoms, k, out k))
        {
            return false;
        }

        if (i - 2 >= firstFree && AtomText.IsRangeJoiner(text, atoms, i - 1) && AtomText.IsSimpleNumber(atoms[i - 2])
            && NumberGrammar.TryParse(atoms, i - 2, NumberOptions.None, out var lower) && lower.End == i - 1)
        {
            output.Add(new NumericMention(EntityType.Percent, atoms[i - 2].Start, atoms[i - 2].End, lower.Value, null, null, 0.9));
        }

        output.Add(new NumericMention(EntityType.Percent, atoms[i].Start, atoms[k - 1].End, number.Value, null, null, 1));
        end = k;
        return true;
    }

    private static bool TryPercentWord(string text, ReadOnlySpan<NumberAtom> atoms, int k, out int end)
    {
        end = k;
        if (k >= atoms.Length)
        {
            return false;
        }

        if (AtomText.Is(text, atoms, k, "percent") || AtomText.Is(text, atoms, k, "percents") || AtomText.Is(text, atoms, k, "pct")
            || (!atoms[k].GapBefore && AtomText.Of(text, atoms[k]).SequenceEqual("pc")))
        {
            end = k + 1;
            return true;
        }

        if (AtomText.Is(text, atoms, k, "per") && AtomText.Is(text, atoms, k + 1, "cent"))
        {
            end = k + 2;
            return true;
        }

        if (AtomText.Is(text, atoms, k, "percentage"))
        {
            end = k + 1;
            if (AtomText.Is(text, atoms, end, "points") || AtomText.Is(text, atoms, end, "point"))
            {
                end++;
            }

            return true;
        }

        return false;
    }
}
