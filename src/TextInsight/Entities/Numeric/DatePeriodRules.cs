using System.Globalization;

namespace TextInsight.Entities.Numeric;

/// <summary>
/// Dates that name a period longer than a month, as news writes them: a quarter (<c>the first quarter of 2022</c>,
/// <c>Q3 2021</c> → <c>2022-Q1</c>, <c>2021-Q3</c>), a half (<c>the second half of 2004</c> → <c>2004-H2</c>), a financial year
/// or season written across two years (<c>2022-23</c>, <c>2019/20</c>, <c>2000/2001</c> → <c>2022/2023</c>, <c>2019/2020</c>,
/// <c>2000/2001</c>), a decade
/// (<c>the 1990s</c>, <c>the 80s</c>, <c>the mid-1990s</c> → <c>1990s</c>, <c>1980s</c>), and a part of a year or a fiscal year
/// (<c>mid-2024</c>, <c>early 2021</c>, <c>the end of 2020</c>, <c>fiscal 2023</c> → its year), and a season of a year
/// (<c>the summer of 2019</c>, <c>spring 2021</c> → its year; <c>winter 2021-22</c> → <c>2021/2022</c>). The mention covers
/// the whole expression; every value starts with the year the period starts in, so values sort and filter by year as the other
/// ISO forms do.
/// </summary>
/// <remarks>
/// Guards against what only looks like such a date: two years joined by a hyphen or slash are a financial year only when
/// the second is the year after the first (<c>2010-15</c> is a range, <c>2024-05</c> no season), and not when glued to a
/// code on either side (<c>XR-2022-23</c>, <c>2022-23-41</c>) or after a reference noun (<c>pages 1998-99</c>). A two-digit
/// decade (<c>80s</c>) is read only after <c>the</c> (<c>the 80s</c>, <c>the late 80s</c>), written with its apostrophe
/// (<c>'80s</c>), or joined to a decade just read (<c>the 1960s and 70s</c>), and never after a possessive, however far
/// back over the words that place an age (<c>in his mid-to-late '70s</c>): <c>in her 80s</c>, <c>the over-70s</c> and
/// <c>by his 20s</c> are ages, <c>the 20s</c> is left alone, as its century is not written, and a range a quantity lies
/// in is no decade (<c>temperatures were in the 30s</c>, <c>the price rose into the mid-40s</c>, <c>the 30s F</c>). A
/// four-digit decade written with <c>'s</c> needs <c>the</c>, <c>early</c>/<c>mid</c>/<c>late</c> or a decade it is joined
/// to: <c>2010's The Social Network</c> is the year's possessive. A decade with a capital <c>S</c> (<c>THE 1990S</c>, copy in
/// capitals the truecaser did not restore) needs the same: <c>Audi 4000S</c>, <c>Model 1990S</c> are names. A season is
/// none in a name (<c>the Prague Spring of 1968</c>), and <c>fall</c> only after <c>the</c>, a preposition or a part word.
/// The reference nouns never precede a year pair in the shared news (BBC, FNC-1, Reuters, AG News): that guard is for codes and citations, not a measured gain.
/// </remarks>
internal static class DatePeriodRules
{
    private static readonly HashSet<string> ReferenceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "page", "pages", "pp", "p", "section", "sections", "chapter", "chapters", "paragraph", "paragraphs", "para", "clause",
        "clauses", "article", "articles", "no", "nos", "number", "numbers", "vol", "volume", "line", "lines", "verse", "verses",
        "room", "flight", "model", "version", "tel", "phone", "call", "code", "ref", "item", "items", "figure", "table",
    };

    private static readonly HashSet<string> Possessives = new(StringComparer.OrdinalIgnoreCase)
    {
        "his", "her", "their", "its", "my", "your", "our", "whose",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReferenceLookup = ReferenceNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PossessiveLookup = Possessives.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Reads a period that starts at atom <paramref name="i"/> or, for the words before a year (<c>the first quarter of</c>,
    /// <c>mid-</c>), at the year itself, reaching left no further than <paramref name="firstFree"/>.
    /// </summary>
    public static bool TryMatch(string text, ReadOnlySpan<NumberAtom> atoms, int i, int firstFree, List<NumericMention> output, out int end)
    {
        end = i;
        var a = atoms[i];
        if (a.Kind == NumberAtomKind.Other)
        {
            return TryQuarterWord(text, atoms, i, output, ref end) || TryFiscalWord(text, atoms, i, output, ref end);
        }

        if (a.Kind != NumberAtomKind.Digits || a.HasDecimals)
        {
            return false;
        }

        if (TryDecade(text, atoms, i, firstFree, output, ref end) || TryYearPair(text, atoms, i, firstFree, output, ref end))
        {
            return true;
        }

        if (!DateRules.IsYear(atoms, i, out int year) || (i + 1 < atoms.Length && atoms[i + 1].Kind is NumberAtomKind.Scale or NumberAtomKind.Percent or NumberAtomKind.Hundred))
        {
            return false;
        }

        if (!TryPartBefore(text, atoms, i, firstFree, out int start, out string? suffix))
        {
            return false;
        }

        output.Add(new NumericMention(EntityType.Date, atoms[start].Start, a.End, null, null,
            year.ToString("0000", CultureInfo.InvariantCulture) + suffix, 0.9));
        end = i + 1;
        return true;
    }

    /// <summary>
    /// The words before a year (or <c>last year</c>, at <paramref name="i"/>) that make it a part of that year: <c>the
    /// first quarter of</c> (suffix <c>-Q1</c>), <c>the second half of</c> (<c>-H2</c>), <c>the end of</c>, <c>early</c>,
    /// <c>mid-</c>, <c>fiscal</c> (no suffix: the year). <paramref name="start"/> is the first atom of the expression.
    /// </summary>
    public static bool TryPartBefore(string text, ReadOnlySpan<NumberAtom> atoms, int i, int firstFree, out int start, out string? suffix)
    {
        start = i;
        suffix = null;
        int k = i - 1;
        if (k < firstFree)
        {
            return false;
        }

        if (TrySeasonBefore(text, atoms, i, firstFree, out start))
        {
            suffix = string.Empty;
            return true;
        }

        if (atoms[k].Kind == NumberAtomKind.Of)
        {
            int noun = k - 1;
            if (noun - 1 < firstFree)
            {
                return false;
            }

            int ordinal = OrdinalBefore(text, atoms, noun - 1);
            if (atoms[noun].Kind == NumberAtomKind.Quarter && !atoms[noun].Plural && ordinal is >= 1 and <= 4)
            {
                suffix = "-Q" + (char)('0' + ordinal);
                start = WithThe(text, atoms, noun - 1, firstFree);
                return true;
            }

            if (atoms[noun].Kind == NumberAtomKind.Half && !atoms[noun].Plural && ordinal is 1 or 2)
            {
                suffix = "-H" + (char)('0' + ordinal);
                start = WithThe(text, atoms, noun - 1, firstFree);
                return true;
            }

            if (AtomText.Is(text, atoms, noun, "end") || AtomText.Is(text, atoms, noun, "start") || AtomText.Is(text, atoms, noun, "beginning")
                || AtomText.Is(text, atoms, noun, "middle"))
            {
                if (!AtomText.Is(text, atoms, noun - 1, "the"))
                {
                    return false;
                }

                start = noun - 1;
                suffix = string.Empty;
                return true;
            }

            return false;
        }

        if (IsPartWord(text, atoms, k) && atoms[i].GapBefore)
        {
            start = k;
            suffix = string.Empty;
            return true;
        }

        // "mid-2024", "early-2021": the hyphen glues the part to its year.
        if (atoms[k].Kind == NumberAtomKind.Dash && !atoms[k].GapBefore && !atoms[i].GapBefore && k - 1 >= firstFree && IsPartWord(text, atoms, k - 1))
        {
            start = k - 1;
            suffix = string.Empty;
            return true;
        }

        // "fiscal 2023", "fiscal year 2023", "financial year 2004": the year that names it.
        if (AtomText.Is(text, atoms, k, "fiscal") || (AtomText.Is(text, atoms, k, "year") && k - 1 >= firstFree
            && (AtomText.Is(text, atoms, k - 1, "fiscal") || AtomText.Is(text, atoms, k - 1, "financial"))))
        {
            start = AtomText.Is(text, atoms, k, "fiscal") ? k : k - 1;
            suffix = string.Empty;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A season of the year before the year at atom <paramref name="i"/>: <c>the summer of 2019</c>, <c>the late autumn
    /// of 1982</c>, <c>spring 2021</c>, <c>early summer 2020</c>, <c>winter 2021-22</c>. <paramref name="start"/> is the
    /// first atom of the expression (<c>the</c>, the part word or the season). Not a season in a name (<c>the Prague Spring
    /// of 1968</c>, <c>Arab Spring 2011</c>, <c>HARD RED WINTER 1639</c>: a capitalized season after a capitalized word inside
    /// its sentence, other than <c>the</c> or a preposition), and <c>fall</c>, also a verb and a noun (<c>the oil price fall of 1986</c>), only after <c>the</c>, a preposition or a
    /// part word (<c>the fall of 2009</c>, <c>in fall 1979</c>).
    /// </summary>
    private static bool TrySeasonBefore(string text, ReadOnlySpan<NumberAtom> atoms, int i, int firstFree, out int start)
    {
        start = i;
        int s = i - 1;
        bool of = s >= firstFree && atoms[s].Kind == NumberAtomKind.Of;
        if (of)
        {
            s--;
        }

        if (s < firstFree || !atoms[i].GapBefore || !IsSeason(text, atoms, s, out bool fall) || InName(text, atoms, s))
        {
            return false;
        }

        int first = s;
        int p = s - 1;
        if (p >= firstFree && IsPartWord(text, atoms, p) && atoms[s].GapBefore)
        {
            first = p;
        }
        else if (p - 1 >= firstFree && atoms[p].Kind == NumberAtomKind.Dash && !atoms[p].GapBefore && !atoms[s].GapBefore && IsPartWord(text, atoms, p - 1))
        {
            first = p - 1;
        }

        bool the = first - 1 >= firstFree && AtomText.Is(text, atoms, first - 1, "the");
        if (fall && !(the || first != s || (s - 1 >= 0 && IsSeasonPreposition(text, atoms, s - 1) && !of)))
        {
            return false;
        }

        start = of && the ? first - 1 : first;
        return true;
    }

    private static bool IsSeason(string text, ReadOnlySpan<NumberAtom> atoms, int k, out bool fall)
    {
        fall = AtomText.Is(text, atoms, k, "fall");
        return fall || AtomText.Is(text, atoms, k, "spring") || AtomText.Is(text, atoms, k, "summer") || AtomText.Is(text, atoms, k, "autumn")
            || AtomText.Is(text, atoms, k, "winter");
    }

    private static bool IsSeasonPreposition(string text, ReadOnlySpan<NumberAtom> atoms, int k)
        => atoms[k].Kind == NumberAtomKind.In || AtomText.Is(text, atoms, k, "by") || AtomText.Is(text, atoms, k, "until")
           || AtomText.Is(text, atoms, k, "since") || AtomText.Is(text, atoms, k, "during") || AtomText.Is(text, atoms, k, "from");

    /// <summary>
    /// A capitalized word after a capitalized word that does not start its sentence and is neither <c>the</c> nor a
    /// preposition: part of a name (<c>Arab Spring</c>, <c>HARD RED WINTER</c>), in title case or in capitals.
    /// </summary>
    private static bool InName(string text, ReadOnlySpan<NumberAtom> atoms, int k)
    {
        var w = AtomText.Of(text, atoms[k]);
        if (!char.IsUpper(w[0]) || k == 0 || !atoms[k].GapBefore)
        {
            return false;
        }

        var before = atoms[k - 1];
        return before.Kind != NumberAtomKind.Punctuation && char.IsUpper(text[before.Start]) && k - 1 > 0 && atoms[k - 2].Kind != NumberAtomKind.Punctuation
            && !IsSeasonPreposition(text, atoms, k - 1) && !AtomText.Is(text, atoms, k - 1, "the");
    }

    private static bool IsPartWord(string text, ReadOnlySpan<NumberAtom> atoms, int k)
        => AtomText.Is(text, atoms, k, "early") || AtomText.Is(text, atoms, k, "mid") || AtomText.Is(text, atoms, k, "late");

    /// <summary>first … fourth (final and last are the fourth) at atom <paramref name="k"/>; 0 for none.</summary>
    private static int OrdinalBefore(string text, ReadOnlySpan<NumberAtom> atoms, int k)
    {
        if (k < 0)
        {
            return 0;
        }

        var w = AtomText.Of(text, atoms[k]);
        return w.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1
            : w.Equals("second", StringComparison.OrdinalIgnoreCase) ? 2
            : w.Equals("third", StringComparison.OrdinalIgnoreCase) ? 3
            : w.Equals("fourth", StringComparison.OrdinalIgnoreCase) || w.Equals("final", StringComparison.OrdinalIgnoreCase)
              || w.Equals("last", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
    }

    /// <summary>The expression starts at <c>the</c> before atom <paramref name="k"/> when there is one.</summary>
    private static int WithThe(string text, ReadOnlySpan<NumberAtom> atoms, int k, int firstFree)
        => k - 1 >= firstFree && AtomText.Is(text, atoms, k - 1, "the") ? k - 1 : k;

    /// <summary><c>Q3 2021</c>, <c>Q3 of 2021</c>.</summary>
    private static bool TryQuarterWord(string text, ReadOnlySpan<NumberAtom> atoms, int i, List<NumericMention> output, ref int end)
    {
        var w = AtomText.Of(text, atoms[i]);
        if (w.Length != 2 || w[0] != 'Q' || w[1] is < '1' or > '4')
        {
            return false;
        }

        int y = i + 1;
        if (y < atoms.Length && atoms[y].Kind == NumberAtomKind.Of)
        {
            y++;
        }

        if (!DateRules.IsYear(atoms, y, out int year) || !atoms[y].GapBefore || FollowedByCode(atoms, y))
        {
            return false;
        }

        output.Add(new NumericMention(EntityType.Date, atoms[i].Start, atoms[y].End, null, null,
            year.ToString("0000", CultureInfo.InvariantCulture) + "-Q" + w[1], 0.9));
        end = y + 1;
        return true;
    }

    /// <summary><c>FY2023</c>, <c>FY 2023</c>: the year that names a fiscal year.</summary>
    private static bool TryFiscalWord(string text, ReadOnlySpan<NumberAtom> atoms, int i, List<NumericMention> output, ref int end)
    {
        var w = AtomText.Of(text, atoms[i]);
        if (!w.StartsWith("FY", StringComparison.Ordinal))
        {
            return false;
        }

        if (w.Length == 6 && int.TryParse(w[2..], NumberStyles.None, CultureInfo.InvariantCulture, out int glued) && glued is >= 1900 and <= 2099)
        {
            output.Add(new NumericMention(EntityType.Date, atoms[i].Start, atoms[i].End, null, null, glued.ToString("0000", CultureInfo.InvariantCulture), 0.9));
            end = i + 1;
            return true;
        }

        if (w.Length == 2 && DateRules.IsYear(atoms, i + 1, out int year) && atoms[i + 1].GapBefore && !FollowedByCode(atoms, i + 1))
        {
            output.Add(new NumericMention(EntityType.Date, atoms[i].Start, atoms[i + 1].End, null, null, year.ToString("0000", CultureInfo.InvariantCulture), 0.9));
            end = i + 2;
            return true;
        }

        return false;
    }

    /// <summary>
    /// <c>2022-23</c>, <c>2019/20</c>, <c>1999-00</c>, <c>2003/2004</c>: a financial year or season, from the first year to
    /// the next, as the ISO 8601 interval of the two years (<c>2022/2023</c>).
    /// </summary>
    private static bool TryYearPair(string text, ReadOnlySpan<NumberAtom> atoms, int i, int firstFree, List<NumericMention> output, ref int end)
    {
        if (!DateRules.IsYear(atoms, i, out int year) || year is < 1800 or > 2098 || i + 2 >= atoms.Length)
        {
            return false;
        }

        var joiner = atoms[i + 1];
        var second = atoms[i + 2];
        if (joiner.Kind is not (NumberAtomKind.Dash or NumberAtomKind.Slash) || joiner.GapBefore || second.Kind != NumberAtomKind.Digits
            || second.GapBefore || second.HasDecimals || second.Blocked || second.DigitCount != second.Length
            || !(second.DigitCount == 2 ? (int)second.Value == (year + 1) % 100 : second.DigitCount == 4 && (int)second.Value == year + 1)
            || FollowedByCode(atoms, i + 2) || GluedToCode(text, atoms, i))
        {
            return false;
        }

        if (i - 1 >= 0 && atoms[i - 1].Kind == NumberAtomKind.Other && ReferenceLookup.Contains(AtomText.Of(text, atoms[i - 1])))
        {
            return false;
        }

        // "winter 2021-22", "the winter of 2004/05": the season across the two years.
        int start = TrySeasonBefore(text, atoms, i, firstFree, out int seasonStart) ? seasonStart : i;
        output.Add(new NumericMention(EntityType.Date, atoms[start].Start, second.End, null, null,
            string.Create(CultureInfo.InvariantCulture, $"{year:0000}/{year + 1:0000}"), 0.9));
        end = i + 3;
        return true;
    }

    /// <summary>
    /// <c>the 1990s</c>, <c>1990's</c>, <c>the mid-1990s</c>, <c>the 80s</c>, <c>the late '80s</c>, <c>the 1960s and 70s</c>:
    /// the decade, as its first year and <c>s</c> (<c>1990s</c>).
    /// </summary>
    private static bool TryDecade(string text, ReadOnlySpan<NumberAtom> atoms, int i, int firstFree, List<NumericMention> output, ref int end)
    {
        var a = atoms[i];
        if (a.DigitCount != a.Length || a.DigitCount is not (2 or 4) || a.Value % 10 != 0 || !TryPluralS(text, atoms, i + 1, out int sEnd, out bool capital))
        {
            return false;
        }

        // Digits glued to letters on the left (B1990s) or to a code (A/1990s) are no decade; an apostrophe ('80s), a hyphen
        // (mid-80s, pre-1990s) or an opening bracket or quote may be glued to it.
        if (i > 0 && !a.GapBefore && atoms[i - 1].Kind is NumberAtomKind.Other or NumberAtomKind.Digits or NumberAtomKind.Slash
            && !IsApostrophe(text, atoms, i - 1))
        {
            return false;
        }

        int start = i;
        bool apostrophe = false;
        if (a.DigitCount == 2 && i - 1 >= firstFree && !a.GapBefore && IsApostrophe(text, atoms, i - 1))
        {
            apostrophe = true;
            start = i - 1;
        }

        // early / mid / late, spaced or hyphenated, then "the".
        int k = start - 1;
        if (k >= firstFree && atoms[k].Kind == NumberAtomKind.Dash && !atoms[k].GapBefore && !atoms[start].GapBefore && k - 1 >= firstFree && IsPartWord(text, atoms, k - 1))
        {
            start = k - 1;
        }
        else if (k >= firstFree && IsPartWord(text, atoms, k) && atoms[start].GapBefore)
        {
            start = k;
        }

        bool the = start - 1 >= firstFree && AtomText.Is(text, atoms, start - 1, "the");

        // "1990S", "THE 1990S" (copy in capitals the truecaser did not restore): a capital S is a plural only where the
        // expression says it is a decade (the, early/mid/late, a decade it is joined to); "Audi 4000S", "Model 1990S" are names.
        if (capital && !the && start == i && !apostrophe && !TryCoordinatedCentury(text, atoms, start, output, (int)a.Value % 100, out _))
        {
            return false;
        }

        int value;
        if (a.DigitCount == 4)
        {
            // "1000s of fans" is thousands, not the decade.
            if (a.Value is < 1100 or > 2090)
            {
                return false;
            }

            // "1990's" is the decade after "the", early/mid/late or a decade it is joined to (the 1970's and 1980's);
            // else it is the year's possessive (2010's The Social Network, since 1980's 6.19 mln tonnes).
            if (sEnd - i == 3 && !the && start == i && !TryCoordinatedCentury(text, atoms, start, output, (int)a.Value % 100, out _))
            {
                return false;
            }

            value = (int)a.Value;
        }
        else
        {
            // A two-digit decade has no century of its own: after a decade just read, its century (the 1960s and 70s);
            // else 1930s-1990s when "the" or its apostrophe marks it a decade. "in her 80s", "the over-70s" are ages.
            int two = (int)a.Value;
            if (AfterPossessive(text, atoms, start))
            {
                return false;
            }

            if (TryCoordinatedCentury(text, atoms, start, output, two, out int century))
            {
                value = century + two;
            }
            else if ((the || apostrophe) && two >= 30 && !IsQuantityRange(text, atoms, the ? start - 1 : start, sEnd))
            {
                value = 1900 + two;
            }
            else
            {
                return false;
            }
        }

        if (the)
        {
            start--;
        }

        output.Add(new NumericMention(EntityType.Date, atoms[start].Start, atoms[sEnd - 1].End, null, null,
            value.ToString("0000", CultureInfo.InvariantCulture) + "s", a.DigitCount == 4 ? 0.9 : 0.8));
        end = sEnd;
        return true;
    }

    /// <summary>
    /// <c>the 50s</c> as a range a quantity lies in rather than a decade: a value moving into it (<c>warm into the 70s</c>,
    /// <c>the share price into the mid-30's</c>), a subject that is in it (<c>temperatures were in the 30s</c>, <c>it was
    /// still in the 50s</c>), or a unit after it (<c>the 30s F</c>). <paramref name="the"/> is the atom of <c>the</c> (or the
    /// first atom of the expression when there is none), <paramref name="end"/> the atom after it.
    /// </summary>
    private static bool IsQuantityRange(string text, ReadOnlySpan<NumberAtom> atoms, int the, int end)
    {
        if (end < atoms.Length && (AtomText.Is(text, atoms, end, "degrees") || AtomText.Of(text, atoms[end]) is "F" or "C" or "°"))
        {
            return true;
        }

        int prep = the - 1;
        if (prep < 0)
        {
            return false;
        }

        if (AtomText.Is(text, atoms, prep, "into"))
        {
            return true;
        }

        if (atoms[prep].Kind != NumberAtomKind.In)
        {
            return false;
        }

        int verb = prep - 1;
        if (verb >= 0 && IsAdverb(text, atoms, verb))
        {
            verb--;
        }

        return verb >= 0 && (AtomText.Is(text, atoms, verb, "is") || AtomText.Is(text, atoms, verb, "are") || AtomText.Is(text, atoms, verb, "was")
            || AtomText.Is(text, atoms, verb, "were") || AtomText.Is(text, atoms, verb, "be") || AtomText.Is(text, atoms, verb, "been"));
    }

    private static bool IsAdverb(string text, ReadOnlySpan<NumberAtom> atoms, int k)
    {
        var w = AtomText.Of(text, atoms[k]);
        return (w.Length > 3 && w.EndsWith("ly", StringComparison.OrdinalIgnoreCase)) || w.Equals("still", StringComparison.OrdinalIgnoreCase)
            || w.Equals("now", StringComparison.OrdinalIgnoreCase) || w.Equals("all", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A two-digit decade joined by <c>and</c>, <c>or</c>, <c>to</c>, a comma or a dash to the decade just read
    /// (<c>the 1960s and 70s</c>, <c>the 80s and early 90s</c>, <c>1980s-90s</c>) takes its century, or the next one when it
    /// comes before it in the century (<c>the 1990s and 00s</c>).
    /// </summary>
    private static bool TryCoordinatedCentury(string text, ReadOnlySpan<NumberAtom> atoms, int start, List<NumericMention> output, int two, out int century)
    {
        century = 0;
        int j = start - 1;
        if (j < 1 || output.Count == 0)
        {
            return false;
        }

        var last = output[^1];
        if (!IsJoiner(text, atoms, j) || last.Type != EntityType.Date || last.Iso is not { Length: 5 } iso || iso[4] != 's' || last.End != atoms[j - 1].End)
        {
            return false;
        }

        int previous = int.Parse(iso.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        century = previous / 100 * 100;
        if (two < previous % 100)
        {
            century += 100;
        }

        return true;
    }

    /// <summary>A plural <c>s</c> glued to the digits before <paramref name="k"/>, or <c>'s</c>; <paramref name="end"/> is past it.</summary>
    private static bool TryPluralS(string text, ReadOnlySpan<NumberAtom> atoms, int k, out int end, out bool capital)
    {
        end = k;
        capital = false;
        if (k < atoms.Length && !atoms[k].GapBefore && atoms[k].Kind == NumberAtomKind.Other && atoms[k].Length == 1 && text[atoms[k].Start] is 's' or 'S')
        {
            capital = text[atoms[k].Start] == 'S';
            end = k + 1;
            return true;
        }

        if (k + 1 < atoms.Length && !atoms[k].GapBefore && IsApostrophe(text, atoms, k) && !atoms[k + 1].GapBefore
            && atoms[k + 1].Kind == NumberAtomKind.Other && atoms[k + 1].Length == 1 && text[atoms[k + 1].Start] is 's' or 'S')
        {
            capital = text[atoms[k + 1].Start] == 'S';
            end = k + 2;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A possessive before a two-digit decade, over the words that place an age in it (<c>his 70s</c>, <c>her late
    /// 80s</c>, <c>their mid-to-late '30s</c>, <c>his early and mid-70s</c>): an age, not a decade. <paramref name="start"/>
    /// is the first atom of the decade expression.
    /// </summary>
    private static bool AfterPossessive(string text, ReadOnlySpan<NumberAtom> atoms, int start)
    {
        int k = start - 1;
        for (int steps = 0; k >= 0 && steps < 12; steps++, k--)
        {
            // early / mid / late, joiners, and the ages before it (their late 30s and early '40s).
            if (!(IsPartWord(text, atoms, k) || IsJoiner(text, atoms, k) || IsApostrophe(text, atoms, k)
                || (atoms[k].Kind == NumberAtomKind.Digits && atoms[k].DigitCount == 2 && atoms[k].Length == 2)
                || (atoms[k].Kind == NumberAtomKind.Other && atoms[k].Length == 1 && text[atoms[k].Start] is 's' or 'S')))
            {
                break;
            }
        }

        return k >= 0 && PossessiveLookup.Contains(AtomText.Of(text, atoms[k]));
    }

    /// <summary>What joins two decades or ages: a dash, a comma, <c>and</c>, <c>or</c>, <c>to</c> (<c>the 1960s and 70s</c>, <c>mid-to-late</c>).</summary>
    private static bool IsJoiner(string text, ReadOnlySpan<NumberAtom> atoms, int k)
        => atoms[k].Kind is NumberAtomKind.Dash or NumberAtomKind.RangeDash or NumberAtomKind.And || AtomText.IsPunctuation(text, atoms, k, ',')
           || AtomText.Is(text, atoms, k, "and") || AtomText.Is(text, atoms, k, "or") || AtomText.Is(text, atoms, k, "to");

    private static bool IsApostrophe(string text, ReadOnlySpan<NumberAtom> atoms, int k)
        => k >= 0 && k < atoms.Length && atoms[k].Kind is NumberAtomKind.Punctuation or NumberAtomKind.Other && atoms[k].Length == 1
           && text[atoms[k].Start] is '\'' or '’';

    /// <summary>More of a code glued after atom <paramref name="k"/>: a hyphen, slash, digits or letters (<c>2022-23-41</c>, <c>2022-23b</c>).</summary>
    private static bool FollowedByCode(ReadOnlySpan<NumberAtom> atoms, int k)
        => k + 1 < atoms.Length && !atoms[k + 1].GapBefore
           && atoms[k + 1].Kind is NumberAtomKind.Dash or NumberAtomKind.Slash or NumberAtomKind.Digits or NumberAtomKind.Other;

    /// <summary>A code glued before atom <paramref name="k"/>: <c>XR-2022-23</c>, <c>555-2022</c>, <c>ab2022</c>.</summary>
    private static bool GluedToCode(string text, ReadOnlySpan<NumberAtom> atoms, int k)
    {
        if (k == 0 || atoms[k].GapBefore)
        {
            return false;
        }

        var before = atoms[k - 1];
        return before.Kind is NumberAtomKind.Dash or NumberAtomKind.Slash or NumberAtomKind.Digits or NumberAtomKind.Other
               || (before.Kind == NumberAtomKind.Punctuation && text[before.Start] is '.' or ':' or '#');
    }
}
