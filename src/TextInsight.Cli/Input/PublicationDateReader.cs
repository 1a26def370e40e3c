using System.Globalization;
using System.Text.Json;

namespace TextInsight.Cli.Input;

/// <summary>
/// Reads the publication date of a date column (<c>--date-column</c>) or JSON Lines field, culture-invariantly: ISO 8601
/// dates and date-times (<c>2020-03-05</c>, <c>2020-03-05T10:31:00Z</c>, <c>2020-03-05 10:31:00-05:00</c>, <c>20200305</c>),
/// <c>2020/03/05</c>, RFC 1123 and RFC 822 as RSS writes them (<c>Thu, 05 Mar 2020 10:31:00 GMT</c>, <c>+0000</c>),
/// <c>5 March 2020</c>, <c>March 5, 2020</c>, <c>Mar. 5 2020</c>, and Unix time in seconds or milliseconds (a JSON
/// number or a string of digits) from 1990 to 2099.
/// </summary>
/// <remarks>
/// <para>The date is the calendar date as written: a time with an offset is not moved to UTC (<c>2020-03-05T23:30:00-05:00</c>
/// is 5 March, the day the article was published where it was published). Unix time, which has no offset, is read in UTC.</para>
/// <para>A date of numbers with the year last (<c>03/05/2020</c>, <c>3.5.2020</c>) is 3 May in most of the world and
/// March 5 in the United States: it is never guessed. <c>--date-format</c> names the form (a .NET custom format such as
/// <c>dd/MM/yyyy</c>, read before the forms above); without it such a value is a warning that says so.</para>
/// </remarks>
internal static class PublicationDateReader
{
    // Unix time read as a publication date: 1990-01-01 to 2099-12-31 (seconds and milliseconds do not overlap there, and a
    // number outside it is more likely an id or a count than a date).
    private const long MinSeconds = 631_152_000;
    private const long MaxSeconds = 4_102_444_800;
    private const long MinMilliseconds = MinSeconds * 1000;
    private const long MaxMilliseconds = MaxSeconds * 1000;

    // Longest value quoted in a warning.
    private const int QuotedLength = 60;

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months = BuildMonths().GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Weekdays = BuildWeekdays().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="format"/> can serve as <c>--date-format</c>; else why not.</summary>
    public static string? CheckFormat(string format)
    {
        if (format.Length < 2)
        {
            return $"--date-format '{format}' is a one-letter standard format; give a custom format that names the day, month and year, e.g. dd/MM/yyyy.";
        }

        if (format.IndexOf('d') < 0 || format.IndexOf('M') < 0 || format.IndexOf('y') < 0)
        {
            return $"--date-format '{format}' must name the day (d), the month (M) and the year (y), e.g. dd/MM/yyyy or MM/dd/yyyy HH:mm.";
        }

        try
        {
            _ = new DateTime(2020, 3, 5, 10, 31, 0, DateTimeKind.Utc).ToString(format, CultureInfo.InvariantCulture);
            return null;
        }
        catch (FormatException ex)
        {
            return $"--date-format '{format}' is not a .NET date format: {ex.Message}";
        }
    }

    /// <summary>
    /// Reads a CSV cell or JSON string. An empty or white-space value is no date and no problem (the date is then read
    /// from the text, as for an empty title cell).
    /// </summary>
    /// <param name="value">The value as written.</param>
    /// <param name="format">The <c>--date-format</c>, or <see langword="null"/>.</param>
    /// <param name="date">The date, when read.</param>
    /// <param name="problem">Why a value that is not empty could not be read (a clause that follows the quoted value).</param>
    public static bool TryRead(string value, string? format, out DateOnly date, out string? problem) =>
        NotPlaceholder(TryReadValue(value, format, out date, out problem), ref date, ref problem);

    /// <summary>The problem of a date before <see cref="TextInsight.Structure.Html.HtmlMetadata.MinYear"/>, which is a placeholder (<see cref="NotPlaceholder"/>).</summary>
    public static readonly string PlaceholderProblem =
        $"a date before {TextInsight.Structure.Html.HtmlMetadata.MinYear} is a placeholder for no date (as the zero time 0001-01-01 that some systems write), not a publication date";

    /// <summary>
    /// A date read before <see cref="TextInsight.Structure.Html.HtmlMetadata.MinYear"/> is a placeholder, not when the
    /// article was published: the zero time of Go and .NET (<c>0001-01-01T00:00:00Z</c>, Hugo's
    /// <c>Mon, 01 Jan 0001 00:00:00 +0000</c>) is what some publishing systems and exports write for "no date". It is
    /// no date, with a problem that says so, as a page's metadata date of the kind gives way to the next source.
    /// </summary>
    private static bool NotPlaceholder(bool read, ref DateOnly date, ref string? problem)
    {
        if (!read || date.Year >= TextInsight.Structure.Html.HtmlMetadata.MinYear)
        {
            return read;
        }

        date = default;
        problem = PlaceholderProblem;
        return false;
    }

    private static bool TryReadValue(string value, string? format, out DateOnly date, out string? problem)
    {
        date = default;
        problem = null;
        var text = value.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return false;
        }

        if (format is not null && DateTimeOffset.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var exact))
        {
            // The clock time as written, not its UTC instant.
            date = DateOnly.FromDateTime(exact.DateTime);
            return true;
        }

        if (IsDigits(text))
        {
            return TryDigits(text, out date, out problem);
        }

        if (TryIso(text, out date, out bool iso))
        {
            return true;
        }

        if (iso)
        {
            problem = "it is not a valid ISO 8601 date or date-time";
            return false;
        }

        if (TryNumeric(text, out date, out problem) || problem is not null)
        {
            return problem is null;
        }

        if (TryWords(text, out date))
        {
            return true;
        }

        problem = format is null
            ? "it is in none of the forms read (ISO 8601, RFC 1123/822, 2020/03/05, 5 March 2020, March 5, 2020, Unix time); name its form with --date-format"
            : $"it is neither in the form '{format}' given by --date-format nor in one of the usual forms (ISO 8601, RFC 1123/822, 5 March 2020, March 5, 2020, Unix time)";
        return false;
    }

    /// <summary>
    /// Reads a JSON Lines field: a string as <see cref="TryRead(string, string?, out DateOnly, out string?)"/>, a whole number as a
    /// string of its digits (Unix seconds or milliseconds, or <c>yyyyMMdd</c>). <see langword="null"/> is no date and no problem.
    /// </summary>
    public static bool TryRead(JsonElement value, string? format, out DateOnly date, out string? problem)
    {
        date = default;
        problem = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return false;
            case JsonValueKind.String:
                return TryRead(value.GetString()!, format, out date, out problem);
            case JsonValueKind.Number:
                if (value.TryGetInt64(out long number) && number >= 0)
                {
                    // As a string of digits is read: Unix time, or ISO 8601's basic form (20200305).
                    return NotPlaceholder(TryDigits(number.ToString(CultureInfo.InvariantCulture), out date, out problem), ref date, ref problem);
                }

                problem = "a number that is not whole and at least 0 is not Unix time";
                return false;
            default:
                problem = $"it is a JSON {value.ValueKind.ToString().ToLowerInvariant()}, not a string or a number";
                return false;
        }
    }

    /// <summary>The warning of a value that could not be read: it names the column and the value, and says what was done.</summary>
    /// <param name="kind">"column" for CSV, "field" for JSON Lines.</param>
    public static string Warning(string kind, string name, string value, string problem) =>
        $"date {kind} '{name}': could not read '{Quote(value)}' as a date ({problem}); the date was read from the text";

    private static string Quote(string value)
    {
        var text = value.AsSpan().Trim();
        return text.Length <= QuotedLength ? text.ToString() : string.Concat(text[..QuotedLength], "…");
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out DateOnly date, out string? problem)
    {
        date = default;
        problem = null;

        // ISO 8601's basic form, yyyyMMdd: as Unix seconds these would fall in 1970 and be refused anyway.
        if (text.Length == 8 && Number(text[..4]) is >= 1000 and var year && TryDate(year, Number(text.Slice(4, 2)), Number(text.Slice(6, 2)), out date))
        {
            return true;
        }

        if (text.Length > 18 || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long number))
        {
            problem = "a number too long for Unix time";
            return false;
        }

        return TryUnix(number, out date, out problem);
    }

    private static bool TryUnix(long number, out DateOnly date, out string? problem)
    {
        date = default;
        problem = null;
        if (number is >= MinSeconds and < MaxSeconds)
        {
            date = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(number).UtcDateTime);
            return true;
        }

        if (number is >= MinMilliseconds and < MaxMilliseconds)
        {
            date = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(number).UtcDateTime);
            return true;
        }

        problem = "as Unix time in seconds or milliseconds it is not a date from 1990 to 2099";
        return false;
    }

    // yyyy-MM-dd, yyyy/MM/dd or yyyy.MM.dd, then nothing or a time: iso is set when the value starts as such a date, so
    // that a bad one (2020-13-05) is refused rather than read in another form.
    private static bool TryIso(ReadOnlySpan<char> text, out DateOnly date, out bool iso)
    {
        date = default;
        iso = false;
        if (text.Length < 8 || !IsDigits(text[..4]) || text[4] is not ('-' or '/' or '.'))
        {
            return false;
        }

        char separator = text[4];
        int month = Digits(text, 5, out int afterMonth);
        if (month < 0 || afterMonth >= text.Length || text[afterMonth] != separator)
        {
            return false;
        }

        int day = Digits(text, afterMonth + 1, out int afterDay);
        if (day < 0)
        {
            return false;
        }

        iso = true;
        var rest = text[afterDay..];
        if (!TryDate(Number(text[..4]), month, day, out date))
        {
            return false;
        }

        if (rest.IsEmpty)
        {
            return true;
        }

        // A time: ISO's T, or a space; the whole value must then read as a date-time (the date stays as written).
        if (rest[0] is 'T' or 't' or ' ')
        {
            return separator == '-'
                ? DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _) || IsTime(rest[1..].TrimStart())
                : IsTime(rest[1..].TrimStart());
        }

        return false;
    }

    // d/M/yyyy, M/d/yyyy, d.M.yyyy, d-M-yyyy (optionally with a time): which is day and which month is not known.
    private static bool TryNumeric(ReadOnlySpan<char> text, out DateOnly date, out string? problem)
    {
        date = default;
        problem = null;
        int first = Digits(text, 0, out int end);
        if (first < 0 || end > 2 || end >= text.Length || text[end] is not ('/' or '.' or '-'))
        {
            return false;
        }

        char separator = text[end];
        int second = Digits(text, end + 1, out int end2);
        if (second < 0 || end2 - end - 1 > 2 || end2 >= text.Length || text[end2] != separator)
        {
            return false;
        }

        int year = Digits(text, end2 + 1, out int end3);
        if (year < 0 || (end3 - end2 - 1) is not (2 or 4))
        {
            return false;
        }

        if (year < 100)
        {
            year += 2000;
        }

        bool dayFirst = TryDate(year, second, first, out _);
        bool monthFirst = TryDate(year, first, second, out _);
        string yearFormat = end3 - end2 - 1 == 2 ? "yy" : "yyyy";
        problem = (dayFirst, monthFirst) switch
        {
            (false, false) => "neither as day/month nor as month/day is it a date",
            (true, true) when first != second => string.Create(
                CultureInfo.InvariantCulture,
                $"a date of numbers with the year last is read only with --date-format: as day{separator}month it is {first} {Month(second)}, as month{separator}day {Month(first)} {second}; give --date-format dd{separator}MM{separator}{yearFormat} or MM{separator}dd{separator}{yearFormat}"),
            _ => string.Create(
                CultureInfo.InvariantCulture,
                $"a date of numbers with the year last is read only with --date-format, as day{separator}month and month{separator}day are told apart only by the column's form; give --date-format {(dayFirst ? "dd" : "MM")}{separator}{(dayFirst ? "MM" : "dd")}{separator}{yearFormat}"),
        };
        return false;
    }

    private static string Month(int month) => CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[month - 1];

    // [Weekday[,]] d[st|nd|rd|th][ ]Month[.][,] yyyy [time]   or   [Weekday[,]] Month[.] d[st|nd|rd|th][,] yyyy [time]
    private static bool TryWords(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        int i = 0;
        var first = Word(text, ref i);
        if (!first.IsEmpty && Weekdays.Contains(first.TrimEnd('.')))
        {
            Skip(text, ref i, ',');
            first = Word(text, ref i);
        }

        int day, month;
        if (!first.IsEmpty && char.IsAsciiDigit(first[0]))
        {
            day = DayNumber(first);
            month = MonthNumber(Word(text, ref i));
        }
        else
        {
            month = MonthNumber(first);
            day = DayNumber(Word(text, ref i));
        }

        if (day < 0 || month < 0)
        {
            return false;
        }

        Skip(text, ref i, ',');
        var yearWord = Word(text, ref i);
        if (yearWord.Length != 4 || !IsDigits(yearWord) || !TryDate(Number(yearWord), month, day, out date))
        {
            return false;
        }

        var rest = text[i..].Trim();
        return rest.IsEmpty || IsTime(rest);
    }

    // A word of letters, digits, '.' or ':' after spaces (and a hyphen, as in 5-Mar-2020).
    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length && (text[i] == ' ' || text[i] == '-'))
        {
            i++;
        }

        int start = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '.'))
        {
            i++;
        }

        return text[start..i];
    }

    private static void Skip(ReadOnlySpan<char> text, ref int i, char c)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i < text.Length && text[i] == c)
        {
            i++;
        }
    }

    private static int MonthNumber(ReadOnlySpan<char> word) =>
        Months.TryGetValue(word.TrimEnd('.'), out int month) ? month : -1;

    // 5, 05, 5th, 1st, 22nd, 3rd (and 5. as German-style ordinals are not English: refused).
    private static int DayNumber(ReadOnlySpan<char> word)
    {
        int digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        if (digits is 0 or > 2)
        {
            return -1;
        }

        var suffix = word[digits..];
        if (!suffix.IsEmpty && !suffix.Equals("st", StringComparison.OrdinalIgnoreCase) && !suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            && !suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) && !suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        return Number(word[..digits]);
    }

    // H:mm, then anything a date-time writes after it (seconds, fractions, AM/PM, a zone or offset: GMT, EST, +0000,
    // GMT+0000 (Coordinated Universal Time)); the date is read as written, so the zone is not needed.
    private static bool IsTime(ReadOnlySpan<char> rest)
    {
        int hour = Digits(rest, 0, out int end);
        return hour is >= 0 and < 24 && end is 1 or 2 && end + 2 < rest.Length && rest[end] == ':' && char.IsAsciiDigit(rest[end + 1]) && char.IsAsciiDigit(rest[end + 2])
            && rest.Length <= 64;
    }

    private static int Digits(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]) && end - start < 9)
        {
            end++;
        }

        return end == start ? -1 : Number(text[start..end]);
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        int n = 0;
        foreach (char c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var format = CultureInfo.InvariantCulture.DateTimeFormat;
        for (int m = 1; m <= 12; m++)
        {
            months[format.MonthNames[m - 1]] = m;
            months[format.AbbreviatedMonthNames[m - 1]] = m;
        }

        months["Sept"] = 9;
        return months;
    }

    private static HashSet<string> BuildWeekdays()
    {
        var days = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Tues", "Thur", "Thurs" };
        var format = CultureInfo.InvariantCulture.DateTimeFormat;
        for (int d = 0; d < 7; d++)
        {
            days.Add(format.DayNames[d]);
            days.Add(format.AbbreviatedDayNames[d]);
        }

        return days;
    }
}
