using System.Globalization;
using System.Text.RegularExpressions;

namespace TextInsight.Structure;

/// <summary>
/// Reads bylines (<c>By Jane Doe</c>), date lines (<c>Published 3 May 2024</c>, <c>May 3, 2024</c>) and
/// datelines (<c>WASHINGTON (Reuters) -</c>). Only short lines are tried, so the expressions never run over
/// body text.
/// </summary>
internal static partial class ArticleMetadataReader
{
    private const int MaxLineLength = 160;

    /// <summary>Lines of more words are never metadata lines.</summary>
    internal const int MaxLineWords = 20;

    private const string Month =
        @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    private const string Date =
        @"(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @",?\s+(?<year>(?:19|20)\d\d)"
        + @"|" + Month + @"\s+(?<day2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year2>(?:19|20)\d\d)"
        + @"|(?<isoyear>(?:19|20)\d\d)-(?<isomonth>[01]\d)-(?<isoday>[0-3]\d))";

    // A name: capitalised words, initials and name particles; several names joined by "and", "&" or commas.
    private const string NameWord = @"(?:\p{Lu}[\p{L}'’\-]*\.?|(?:van|von|de|der|den|da|di|du|la|le|bin|al|el|dos|del)(?=\s))";
    private const string Name = NameWord + @"(?:\s+" + NameWord + @"){0,4}";

    [GeneratedRegex(@"\b" + Date + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    internal static partial Regex DateRegex();

    [GeneratedRegex(
        @"^(?:(?i:written|words|reporting|story|text|posted)\s+)?(?i:by):?\s+(?<name>" + Name + @"(?:\s*(?:,|and|&)\s*" + Name + @")*?)\s*(?<rest>(?:[,|·•/–—-]|\s(?:on|in|at|for|published|updated|posted)\b).*)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BylineRegex();

    [GeneratedRegex(
        @"^(?:author|written by|reporter|words):\s*(?<name>" + Name + @")\s*(?<rest>[,|·•/–—-].*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AuthorLabelRegex();

    // WASHINGTON (Reuters) -   LONDON, May 3, 2024 (AP) —   SAN FRANCISCO -
    [GeneratedRegex(
        @"^(?<place>\p{Lu}[\p{Lu}.'’\-]+(?:[ ,]+\p{Lu}[\p{Lu}.'’\-]+){0,3})(?:,\s*(?<date>[^()\-–—]{3,40}?))?\s*(?:\((?<agency>[^)]{2,40})\))?\s*(?<dash>--?|–|—|:)(?:\s+(?<rest>.*)|$)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline)]
    private static partial Regex DatelineRegex();

    private static readonly System.Buffers.SearchValues<char> DatelineDashes = System.Buffers.SearchValues.Create("-–—:");

    // How a byline may open; other lines never reach the byline expressions.
    internal static readonly string[] BylineOpenings = ["by", "written", "words", "reporting", "story", "text", "posted", "author", "reporter"];

    // Words that may stand beside a date on a date line without making it text.
    private static readonly HashSet<string> DateLineWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "posted", "updated", "last", "first", "on", "at", "date", "dated", "am", "pm", "a.m", "p.m",
        "gmt", "bst", "utc", "cet", "cest", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "ist", "aest",
        "min", "mins", "minute", "minutes", "read", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ago",
        "hour", "hours", "modified", "edited", "and", "time", "reading",
    };

    /// <summary>What a metadata line says.</summary>
    public readonly record struct Reading(TextSpan? Byline, DateOnly? Published);

    /// <summary>Reads a line that is wholly metadata: a byline, a date line or a bare dateline.</summary>
    public static bool TryReadLine(string text, in TextUnit unit, out Reading reading)
    {
        reading = default;
        if (unit.Length > MaxLineLength || unit.LineCount > 1 || unit.Markup != HeadingMarkup.None || unit.Words > MaxLineWords)
        {
            return false;
        }

        var span = text.AsSpan(unit.Start, unit.Length);
        bool mayBeByline = StartsWithBylineOpening(span);
        // Necessary conditions of the expressions, checked first: a dateline ends its place (and agency) with a dash or a
        // colon; every date form holds a year that starts 19 or 20, after a space or before an ISO date's dash.
        bool mayBeDateline = span.Length >= 2 && char.IsUpper(span[0]) && char.IsUpper(span[1]) && span.IndexOfAny(DatelineDashes) >= 0;
        bool mayHaveDate = unit.Digits >= 4 && MayHoldDate(span);
        if (!mayBeByline && !mayBeDateline && !mayHaveDate)
        {
            return false;
        }

        // Most lines that pass the cheap checks match none of the forms: find that out on the span, without a string
        // or a Match; only a line that one of the forms matches is read in full below.
        if (!(mayBeByline && (BylineRegex().IsMatch(span) || AuthorLabelRegex().IsMatch(span)))
            && !(mayBeDateline && DatelineRegex().IsMatch(span))
            && !(mayHaveDate && DateRegex().IsMatch(span)))
        {
            return false;
        }

        var line = span.ToString();
        var by = mayBeByline ? BylineRegex().Match(line) : Match.Empty;
        if (mayBeByline && !by.Success)
        {
            by = AuthorLabelRegex().Match(line);
        }

        if (by.Success)
        {
            var rest = by.Groups["rest"];
            if (rest.Success && TextUnitReader.CountWords(rest.ValueSpan) > 12)
            {
                return false;
            }

            var name = by.Groups["name"];
            var nameSpan = TrimName(unit.Start + name.Index, unit.Start + name.Index + name.Length, text);
            reading = new Reading(nameSpan, rest.Success ? FindDate(rest.Value) : null);
            return true;
        }

        var dateline = mayBeDateline ? DatelineRegex().Match(line) : Match.Empty;
        if (dateline.Success && !dateline.Groups["rest"].Success && dateline.Groups["dash"].Value != ":"
            && (dateline.Groups["agency"].Success || dateline.Groups["date"].Success || dateline.Groups["place"].Length >= 3))
        {
            reading = new Reading(null, dateline.Groups["date"].Success ? FindDate(dateline.Groups["date"].Value) : null);
            return true;
        }

        var date = mayHaveDate ? DateRegex().Match(line) : Match.Empty;
        if (date.Success && OnlyDateWords(line.AsSpan(0, date.Index)) && OnlyDateWords(line.AsSpan(date.Index + date.Length)))
        {
            reading = new Reading(null, ToDate(date));
            return true;
        }

        return false;
    }

    /// <summary>
    /// A necessary condition of <see cref="DateRegex"/>: a year <c>(19|20)\d\d</c> that either follows a character
    /// that is no letter or digit (the day-month and month-day forms put <c>\s+</c> before the year) or is followed by
    /// a dash (the ISO form). A line without one cannot match, so the expression is not run on it.
    /// </summary>
    internal static bool MayHoldDate(ReadOnlySpan<char> s)
    {
        for (int p = 0; p + 4 <= s.Length; p++)
        {
            char c = s[p];
            if (((c == '1' && s[p + 1] == '9') || (c == '2' && s[p + 1] == '0'))
                && char.IsDigit(s[p + 2]) && char.IsDigit(s[p + 3])
                && ((p + 4 < s.Length && s[p + 4] == '-') || (p > 0 && !char.IsLetterOrDigit(s[p - 1]))))
            {
                return true;
            }
        }

        return false;
    }

    // Bit c - 'a': some byline opening starts with that letter (either case).
    private static readonly uint BylineFirstLetters = FirstLetters(BylineOpenings);

    private static uint FirstLetters(string[] openings)
    {
        uint bits = 0;
        foreach (string o in openings)
        {
            bits |= 1u << ((o[0] | 0x20) - 'a');
        }

        return bits;
    }

    /// <summary>
    /// Whether <paramref name="s"/> starts with a byline opening, ignoring case. A line whose first character is no ASCII
    /// letter that an opening starts with is answered at once: the ordinal case-insensitive comparison equates no
    /// character outside ASCII with one inside.
    /// </summary>
    internal static bool StartsWithBylineOpening(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        int letter = (s[0] | 0x20) - 'a';
        if (s[0] >= 128 || (uint)letter >= 26 || ((BylineFirstLetters >> letter) & 1) == 0)
        {
            return false;
        }

        return StartsWithAny(s, BylineOpenings);
    }

    private static bool StartsWithAny(ReadOnlySpan<char> s, string[] openings)
    {
        foreach (var o in openings)
        {
            if (s.StartsWith(o, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The date of a dateline that opens a paragraph (<c>NEW YORK, May 3, 2024 (Reuters) - …</c>), if it gives one.</summary>
    public static DateOnly? ReadOpeningDateline(string text, in TextUnit unit)
    {
        if (unit.Length < 2 || !char.IsUpper(text[unit.Start]) || !char.IsUpper(text[unit.Start + 1]))
        {
            return null;
        }

        var head = text.Substring(unit.Start, Math.Min(unit.Length, 80));
        var m = DatelineRegex().Match(head);
        if (!m.Success || !m.Groups["rest"].Success || m.Groups["dash"].Value == ":" || !m.Groups["date"].Success)
        {
            return null;
        }

        return FindDate(m.Groups["date"].Value);
    }

    private static DateOnly? FindDate(string s)
    {
        var m = DateRegex().Match(s);
        return m.Success ? ToDate(m) : null;
    }

    private static DateOnly? ToDate(Match m)
    {
        int year;
        int month;
        int day;
        if (m.Groups["isoyear"].Success)
        {
            year = int.Parse(m.Groups["isoyear"].ValueSpan, CultureInfo.InvariantCulture);
            month = int.Parse(m.Groups["isomonth"].ValueSpan, CultureInfo.InvariantCulture);
            day = int.Parse(m.Groups["isoday"].ValueSpan, CultureInfo.InvariantCulture);
        }
        else
        {
            var dayGroup = m.Groups["day"].Success ? m.Groups["day"] : m.Groups["day2"];
            var yearGroup = m.Groups["year"].Success ? m.Groups["year"] : m.Groups["year2"];
            year = int.Parse(yearGroup.ValueSpan, CultureInfo.InvariantCulture);
            day = int.Parse(dayGroup.ValueSpan, CultureInfo.InvariantCulture);
            month = MonthNumber(m.Groups["month"].ValueSpan);
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static int MonthNumber(ReadOnlySpan<char> name)
    {
        ReadOnlySpan<string> months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        for (int i = 0; i < months.Length; i++)
        {
            if (name.StartsWith(months[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool OnlyDateWords(ReadOnlySpan<char> s)
    {
        foreach (var range in s.SplitAny(' ', '\t', ',', '|', '·', '•', '/', '(', ')', ':', '-', '–', '—'))
        {
            var word = s[range].Trim(".");
            if (word.IsEmpty || DateLineWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                continue;
            }

            // Times (10:32, 10.32am) and reading times (5) are allowed; so are short upper-case zone names.
            bool digits = true;
            foreach (char c in word)
            {
                if (!char.IsAsciiDigit(c) && c != '.' && c != 'a' && c != 'p' && c != 'm')
                {
                    digits = false;
                    break;
                }
            }

            if (digits && char.IsAsciiDigit(word[0]))
            {
                continue;
            }

            return false;
        }

        return true;
    }


    private static TextSpan TrimName(int start, int end, string text)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '&'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}
