namespace TextInsight.Structure;

/// <summary>
/// The headline inside the line chosen as the title. Scraped pages often show the headline on one line with the
/// site's or section's name (<c>Headline | Site</c>, <c>Headline - Section - Site</c>) or at the end of a breadcrumb
/// (<c>Home / Fashion / Headline</c>). The line is cut at its separators (<c> | </c>, <c> - </c>, <c> – </c>,
/// <c> — </c>, <c> :: </c>, <c> / </c>, <c> &gt; </c>, <c> » </c>) and the longest piece (with two separators or more,
/// the longer of the first and the last) is the headline when every other piece looks like a name rather than a
/// headline: at most four words, and either a step of a breadcrumb (two or more separators of one kind) or at most half
/// the headline's words and shown elsewhere in the text (the site's name in its menu or footer, a section in the menu).
/// No list of site or section names is involved, and a unit of several lines is never cut. Stateless; allocation-free.
/// </summary>
internal static class TitleSpan
{
    /// <summary>Longest piece, in words, that is dropped as a name.</summary>
    private const int MaxNameWords = 4;

    /// <summary>Fewest words of the piece kept as the headline.</summary>
    private const int MinHeadlineWords = 3;

    private const int MaxPieces = 8;

    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " / ", " > ", " » "];

    /// <summary>The headline's span within the unit <paramref name="start"/>..<paramref name="end"/> of <paramref name="text"/>.</summary>
    public static TextSpan Cut(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start);

        // A unit joined from several lines (hard-wrapped text) is no title line with a site's name: its pieces would
        // cross line breaks, and the title would take part of one line and the navigation the rest.
        if (line.Contains('\n'))
        {
            return TextSpan.FromBounds(start, end);
        }

        Span<int> from = stackalloc int[MaxPieces];
        Span<int> to = stackalloc int[MaxPieces];
        foreach (string sep in Separators)
        {
            int count = Count(line, sep);
            if (count == 0 || count >= MaxPieces)
            {
                continue;
            }

            // The pieces' bounds, relative to the line.
            int n = 0;
            int at = 0;
            while (true)
            {
                int next = line[at..].IndexOf(sep, StringComparison.Ordinal);
                int stop = next < 0 ? line.Length : at + next;
                from[n] = at;
                to[n] = stop;
                n++;
                if (next < 0)
                {
                    break;
                }

                at = stop + sep.Length;
            }

            // The headline is the longest piece; in a breadcrumb or a chain of names (two separators or more) it stands
            // at one end (Home / News / Headline, Headline - Section - Site), and the steps between are names.
            int best = -1;
            int bestWords = 0;
            for (int k = 0; k < n; k++)
            {
                int w = TextUnitReader.CountWords(line[from[k]..to[k]]);
                if (w > bestWords && (count == 1 || k == 0 || k == n - 1))
                {
                    bestWords = w;
                    best = k;
                }
            }

            if (best < 0 || bestWords < MinHeadlineWords)
            {
                continue;
            }

            bool crumb = count >= 2;
            bool names = true;
            for (int k = 0; k < n && names; k++)
            {
                if (k == best)
                {
                    continue;
                }

                var piece = line[from[k]..to[k]].Trim();
                int w = TextUnitReader.CountWords(piece);
                names = w > 0 && w <= MaxNameWords && (crumb || (w * 2 <= bestWords && ShownElsewhere(text, start, end, piece)));
            }

            if (names)
            {
                var kept = line[from[best]..to[best]];
                int lead = kept.Length - kept.TrimStart().Length;
                return new TextSpan(start + from[best] + lead, kept.Trim().Length);
            }
        }

        return TextSpan.FromBounds(start, end);
    }

    private static int Count(ReadOnlySpan<char> line, string sep)
    {
        int count = 0;
        int at = 0;
        while (at < line.Length)
        {
            int next = line[at..].IndexOf(sep, StringComparison.Ordinal);
            if (next < 0)
            {
                break;
            }

            count++;
            at += next + sep.Length;
        }

        return count;
    }

    /// <summary>Whether <paramref name="piece"/> occurs in the text outside the line, at word boundaries, ignoring case.</summary>
    private static bool ShownElsewhere(string text, int start, int end, ReadOnlySpan<char> piece)
    {
        if (piece.Length < 2)
        {
            return false;
        }

        var all = text.AsSpan();
        int at = 0;
        while (at < all.Length)
        {
            int found = all[at..].IndexOf(piece, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            int s = at + found;
            int e = s + piece.Length;
            bool outside = e <= start || s >= end;
            bool bounded = (s == 0 || !char.IsLetterOrDigit(all[s - 1])) && (e == all.Length || !char.IsLetterOrDigit(all[e]));
            if (outside && bounded)
            {
                return true;
            }

            at = s + 1;
        }

        return false;
    }

}
