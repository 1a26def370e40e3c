using TextInsight.Entities.Rules;
using TextInsight.Internals;

namespace TextInsight.Entities.Numeric;

/// <summary>
/// Whether a bare weekday (<c>on Tuesday</c>) is a day to come: the tense of the clause it stands in, read from the
/// words around it. News mostly tells of the past week, so a weekday is a day gone by unless its clause says otherwise:
/// a modal (<c>will meet on Tuesday</c>, <c>said he would decide on Wednesday</c>), a plan (<c>is due to begin on
/// Wednesday</c>, <c>expect to reach an accord by Friday</c>), a present tense (<c>is nominated at Sunday's</c>), a
/// deadline (<c>by Friday</c>, <c>until Monday</c>).
/// </summary>
/// <remarks>
/// The nearest word to the left of the weekday that carries a tense decides, within its clause (a quote, a bracket, a
/// colon or a word such as <c>while</c> ends the search); when none does (<c>On Monday, the court ruled</c>), the nearest
/// to the right. A past participle defers to its auxiliary (<c>will be shown on Wednesday</c>, <c>was announced on
/// Monday</c>, <c>could be reached by Friday</c>). The words are in <c>Language/en/tense-words.txt</c>. Chosen on a tune
/// part of hand-labelled weekdays from Reuters 1987 and BBC 2004–05 news and measured on a check part from 2010s–2020s
/// news (<c>tests/weekday-sample</c>; figures in Models/README, "Weekdays to come").
/// </remarks>
internal static class WeekdayTense
{
    private static readonly List<string[]> Lines = WordLists.LoadLines("tense-words");
    private static readonly WordSet Modals = Kind(0);
    private static readonly WordSet PlanWords = Kind(1);
    private static readonly WordSet PastAuxiliaries = Kind(2);
    private static readonly WordSet PresentAuxiliaries = Kind(3);
    private static readonly WordSet BeForms = Kind(4);
    private static readonly WordSet HaveForms = Kind(5);
    private static readonly WordSet IrregularPast = Kind(6);
    private static readonly WordSet SameAsPresent = Kind(7);
    private static readonly WordSet ClauseOpeners = Kind(8);
    private static readonly WordSet PastPrepositions = Kind(9);
    private static readonly WordSet DeadlinePrepositions = Kind(10);

    private enum Tense : byte
    {
        None,
        Past,
        Future,
    }

    private static WordSet Kind(int line)
    {
        if (Lines.Count != 11)
        {
            throw new InvalidOperationException($"tense-words.txt holds {Lines.Count} kinds of words, not 11.");
        }

        var words = new HashSet<string>(Lines[line], StringComparer.OrdinalIgnoreCase);
        return new WordSet(words);
    }

    /// <summary>Whether the weekday at <paramref name="weekday"/> among the segment's atoms is a day to come.</summary>
    public static bool IsFuture(string text, ReadOnlySpan<NumberAtom> atoms, int weekday)
    {
        if (weekday > 0 && IsWord(text, atoms[weekday - 1]))
        {
            var before = AtomText.Of(text, atoms[weekday - 1]);
            if (PastPrepositions.Contains(before))
            {
                return false;
            }

            if (DeadlinePrepositions.Contains(before))
            {
                return true;
            }
        }

        for (int j = weekday - 1; j >= 0; j--)
        {
            if (EndsClause(text, atoms[j]))
            {
                break;
            }

            var tense = Classify(text, atoms, j);
            if (tense != Tense.None)
            {
                return tense == Tense.Future;
            }
        }

        for (int j = weekday + 1; j < atoms.Length; j++)
        {
            if (EndsClause(text, atoms[j]) || IsSentenceEnd(text, atoms[j]))
            {
                break;
            }

            if (AtomText.Is(text, atoms, j, "being"))
            {
                // "suspects being held": the participle after "being" carries no tense.
                j++;
                continue;
            }

            var tense = Classify(text, atoms, j);
            if (tense != Tense.None)
            {
                return tense == Tense.Future;
            }
        }

        return false;
    }

    /// <summary>The tense the word at <paramref name="j"/> says, looking through a participle to its auxiliaries.</summary>
    private static Tense Classify(string text, ReadOnlySpan<NumberAtom> atoms, int j)
    {
        if (!IsWord(text, atoms[j]))
        {
            return Tense.None;
        }

        var word = Contraction(AtomText.Of(text, atoms[j]), out bool willClitic);
        if (willClitic || Modals.Contains(word))
        {
            return Tense.Future;
        }

        if (PlanWords.Contains(word) && AtomText.Is(text, atoms, j + 1, "to"))
        {
            // "was due to depart on Monday", "had been expected to": a plan told in the past.
            bool toldInPast = (j > 0 && IsAny(text, atoms[j - 1], "was", "were"))
                || (j > 1 && AtomText.Is(text, atoms, j - 1, "been") && AtomText.Is(text, atoms, j - 2, "had"));
            return toldInPast ? Tense.Past : Tense.Future;
        }

        if (PastAuxiliaries.Contains(word) || HaveForms.Contains(word))
        {
            return Tense.Past;
        }

        if (PresentAuxiliaries.Contains(word))
        {
            return Tense.Future;
        }

        if (IsCompoundPart(atoms, j))
        {
            // "long-awaited", "U.S.-owned": part of a compound word, no verb.
            return Tense.None;
        }

        bool same = SameAsPresent.Contains(word);
        if (!same && !IsPastForm(word))
        {
            return Tense.None;
        }

        int k = j - 1;
        while (k >= 0 && IsWord(text, atoms[k]) && IsAdverb(AtomText.Of(text, atoms[k])))
        {
            k--;
        }

        if (k >= 0 && IsWord(text, atoms[k]) && IsAuxiliary(AtomText.Of(text, atoms[k])))
        {
            // A participle: "has been nominated", "will be shown", "could be reached", "due to be published".
            int a = k;
            while (a >= 0 && IsWord(text, atoms[a]) && IsChainAuxiliary(Contraction(AtomText.Of(text, atoms[a]), out _)))
            {
                var aux = Contraction(AtomText.Of(text, atoms[a]), out _);
                if (PastAuxiliaries.Contains(aux) || HaveForms.Contains(aux))
                {
                    return Tense.Past;
                }

                if (PresentAuxiliaries.Contains(aux))
                {
                    return Tense.Future;
                }

                a--;
            }

            if (a >= 0 && IsWord(text, atoms[a]))
            {
                var w = Contraction(AtomText.Of(text, atoms[a]), out bool clitic);
                if (clitic || Modals.Contains(w))
                {
                    return Tense.Future;
                }

                if (w.Equals("to", StringComparison.OrdinalIgnoreCase) && a > 0 && IsWord(text, atoms[a - 1]) && PlanWords.Contains(AtomText.Of(text, atoms[a - 1])))
                {
                    return Tense.Future;
                }
            }

            return Tense.None;
        }

        return same ? Tense.None : Tense.Past;
    }

    /// <summary>A past tense: an irregular form, or a word of more than three letters in -ed.</summary>
    private static bool IsPastForm(ReadOnlySpan<char> word)
        => IrregularPast.Contains(word) || (word.Length > 3 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the atom is joined by a hyphen to the word before or after it (the reader splits words at hyphens).</summary>
    private static bool IsCompoundPart(ReadOnlySpan<NumberAtom> atoms, int j)
        => atoms[j].HyphenBefore || (j + 1 < atoms.Length && atoms[j + 1].HyphenBefore);

    private static bool IsAdverb(ReadOnlySpan<char> word)
        => word.EndsWith("ly", StringComparison.OrdinalIgnoreCase)
           && !word.Equals("early", StringComparison.OrdinalIgnoreCase) && !word.Equals("likely", StringComparison.OrdinalIgnoreCase);

    /// <summary>A word a participle leans on: a form of be or have, a past or present auxiliary, get or got.</summary>
    private static bool IsAuxiliary(ReadOnlySpan<char> word)
    {
        var w = Contraction(word, out _);
        return IsChainAuxiliary(w) || w.Equals("get", StringComparison.OrdinalIgnoreCase) || w.Equals("got", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsChainAuxiliary(ReadOnlySpan<char> w)
        => BeForms.Contains(w) || HaveForms.Contains(w) || PastAuxiliaries.Contains(w) || PresentAuxiliaries.Contains(w);

    /// <summary>
    /// The word without a negative clitic (<c>didn't</c> → <c>did</c>, <c>won't</c> → <c>will</c>, <c>can't</c> →
    /// <c>can</c>); <paramref name="willClitic"/> tells a <c>'ll</c> (<c>I'll</c>).
    /// </summary>
    private static ReadOnlySpan<char> Contraction(ReadOnlySpan<char> word, out bool willClitic)
    {
        willClitic = word.Length > 3 && (word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’ll", StringComparison.OrdinalIgnoreCase));
        if (word.Length > 3 && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)))
        {
            var stem = word[..^3];
            return stem.Equals("wo", StringComparison.OrdinalIgnoreCase) ? "will"
                : stem.Equals("ca", StringComparison.OrdinalIgnoreCase) ? "can"
                : stem;
        }

        return word;
    }

    /// <summary>A word: an atom that starts with a letter.</summary>
    private static bool IsWord(string text, in NumberAtom a)
        => a.Kind is NumberAtomKind.Other or NumberAtomKind.A or NumberAtomKind.And or NumberAtomKind.Of or NumberAtomKind.Over or NumberAtomKind.Out or NumberAtomKind.In
           && char.IsLetter(text[a.Start]);

    private static bool IsAny(string text, in NumberAtom a, string first, string second)
    {
        var w = AtomText.Of(text, a);
        return w.Equals(first, StringComparison.OrdinalIgnoreCase) || w.Equals(second, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A quote, bracket, colon or semicolon, or a word that opens another clause (<c>while</c>, <c>because</c>).</summary>
    private static bool EndsClause(string text, in NumberAtom a)
    {
        if (a.Kind == NumberAtomKind.Punctuation && a.Length == 1)
        {
            return text[a.Start] is ';' or ':' or '(' or ')' or '"' or '“' or '”' or '‘' or '’' or '\'';
        }

        return IsWord(text, a) && ClauseOpeners.Contains(AtomText.Of(text, a));
    }

    private static bool IsSentenceEnd(string text, in NumberAtom a)
        => a.Kind == NumberAtomKind.Punctuation && a.Length == 1 && text[a.Start] is '.' or '!' or '?';
}
