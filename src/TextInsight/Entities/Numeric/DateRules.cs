using System.Globalization;

namespace TextInsight.Entities.Numeric;

/// <summary>
/// Dates: full dates (<c>3 May 2024</c>, <c>May 3, 2024</c>, <c>2024-05-03</c>, <c>Tuesday, March 5, 2024</c>), month and
/// year (<c>May 2024</c> → <c>2024-05</c>), a year after a preposition (<c>in 2024</c> → <c>2024</c>), and dates relative to
/// the publication date (weekdays, yesterday, today, last month, this year, next week, <c>May 3</c> or <c>in May</c> without
/// a year); periods (quarters, halves, decades, financial years, parts of a year) are <see cref="DatePeriodRules"/>'.
/// </summary>
/// <remarks>
/// Every Date mention has its ISO form: a relative date is resolved against the publication date, and when that
/// is unknown it is no mention at all (its words are still consumed, so no part of it is read as something else), since a
/// date a reader cannot place on a calendar is of no use downstream. A possessive relative day (<c>today’s</c>) is no date:
/// the numeric reader keeps it one word, as it mostly means "contemporary" (<c>today’s enterprise stacks</c>).
/// </remarks>
internal static class DateRules
{
    /// <summary>Adds a date that has its ISO form; a relative date that could not be resolved is dropped.</summary>
    private static void Emit(List<NumericMention> output, NumericMention mention)
    {
        if (mention.Iso is not null)
        {
            output.Add(mention);
        }
    }

    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Monday"] = DayOfWeek.Monday, ["Tuesday"] = DayOfWeek.Tuesday, ["Wednesday"] = DayOfWeek.Wednesday,
        ["Thursday"] = DayOfWeek.Thursday, ["Friday"] = DayOfWeek.Friday, ["Saturday"] = DayOfWeek.Saturday, ["Sunday"] = DayOfWeek.Sunday,
    };

    private static readonly HashSet<string> YearPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "by", "until", "till", "during", "from", "before", "after", "through", "of", "early", "late", "mid",
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionLookup = YearPrepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, int> BuildMonths()
    {
        var d = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (int m = 1; m <= 12; m++)
        {
            d[names[m - 1]] = m;
        }

        foreach (var (abbr, m) in new (string, int)[] { ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7), ("Aug", 8), ("Sep", 9), ("Sept", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12) })
        {
            d[abbr] = m;
        }

        return d;
    }

    /// <summary>Whether <paramref name="word"/> is an English month name or its abbreviation (<c>Sept</c>, <c>dec</c>), case aside.</summary>
    public static bool IsMonthName(ReadOnlySpan<char> word) => MonthLookup.ContainsKey(word);

    /// <summary>
    /// Reads the date that starts at atom <paramref name="i"/> (or, for a period, whose year is there: <c>the first quarter
    /// of 2022</c>, reaching left no further than <paramref name="firstFree"/>).
    /// </summary>
    public static bool TryMatch(string text, ReadOnlySpan<NumberAtom> atoms, int i, int firstFree, NumericContext context, List<NumericMention> output, out int end)
    {
        end = i;
        int k = i;
        DayOfWeek? weekday = null;
        bool possessive = false;
        if (TryWeekday(text, atoms, k, out var wd, out possessive))
        {
            weekday = wd;
            k++;
            if (AtomText.IsPunctuation(text, atoms, k, ','))
            {
                k++;
            }
        }

        if (!possessive && TryFullDate(text, atoms, k, context, out string? iso, out int dateEnd, out double confidence))
        {
            Emit(output, new NumericMention(EntityType.Date, atoms[i].Start, atoms[dateEnd - 1].End, null, null, iso, confidence));
            end = dateEnd;
            return true;
        }

        var published = context.Published;
        if (weekday is { } day)
        {
            bool next = i > 0 && AtomText.Is(text, atoms, i - 1, "next");
            bool last = i > 0 && AtomText.Is(text, atoms, i - 1, "last");
            int start = next || last ? i - 1 : i;
            bool future = !next && !last && published is not null && WeekdayTense.IsFuture(text, atoms, i);
            // "every Friday", "on a Thursday", "the first Wednesday of the month": any such day, no day on the calendar.
            bool anyDay = i > 0 && (AtomText.Is(text, atoms, i - 1, "every") || AtomText.Is(text, atoms, i - 1, "each")
                || atoms[i - 1].Kind == NumberAtomKind.A || AtomText.Is(text, atoms, i - 1, "first") || AtomText.Is(text, atoms, i - 1, "second")
                || AtomText.Is(text, atoms, i - 1, "third") || AtomText.Is(text, atoms, i - 1, "fourth"));
            string? weekdayIso = published is { } p && !anyDay ? Iso(ResolveWeekday(p, day, next || future, last, onOrAfter: future)) : null;
            // "Monday's": the mention is the weekday, without the clitic.
            Emit(output, new NumericMention(EntityType.Date, atoms[start].Start, possessive ? atoms[i].End - 2 : atoms[i].End, null, null, weekdayIso, 0.9));
            end = i + 1;
            return true;
        }

        return DatePeriodRules.TryMatch(text, atoms, i, firstFree, output, out end)
            || TryRelative(text, atoms, i, firstFree, published, output, ref end) || TryYearOrMonth(text, atoms, i, published, output, ref end);
    }

    /// <summary>
    /// News mostly tells of the past week: a bare weekday is the last such day on or before publication, unless its
    /// clause tells of a day to come (<see cref="WeekdayTense"/>: <c>will meet on Tuesday</c>), which is the first such
    /// day on or after publication (<paramref name="onOrAfter"/>). <c>next Tuesday</c> is after the publication day,
    /// <c>last Tuesday</c> before it.
    /// </summary>
    private static DateOnly ResolveWeekday(DateOnly published, DayOfWeek day, bool next, bool last, bool onOrAfter = false)
    {
        int back = ((int)published.DayOfWeek - (int)day + 7) % 7;
        if (next)
        {
            return published.AddDays(back == 0 ? (onOrAfter ? 0 : 7) : 7 - back);
        }

        if (last && back == 0)
        {
            back = 7;
        }

        return published.AddDays(-back);
    }

    private static bool TryRelative(string text, ReadOnlySpan<NumberAtom> atoms, int i, int firstFree, DateOnly? published, List<NumericMention> output, ref int end)
    {
        var word = AtomText.Of(text, atoms[i]);
        int offset;
        if (word.Equals("yesterday", StringComparison.OrdinalIgnoreCase))
        {
            offset = -1;
        }
        else if (word.Equals("today", StringComparison.OrdinalIgnoreCase))
        {
            offset = 0;
        }
        else if (word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase))
        {
            offset = 1;
        }
        else
        {
            int step = word.Equals("last", StringComparison.OrdinalIgnoreCase) ? -1
                : word.Equals("next", StringComparison.OrdinalIgnoreCase) ? 1
                : word.Equals("this", StringComparison.OrdinalIgnoreCase) ? 0 : int.MinValue;
            if (step == int.MinValue || i + 1 >= atoms.Length)
            {
                return false;
            }

            string? iso;
            int start = i;
            if (AtomText.Is(text, atoms, i + 1, "year") && DatePeriodRules.TryPartBefore(text, atoms, i, firstFree, out int partStart, out string? suffix))
            {
                // "the fourth quarter of last year", "the end of this year".
                iso = published is { } p ? (p.Year + step).ToString("0000", CultureInfo.InvariantCulture) + suffix : null;
                start = partStart;
            }
            else if (AtomText.Is(text, atoms, i + 1, "week"))
            {
                iso = published is { } p ? IsoWeek(p.AddDays(7 * step)) : null;
            }
            else if (AtomText.Is(text, atoms, i + 1, "month"))
            {
                iso = published is { } p ? p.AddMonths(step).ToString("yyyy-MM", CultureInfo.InvariantCulture) : null;
            }
            else if (AtomText.Is(text, atoms, i + 1, "year"))
            {
                iso = published is { } p ? (p.Year + step).ToString(CultureInfo.InvariantCulture) : null;
            }
            else
            {
                return false;
            }

            Emit(output, new NumericMention(EntityType.Date, atoms[start].Start, atoms[i + 1].End, null, null, iso, 0.9));
            end = i + 2;
            return true;
        }

        Emit(output, new NumericMention(EntityType.Date, atoms[i].Start, atoms[i].End, null, null, published is { } d ? Iso(d.AddDays(offset)) : null, 0.9));
        end = i + 1;
        return true;
    }

    private static bool TryYearOrMonth(string text, ReadOnlySpan<NumberAtom> atoms, int i, DateOnly? published, List<NumericMention> output, ref int end)
    {
        if (i == 0 || !PrepositionLookup.Contains(AtomText.Of(text, atoms[i - 1])) && !AtomText.Is(text, atoms, i - 1, "last")
            && !AtomText.Is(text, atoms, i - 1, "next") && !AtomText.Is(text, atoms, i - 1, "this"))
        {
            return false;
        }

        if (IsYear(atoms, i, out int year) && !(i + 1 < atoms.Length && atoms[i + 1].Kind is NumberAtomKind.Scale or NumberAtomKind.Percent or NumberAtomKind.Hundred))
        {
            Emit(output, new NumericMention(EntityType.Date, atoms[i].Start, atoms[i].End, null, null, year.ToString("0000", CultureInfo.InvariantCulture), 0.8));
            end = i + 1;
            return true;
        }

        if (TryMonth(text, atoms, i, out int month, out int monthEnd))
        {
            string? iso = published is { } p ? new DateOnly(p.Year, month, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture) : null;
            Emit(output, new NumericMention(EntityType.Date, atoms[i].Start, atoms[monthEnd - 1].End, null, null, iso, 0.8));
            end = monthEnd;
            return true;
        }

        return false;
    }

    private static bool TryFullDate(string text, ReadOnlySpan<NumberAtom> atoms, int k, NumericContext context, out string? iso, out int end, out double confidence)
    {
        iso = null;
        end = k;
        confidence = 1;
        if (k >= atoms.Length)
        {
            return false;
        }

        // 2024-05-03
        if (IsYear(atoms, k, out int isoYear) && k + 4 < atoms.Length && atoms[k + 1].Kind == NumberAtomKind.Dash && !atoms[k + 1].GapBefore
            && IsTwoDigits(atoms[k + 2]) && atoms[k + 3].Kind == NumberAtomKind.Dash && !atoms[k + 3].GapBefore && IsTwoDigits(atoms[k + 4]))
        {
            if (!TryDate(isoYear, (int)atoms[k + 2].Value, (int)atoms[k + 4].Value, out var date))
            {
                return false;
            }

            iso = Iso(date);
            end = k + 5;
            return true;
        }

        int year;
        // May 3, 2024 / May 3 / May 2024
        if (TryMonth(text, atoms, k, out int month, out int j))
        {
            if (TryDay(text, atoms, j, out int day, out int afterDay))
            {
                int y = afterDay;
                if (AtomText.IsPunctuation(text, atoms, y, ','))
                {
                    y++;
                }

                if (IsYear(atoms, y, out year))
                {
                    end = y + 1;
                }
                else
                {
                    end = afterDay;
                    if (context.Published is null)
                    {
                        return true;
                    }

                    year = context.Published.Value.Year;
                    confidence = 0.9;
                }

                if (!TryDate(year, month, day, out var date))
                {
                    return false;
                }

                iso = Iso(date);
                return true;
            }

            if (IsYear(atoms, j, out year))
            {
                iso = new DateOnly(year, month, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
                end = j + 1;
                return true;
            }

            return false;
        }

        // 3 May 2024 / 3rd of May / 3 May
        if (TryDay(text, atoms, k, out int d2, out int afterD2))
        {
            int m = afterD2;
            if (m < atoms.Length && atoms[m].Kind == NumberAtomKind.Of)
            {
                m++;
            }

            if (!TryMonth(text, atoms, m, out int month2, out int afterMonth))
            {
                return false;
            }

            int y = afterMonth;
            if (AtomText.IsPunctuation(text, atoms, y, ','))
            {
                y++;
            }

            if (IsYear(atoms, y, out year))
            {
                end = y + 1;
            }
            else
            {
                end = afterMonth;
                if (context.Published is null)
                {
                    return true;
                }

                year = context.Published.Value.Year;
                confidence = 0.9;
            }

            if (!TryDate(year, month2, d2, out var date))
            {
                return false;
            }

            iso = Iso(date);
            return true;
        }

        return false;
    }

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string IsoWeek(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt):0000}-W{ISOWeek.GetWeekOfYear(dt):00}");
    }

    private static bool IsTwoDigits(in NumberAtom a) => a.Kind == NumberAtomKind.Digits && a.DigitCount == 2 && !a.HasDecimals;

    /// <summary>Four digits, 1000-2999, not glued to letters: a year (also <see cref="DatePeriodRules"/>').</summary>
    internal static bool IsYear(ReadOnlySpan<NumberAtom> atoms, int k, out int year)
    {
        year = 0;
        if (k >= atoms.Length)
        {
            return false;
        }

        var a = atoms[k];
        if (a.Kind != NumberAtomKind.Digits || a.Blocked || a.HasDecimals || a.DigitCount != 4 || a.Length != 4 || a.Value is < 1000 or > 2999)
        {
            return false;
        }

        year = (int)a.Value;
        return true;
    }

    /// <summary>A capitalized month name or abbreviation (with its period).</summary>
    private static bool TryMonth(string text, ReadOnlySpan<NumberAtom> atoms, int k, out int month, out int end)
    {
        month = 0;
        end = k;
        if (k >= atoms.Length || atoms[k].Kind != NumberAtomKind.Other || !char.IsUpper(text[atoms[k].Start]))
        {
            return false;
        }

        // A tokenizer may keep an abbreviation's period in the word ("Dec.").
        var word = AtomText.Of(text, atoms[k]);
        if (!MonthLookup.TryGetValue(word.TrimEnd('.'), out month))
        {
            return false;
        }

        end = k + 1;
        bool abbreviation = !word.Equals(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[month - 1], StringComparison.OrdinalIgnoreCase);
        if (abbreviation && AtomText.IsPunctuation(text, atoms, end, '.') && !atoms[end].GapBefore)
        {
            end++;
        }

        return true;
    }

    /// <summary>A day of the month: 1-31 in one or two digits, with an ordinal suffix or not (3, 3rd, 21st).</summary>
    private static bool TryDay(string text, ReadOnlySpan<NumberAtom> atoms, int k, out int day, out int end)
    {
        day = 0;
        end = k;
        if (k >= atoms.Length)
        {
            return false;
        }

        var a = atoms[k];
        if (a.Kind != NumberAtomKind.Digits || a.HasDecimals || a.DigitCount > 2 || a.Length > 2 || a.Value is < 1 or > 31)
        {
            return false;
        }

        end = k + 1;
        if (end < atoms.Length && !atoms[end].GapBefore && atoms[end].Kind == NumberAtomKind.Other)
        {
            var suffix = AtomText.Of(text, atoms[end]);
            if (!(suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                  || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            end++;
        }
        else if (a.Blocked)
        {
            return false;
        }

        day = (int)a.Value;
        return true;
    }

    private static bool TryWeekday(string text, ReadOnlySpan<NumberAtom> atoms, int k, out DayOfWeek day)
        => TryWeekday(text, atoms, k, out day, out _);

    /// <summary>
    /// A capitalized weekday, or its possessive (<c>Monday's meeting</c>, <paramref name="possessive"/>), which the atom
    /// reader keeps one word with its clitic: the event of that day, a date as the bare weekday is.
    /// </summary>
    private static bool TryWeekday(string text, ReadOnlySpan<NumberAtom> atoms, int k, out DayOfWeek day, out bool possessive)
    {
        day = default;
        possessive = false;
        if (k >= atoms.Length || atoms[k].Kind != NumberAtomKind.Other || !char.IsUpper(text[atoms[k].Start]))
        {
            return false;
        }

        var word = AtomText.Of(text, atoms[k]);
        if (WeekdayLookup.TryGetValue(word, out day))
        {
            return true;
        }

        possessive = word.Length > 2 && word[^1] is 's' && word[^2] is '\'' or '’' && WeekdayLookup.TryGetValue(word[..^2], out day);
        return possessive;
    }
}
