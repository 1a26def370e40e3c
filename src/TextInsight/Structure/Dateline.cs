using TextInsight.Entities.Numeric;

namespace TextInsight.Structure;

/// <summary>
/// The dateline a news story opens with: where (and often when and by which agency) it was filed, then a dash
/// (<c>WASHINGTON (AP) — …</c>, <c>MOGADISHU, Sept 5 (Reuters) - …</c>, <c>TEXAS CITY, Texas (AP) — …</c>,
/// <c>Abuja (AFP) - …</c>, <c>UTAH COUNTY — …</c>), sometimes after the reporter's name (<c>By Isaac Abrak ABUJA, Nov 1
/// (Reuters) - …</c>). It is neither a headline nor a topic of the story.
/// </summary>
internal static class Dateline
{
    /// <summary>Longest dateline read, in characters.</summary>
    private const int MaxLength = 100;

    /// <summary>
    /// The length of the dateline that opens <paramref name="text"/>, through its dash and the spaces after it, or 0
    /// when it opens with none. A dateline is a place (words in capitals, or capitalized words when an agency follows),
    /// then optionally a region after a comma (<c>, Texas</c>), a date (<c>, Nov 1</c>) and an agency in brackets
    /// (<c>(Reuters)</c>), then a dash and a space; without an agency the place must be in capitals.
    /// </summary>
    public static int Length(ReadOnlySpan<char> text) => Read(text, whole: false).Length;

    /// <summary>
    /// The dateline that opens <paramref name="text"/> and its parts, offsets from the start of <paramref name="text"/>
    /// (<see cref="Parts.Length"/> 0 when it opens with none).
    /// </summary>
    public static Parts Parse(ReadOnlySpan<char> text) => Read(text, whole: false);

    /// <summary>A dateline's length (through its dash and the spaces after it) and where its parts are; a part not written is empty.</summary>
    /// <param name="Length">Characters from the start through the dash and the spaces after it.</param>
    /// <param name="Reporter">The reporter's name after <c>By</c>.</param>
    /// <param name="Place">The place it was filed from (<c>TEXAS CITY</c>).</param>
    /// <param name="Region">The region or country after the place (<c>Texas</c>).</param>
    /// <param name="Agency">The agency's name inside the brackets (<c>AP</c>).</param>
    internal readonly record struct Parts(int Length, TextSpan Reporter, TextSpan Place, TextSpan Region, TextSpan Agency);

    /// <summary>
    /// Whether <paramref name="segment"/> is a dateline and nothing else (<c>WASHINGTON (AP) —</c>): the segment
    /// <see cref="ArticleStructure.SplitSentences"/> gives a story's opening dateline.
    /// </summary>
    public static bool IsSegment(ReadOnlySpan<char> segment)
    {
        var s = segment.TrimEnd();
        return s.Length > 0 && Read(s, whole: true).Length == s.Length;
    }

    private static Parts Read(ReadOnlySpan<char> text, bool whole)
    {
        var s = text.Length > MaxLength ? text[..MaxLength] : text;
        int i = 0;
        TextSpan reporter = default;

        // A reporter's name first: "By" and capitalized words, up to the place in capitals.
        if (s.StartsWith("By ", StringComparison.Ordinal))
        {
            int j = 3;
            int names = 0;
            while (Word(s, j) is { Length: > 0 } w && !IsCapitals(w) && char.IsUpper(w[0]) && names < 4)
            {
                j += w.Length;
                names++;
                if (j >= s.Length || s[j] != ' ')
                {
                    return default;
                }

                j++;
            }

            if (names == 0)
            {
                return default;
            }

            reporter = new TextSpan(3, j - 1 - 3);
            i = j;
        }

        // The place: one to four words.
        int placeStart = i;
        int placeWords = CapitalizedWords(s, ref i, 4, out bool capitals);

        if (placeWords == 0 || i - placeStart < 2)
        {
            return default;
        }

        var place = new TextSpan(placeStart, i - placeStart);

        // A region after a comma (", Texas", ", Wales"), then a date (", Nov 1").
        int afterPlace = i;
        i = Region(s, i);
        var region = i > afterPlace ? new TextSpan(afterPlace + 2, i - afterPlace - 2) : default;
        i = DatePart(s, i);

        // The agency in brackets.
        TextSpan agency = default;
        int k = SkipSpaces(s, i);
        if (k < s.Length && s[k] == '(')
        {
            int close = s[k..].IndexOf(')');
            if (close < 2 || !IsAgency(s.Slice(k + 1, close - 1)))
            {
                return default;
            }

            agency = new TextSpan(k + 1, close - 1);
            i = k + close + 1;
        }

        // Without an agency only a place in capitals of at most three words (SALT LAKE CITY): four are more likely a
        // headline in capitals ("ISIS USES CHEMICAL WEAPONS—").
        if (agency.Length == 0 && (!capitals || placeWords > 3))
        {
            return default;
        }

        // The dash, and the space after it.
        k = SkipSpaces(s, i);
        int dash = k;
        while (k < s.Length && s[k] is '-' or '–' or '—' or '_')
        {
            k++;
        }

        if (whole && k == s.Length && k > dash && k - dash <= 2)
        {
            return new Parts(k, reporter, place, region, agency);
        }

        if (k == dash || k - dash > 2 || k >= s.Length || s[k] != ' ')
        {
            return default;
        }

        return new Parts(SkipSpaces(s, k), reporter, place, region, agency);
    }

    private static int Region(ReadOnlySpan<char> s, int i)
    {
        if (i + 2 >= s.Length || s[i] != ',' || s[i + 1] != ' ')
        {
            return i;
        }

        int j = i + 2;
        return CapitalizedWords(s, ref j, 3, out _) > 0 ? j : i;
    }

    /// <summary>
    /// Reads up to <paramref name="max"/> capitalized words that are no month from <paramref name="i"/>, one space
    /// between them: how many, with <paramref name="i"/> moved past the last and whether all were in capitals.
    /// </summary>
    private static int CapitalizedWords(ReadOnlySpan<char> s, ref int i, int max, out bool capitals)
    {
        capitals = true;
        int words = 0;
        while (words < max && Word(s, i) is { Length: > 0 } w && char.IsUpper(w[0]) && !IsMonth(w))
        {
            capitals &= IsCapitals(w);
            i += w.Length;
            words++;
            if (i < s.Length && s[i] == ' ' && Word(s, i + 1) is { Length: > 0 } next && char.IsUpper(next[0]) && !IsMonth(next))
            {
                i++;
                continue;
            }

            break;
        }

        return words;
    }

    private static int DatePart(ReadOnlySpan<char> s, int i)
    {
        int j = i;
        if (j + 1 < s.Length && s[j] == ',')
        {
            j++;
        }

        j = SkipSpaces(s, j);
        if (Word(s, j) is not { Length: > 0 } month || !IsMonth(month))
        {
            return i;
        }

        j += month.Length;
        j = SkipSpaces(s, j);
        int digits = j;
        while (j < s.Length && char.IsAsciiDigit(s[j]))
        {
            j++;
        }

        return j - digits is 1 or 2 ? j : i;
    }

    /// <summary>The word at <paramref name="i"/>: letters and the marks names hold (<c>ST.</c>, <c>WILKES-BARRE</c>, <c>O'HARE</c>), a period ending it kept.</summary>
    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> s, int i)
    {
        int j = i;
        while (j < s.Length && (char.IsLetter(s[j]) || (j > i && s[j] is '.' or '-' or '\'' or '’')))
        {
            j++;
        }

        return s[i..j];
    }

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    private static bool IsMonth(ReadOnlySpan<char> word) => DateRules.IsMonthName(word.TrimEnd('.'));

    /// <summary>An agency's name in brackets: one to three words, each opening with a capital (<c>Reuters</c>, <c>AP</c>, <c>Reuters Health</c>).</summary>
    private static bool IsAgency(ReadOnlySpan<char> inner)
    {
        int words = 0;
        foreach (var range in inner.Split(' '))
        {
            var w = inner[range];
            if (w.IsEmpty || !char.IsUpper(w[0]) || ++words > 3)
            {
                return false;
            }

            foreach (char c in w)
            {
                if (char.IsAsciiDigit(c))
                {
                    return false;
                }
            }
        }

        return words > 0;
    }

    private static int SkipSpaces(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }

        return i;
    }
}
