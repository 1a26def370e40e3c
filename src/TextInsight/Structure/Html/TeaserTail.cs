using System.Buffers;
using TextInsight.Entities.Numeric;

namespace TextInsight.Structure.Html;

/// <summary>
/// Drops the list of teasers a page puts after its article when it was kept with it: a run of short items at the end
/// of the kept text that are mostly links or carry a date ("Berbatov could leave, says agent 31 Dec 07", "Jan 16,
/// 7:00 AM"), with the short label that opens it ("Related to this story"). Related headlines, a site's other stories,
/// promotions and archives read that way on any site, while an article's own text ends in sentences.
/// </summary>
internal static class TeaserTail
{
    /// <summary>The longest block read as a teaser item (a headline, its date and a line of its story).</summary>
    public const int MaxItemLength = 250;

    /// <summary>The fewest items that make a run (a list of three links after an article is, on some sets, its own).</summary>
    public const int MinItems = 5;

    // The longest line read as a section's label, and as a note closing a list ("The BBC is not responsible for ...").
    private const int MaxLabelLength = 50;
    private const int MaxNoteLength = 160;

    // The least kept text before the run: the article itself is never what is dropped.
    private const int MinTextBefore = 400;

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    /// <summary>
    /// Removes from <paramref name="selected"/> (block indices in document order) the teaser lists that end it, one
    /// section at a time from the end: a run of at least <see cref="MinItems"/> short items, each mostly link text or
    /// holding a date or clock time (lines of a block count one each; at most one short note may follow the run), with
    /// the short label that opens it ("Related to this story:"). A list that a sentence introduces ("…the upcoming
    /// webinars:") is the article's own; and only while at least as much text and 400 characters stand before the run.
    /// </summary>
    /// <returns>The number of blocks removed.</returns>
    public static int Trim(IReadOnlyList<HtmlBlock> blocks, List<int> selected)
    {
        int removed = 0;
        while (TrimSection(blocks, selected) is > 0 and var n)
        {
            removed += n;
        }

        return removed;
    }

    private static int TrimSection(IReadOnlyList<HtmlBlock> blocks, List<int> selected)
    {
        int k = selected.Count;
        if (k > 0 && Items(blocks[selected[k - 1]]) == 0 && IsNote(blocks[selected[k - 1]]))
        {
            k--;
        }

        int runChars = 0;
        int items = 0;
        while (k > 0 && Items(blocks[selected[k - 1]]) is > 0 and var n)
        {
            k--;
            items += n;
            runChars += blocks[selected[k]].Text.Length;
        }

        // A list the article introduces ("…the upcoming webinars:") is its own.
        int start = k;
        if (items < MinItems || (start > 0 && blocks[selected[start - 1]].Text.AsSpan().TrimEnd() is [.., ':'] && !IsLabel(blocks[selected[start - 1]])))
        {
            return 0;
        }

        if (start > 0 && IsLabel(blocks[selected[start - 1]]))
        {
            start--;
        }

        long before = 0;
        for (int j = 0; j < start; j++)
        {
            var block = blocks[selected[j]];
            if (block.Kind != HtmlBlockKind.Heading)
            {
                before += block.Text.Length;
            }
        }

        if (before < MinTextBefore || before < runChars)
        {
            return 0;
        }

        int removed = selected.Count - start;
        selected.RemoveRange(start, removed);
        return removed;
    }

    /// <summary>
    /// How many items of a teaser list a block holds: one for a short block that is mostly a link or dated; for a block
    /// of lines (items separated by <c>&lt;br&gt;</c>), its lines, when each is short and most are dated or the block
    /// is mostly links; else none.
    /// </summary>
    internal static int Items(HtmlBlock block)
    {
        var text = block.Text.AsSpan();
        if (text.IndexOf('\n') < 0)
        {
            return IsItem(block) ? 1 : 0;
        }

        if (block.Kind == HtmlBlockKind.Heading)
        {
            return 0;
        }

        int lines = 0, dated = 0;
        foreach (var range in text.Split('\n'))
        {
            var line = text[range].Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            // A sentence ending in a colon on the first line introduces the lines after it ("The band has announced the
            // dates of its summer tour:"): the article's own list. A short one ("Related links:") reads as a label.
            if (lines == 0 && line[^1] == ':' && line.Length > MaxLabelLength)
            {
                return 0;
            }

            if (line.Length > MaxItemLength)
            {
                return 0;
            }

            lines++;
            dated += HasDateOrTime(line) ? 1 : 0;
        }

        return dated * 2 >= lines || (block.LinkDensity >= 0.5 && text.Length <= lines * MaxNoteLength) ? lines : 0;
    }

    /// <summary>Whether a block reads as one item of a teaser list: short, and mostly a link or dated.</summary>
    internal static bool IsItem(HtmlBlock block)
    {
        var text = block.Text.AsSpan();
        if (text.Length == 0 || text.Length > MaxItemLength || block.Kind == HtmlBlockKind.Heading)
        {
            return false;
        }

        return (block.LinkDensity >= 0.5 && text.Length <= MaxNoteLength) || HasDateOrTime(text);
    }

    /// <summary>A short line without a sentence's end that opens a section ("Related to this story:", "More headlines").</summary>
    private static bool IsLabel(HtmlBlock block)
    {
        var text = block.Text.AsSpan().TrimEnd();
        return text.Length is > 0 and <= MaxLabelLength && text[^1] is not ('.' or '!' or '?' or '"' or '\u201d');
    }

    /// <summary>A short line after a list, a notice or a "more" link.</summary>
    private static bool IsNote(HtmlBlock block) => block.Kind != HtmlBlockKind.Heading && block.Text.Length <= MaxNoteLength;

    /// <summary>
    /// Whether the text holds a date or a clock time: a month name (or its abbreviation) beside a number ("Dec 17",
    /// "31 Dec 07", "January 7, 2008"), a numeric date ("01/18/08", "2007-12-28") or a time ("10:02").
    /// </summary>
    internal static bool HasDateOrTime(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(Digits) < 0)
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                int j = i;
                while (j < text.Length && char.IsAsciiDigit(text[j]))
                {
                    j++;
                }

                int run = j - i;
                // 10:02, 01/18/08, 2007-12-28, 28.12.2007: digits, a separator, digits.
                if (run is >= 1 and <= 4 && j + 1 < text.Length && text[j] is ':' or '/' or '-' or '.' && char.IsAsciiDigit(text[j + 1])
                    && (text[j] != '.' || (run <= 2 && SecondSeparator(text, j + 1, '.'))) && (text[j] != '-' || run == 4 || SecondSeparator(text, j + 1, '-'))
                    && (text[j] != ':' || run <= 2))
                {
                    return true;
                }

                i = j - 1;
                continue;
            }

            if (char.IsAsciiLetter(c) && (i == 0 || !char.IsAsciiLetter(text[i - 1])))
            {
                int j = i;
                while (j < text.Length && char.IsAsciiLetter(text[j]))
                {
                    j++;
                }

                if (j - i >= 3 && j - i <= 9 && DateRules.IsMonthName(text[i..j]) && (NumberNear(text, j, forward: true) || NumberNear(text, i, forward: false)))
                {
                    return true;
                }

                i = j - 1;
            }
        }

        return false;
    }

    private static bool SecondSeparator(ReadOnlySpan<char> text, int from, char separator)
    {
        int j = from;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        return j > from && j - from <= 4 && j + 1 < text.Length && text[j] == separator && char.IsAsciiDigit(text[j + 1]);
    }


    // A number of one to four digits right after (or before) the month, past a space, a dot or a comma.
    private static bool NumberNear(ReadOnlySpan<char> text, int at, bool forward)
    {
        if (forward)
        {
            int j = at;
            while (j < text.Length && j - at < 2 && text[j] is ' ' or '.' or ',' or '\u00a0')
            {
                j++;
            }

            int d = j;
            while (d < text.Length && char.IsAsciiDigit(text[d]))
            {
                d++;
            }

            return j > at && d - j is >= 1 and <= 4 && (d == text.Length || !char.IsAsciiLetter(text[d]) || IsOrdinal(text[d..]));
        }

        int e = at - 1;
        while (e >= 0 && at - 1 - e < 2 && text[e] is ' ' or ',' or '\u00a0')
        {
            e--;
        }

        int b = e;
        while (b >= 0 && char.IsAsciiDigit(text[b]))
        {
            b--;
        }

        return e < at - 1 && e - b is >= 1 and <= 2 && (b < 0 || !char.IsAsciiLetter(text[b]));
    }

    private static bool IsOrdinal(ReadOnlySpan<char> rest) =>
        rest.Length >= 2 && (rest.StartsWith("st", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("nd", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("rd", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("th", StringComparison.OrdinalIgnoreCase))
        && (rest.Length == 2 || !char.IsAsciiLetter(rest[2]));
}
