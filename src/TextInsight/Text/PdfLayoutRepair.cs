using System.Globalization;
using System.Text;

namespace TextInsight.Text;

/// <summary>What <see cref="PdfLayoutRepair.Repair(string)"/> did to a text laid out on pages.</summary>
/// <param name="Text">The text as written: running headers, footers and page numbers removed, each paragraph on one line
/// (a blank line between paragraphs), line-end hyphens of hyphenated words joined.</param>
/// <param name="Pages">Pages found (form feeds, or runs of blank lines where the text has no form feed).</param>
/// <param name="BoilerplateLines">Running header and footer lines and page numbers removed.</param>
/// <param name="HyphensJoined">Words hyphenated at a line end joined (<c>infra-</c> / <c>structure</c>).</param>
/// <param name="HyphensKept">Hyphens at a line end kept as part of a compound (<c>cloud-</c> / <c>native</c>).</param>
internal sealed record PdfLayoutResult(string Text, int Pages, int BoilerplateLines, int HyphensJoined, int HyphensKept)
{
    /// <summary>The note for the record's <c>warnings</c>.</summary>
    public string Warning()
    {
        var b = new StringBuilder("text laid out on pages (as extracted from PDF) repaired: ");
        b.Append(CultureInfo.InvariantCulture, $"{Pages} page{(Pages == 1 ? "" : "s")}");
        if (BoilerplateLines > 0)
        {
            b.Append(CultureInfo.InvariantCulture, $", {BoilerplateLines} running header, footer or page-number line{(BoilerplateLines == 1 ? "" : "s")} removed");
        }

        if (HyphensJoined > 0)
        {
            b.Append(CultureInfo.InvariantCulture, $", {HyphensJoined} word{(HyphensJoined == 1 ? "" : "s")} hyphenated at a line end joined");
        }

        b.Append(", lines unwrapped into paragraphs");
        return b.ToString();
    }
}

/// <summary>How <see cref="PdfLayoutRepair"/> decides; the defaults were chosen on the tune part of <c>evaluate layout</c>.</summary>
/// <param name="ShortLine">A line shorter than this share of the text's typical line ends its paragraph.</param>
/// <param name="CompoundPart">How often (in the truecaser's news counts) the part after a line-end hyphen must be seen as a
/// word of its own for an unknown pair to be kept as a compound rather than joined.</param>
/// <param name="MinJoins">Line-end hyphens that must join into known words for a text without form feeds to be read as
/// laid out on pages (with no running header found).</param>
/// <param name="Fit">A line also ends its paragraph when the next line's first word would have fitted after it within this
/// share of the typical line (a typesetter breaks a paragraph's lines only where the next word does not fit); 0: off.</param>
internal sealed record PdfLayoutSettings(double ShortLine = 0.8, int CompoundPart = 10, int MinJoins = 2, double Fit = 0.9)
{
    /// <summary>The built-in settings.</summary>
    public static PdfLayoutSettings Default { get; } = new();
}

/// <summary>
/// Repairs plain text extracted from PDF or print layouts (<c>pdftotext</c>, a PDF library, a press database's export):
/// running headers and footers and page numbers repeated at page boundaries are removed, paragraphs cut by a page break
/// are rejoined, hard line breaks are unwrapped into paragraphs and words hyphenated at a line end are joined
/// (<c>infra-</c>/<c>structure</c> → <c>infrastructure</c>) while compounds keep their hyphen (<c>cloud-</c>/<c>native</c>).
/// </summary>
/// <remarks>
/// A text is read as laid out on pages when it holds a form feed (the page separator of PDF text extraction), or, without
/// one, when running headers repeat at page boundaries (runs of three or more blank lines at a fixed period of lines, on
/// three pages or more) or at least
/// <see cref="PdfLayoutSettings.MinJoins"/> line-end hyphens join into words the news counts know. Text with no form
/// feed and no hyphen at a line end is passed over with two vectorized searches. A line-end hyphen is decided by the
/// document's own other occurrences of the joined and the hyphenated form first, then by the counts of the truecaser
/// (<c>truecase-news-v1.bin</c>) of the two forms, then, when neither form was seen, the hyphen is kept when the part
/// after it is a frequent word of its own (<c>Kubernetes-</c>/<c>driven</c>) and dropped otherwise (<c>Kuber-</c>/<c>netes</c>).
/// </remarks>
internal static class PdfLayoutRepair
{
    // Lines at each end of a page where running headers, footers and page numbers are looked for.
    private const int ZoneLines = 3;

    // A page found by blank runs (no form feed) has at least this many lines, and the pages as many give or take MarginSlack.
    private const int MinPageLines = 20;
    private const int MarginSlack = 1;

    // The first page may start with a few more or fewer blank lines than the others (no running header on it).
    private const int FirstPageSlack = 8;

    // Lines wider than this are paragraphs, not wrapped lines: every line break then ends a paragraph.
    private const int MaxWrappedWidth = 160;

    /// <summary>The repaired text, or <see langword="null"/> when the text is not laid out on pages.</summary>
    public static PdfLayoutResult? Repair(string text) => Repair(text, TrueCaser.Default, PdfLayoutSettings.Default);

    /// <summary>Whether the text may be laid out on pages: it holds a form feed or a hyphen at a line end (the fast path).</summary>
    internal static bool MayBeLaidOut(ReadOnlySpan<char> text) => text.IndexOf('\f') >= 0 || HasLineEndHyphen(text);

    /// <summary>The repaired text with these word counts and settings, or <see langword="null"/> when not laid out on pages.</summary>
    internal static PdfLayoutResult? Repair(string text, TrueCaser? words, PdfLayoutSettings settings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(settings);
        if (!MayBeLaidOut(text))
        {
            return null;
        }

        bool formFeed = text.AsSpan().IndexOf('\f') >= 0;
        var lines = SplitLines(text, formFeed);
        int pages = CountPages(lines);
        var (removed, running) = MarkBoilerplate(text, lines, pages);
        var documentCounts = CountWords(text);
        if (!formFeed && !(pages >= 2 && running) && !JoinsInsideWords(text, lines, words, documentCounts, settings))
        {
            return null;
        }

        var (result, joined, kept) = Reflow(text, lines, words, documentCounts, settings);
        return result.Length == 0 || result == text ? null : new PdfLayoutResult(result, Math.Max(pages, 1), removed, joined, kept);
    }

    /// <summary>Whether a line of <paramref name="text"/> ends with a hyphen (or soft hyphen) right after a letter.</summary>
    internal static bool HasLineEndHyphen(ReadOnlySpan<char> text)
    {
        int from = 0;
        while (true)
        {
            int k = text[from..].IndexOfAny('-', '\u2010', '\u00AD');
            if (k < 0)
            {
                return false;
            }

            int i = from + k;
            int j = i + 1;
            if (j < text.Length && text[j] == '\r')
            {
                j++;
            }

            if (j < text.Length && text[j] == '\n' && i > 0 && char.IsLetter(text[i - 1]))
            {
                return true;
            }

            from = i + 1;
        }
    }

    private struct Line
    {
        public int Start;
        public int Length;      // without the line break and the carriage return
        public int Page;        // 0-based
        public bool Boilerplate;
    }

    // Lines with the page they are on: a form feed starts a new page (pdftotext writes it before a page's first line);
    // without form feeds a run of three or more blank lines does (a typesetter's page margins in text output).
    private static List<Line> SplitLines(string text, bool formFeed)
    {
        var lines = new List<Line>();
        int page = 0, start = 0, blanks = 0;
        bool seenText = false;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : '\n';
            if (c is not ('\n' or '\f'))
            {
                continue;
            }

            int end = i > start && text[i - 1] == '\r' ? i - 1 : i;
            bool blank = text.AsSpan(start, end - start).IsWhiteSpace();
            if (!formFeed)
            {
                if (blank)
                {
                    blanks++;
                }
                else
                {
                    if (blanks >= 3 && seenText)
                    {
                        page++;
                    }

                    blanks = 0;
                    seenText = true;
                }
            }

            if (c == '\n' || end > start)
            {
                lines.Add(new Line { Start = start, Length = end - start, Page = page });
            }

            if (c == '\f')
            {
                page++;
            }

            start = i + 1;
        }

        if (!formFeed && page > 0 && !Regular(text, lines))
        {
            // Blank runs at irregular intervals are a text's own spacing, not page margins: one page.
            for (int i = 0; i < lines.Count; i++)
            {
                var l = lines[i];
                l.Page = 0;
                lines[i] = l;
            }
        }

        return lines;
    }

    // Pages found by blank runs are pages when there are three or more and each but the last has the same number of
    // lines, give or take MarginSlack (a typesetter's fixed page length; the first, FirstPageSlack), or two of which the
    // second starts with its page number.
    private static bool Regular(string text, List<Line> lines)
    {
        var starts = new List<int>();
        for (int i = 1; i < lines.Count; i++)
        {
            if (lines[i].Page != lines[i - 1].Page)
            {
                starts.Add(i);
            }
        }

        if (starts.Count == 1)
        {
            // Two pages: the second starts with its page number (a running header `Publication    Page 2`).
            return starts[0] >= MinPageLines && IsPageNumber(text.AsSpan(lines[starts[0]].Start, lines[starts[0]].Length), 2);
        }

        int first = starts[1] - starts[0];
        if (Math.Abs(starts[0] - first) > FirstPageSlack)
        {
            return false;
        }

        for (int k = 1; k < starts.Count; k++)
        {
            int length = starts[k] - starts[k - 1];
            if (length < MinPageLines || Math.Abs(length - first) > MarginSlack)
            {
                return false;
            }
        }

        return true;
    }

    private static int CountPages(List<Line> lines)
    {
        int pages = 0, last = -1;
        foreach (var line in lines)
        {
            if (line.Page != last && line.Length > 0)
            {
                pages++;
                last = line.Page;
            }
        }

        return pages;
    }

    // Running headers and footers: a line in the first or last lines of a page whose form (digits masked, spaces and case
    // folded) recurs in that zone on at least two pages and half of them; a page number: a line there that starts or
    // ends with the page's own number (`3`, `- 3 -`, `Page 3`, `3/12`, `Page 3 of 12`, `Publication    Page 3`).
    private static (int Removed, bool Running) MarkBoilerplate(string text, List<Line> lines, int pageCount)
    {
        var zones = new List<(int Line, int PageIndex, string Key)>();
        int index = 0;
        for (int i = 0; i < lines.Count;)
        {
            int page = lines[i].Page, j = i;
            while (j < lines.Count && lines[j].Page == page)
            {
                j++;
            }

            var nonBlank = new List<int>();
            for (int k = i; k < j; k++)
            {
                if (!text.AsSpan(lines[k].Start, lines[k].Length).IsWhiteSpace())
                {
                    nonBlank.Add(k);
                }
            }

            if (nonBlank.Count > 0)
            {
                index++;
                for (int n = 0; n < nonBlank.Count; n++)
                {
                    if (n < ZoneLines || n >= nonBlank.Count - ZoneLines)
                    {
                        zones.Add((nonBlank[n], index, Key(text.AsSpan(lines[nonBlank[n]].Start, lines[nonBlank[n]].Length))));
                    }
                }
            }

            i = j;
        }

        var pagesOf = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var (_, pageIndex, key) in zones)
        {
            if (!pagesOf.TryGetValue(key, out var set))
            {
                pagesOf[key] = set = [];
            }

            set.Add(pageIndex);
        }

        int removed = 0;
        bool running = false;
        foreach (var (line, pageIndex, key) in zones)
        {
            int seen = pagesOf[key].Count;
            var span = text.AsSpan(lines[line].Start, lines[line].Length);
            bool repeated = seen >= 2 && 2 * seen >= pageCount;
            running |= repeated;
            if (repeated || IsPageNumber(span, pageIndex))
            {
                var l = lines[line];
                l.Boilerplate = true;
                lines[line] = l;
                removed++;
            }
        }

        removed += MarkInterruptions(text, lines);
        return (removed, running);
    }

    // A sentence cut by a page break: where a page's last body line does not end a sentence (or ends with a hyphen) and
    // one of the next page's first lines starts in lower case, the lines before that one are furniture set into the
    // sentence (a running header printed on that page only: a two-page document, a header left off the first page).
    private static int MarkInterruptions(string text, List<Line> lines)
    {
        int removed = 0, lastBody = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            var span = text.AsSpan(lines[i].Start, lines[i].Length).Trim();
            if (span.IsEmpty || lines[i].Boilerplate)
            {
                continue;
            }

            if (lastBody >= 0 && lines[lastBody].Page != lines[i].Page && Continues(text.AsSpan(lines[lastBody].Start, lines[lastBody].Length).Trim()))
            {
                // The first lines of the new page: is one of the first ZoneLines the sentence's continuation?
                int seen = 0, continuation = -1;
                for (int k = i; k < lines.Count && lines[k].Page == lines[i].Page && seen < ZoneLines; k++)
                {
                    var s = text.AsSpan(lines[k].Start, lines[k].Length).Trim();
                    if (s.IsEmpty || lines[k].Boilerplate)
                    {
                        continue;
                    }

                    if (char.IsLower(s[0]))
                    {
                        continuation = k;
                        break;
                    }

                    seen++;
                }

                for (int k = i; k < continuation; k++)
                {
                    if (!lines[k].Boilerplate && !text.AsSpan(lines[k].Start, lines[k].Length).IsWhiteSpace())
                    {
                        var l = lines[k];
                        l.Boilerplate = true;
                        lines[k] = l;
                        removed++;
                    }
                }

                if (continuation > 0)
                {
                    i = continuation;
                }
            }

            lastBody = i;
        }

        return removed;
    }

    // A line that leaves its sentence open: it ends with a letter, a digit, a comma or a hyphen.
    private static bool Continues(ReadOnlySpan<char> line) =>
        !line.IsEmpty && (char.IsLetterOrDigit(line[^1]) || line[^1] is ',' or '-' or '\u2010' or '\u00AD' or ';');

    private static string Key(ReadOnlySpan<char> line)
    {
        var b = new StringBuilder(line.Length);
        bool space = false;
        foreach (char c in line.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                b.Append(' ');
                space = false;
            }

            b.Append(char.IsDigit(c) ? '#' : char.ToLowerInvariant(c));
        }

        return b.ToString();
    }

    // The line starts or ends with the page's number: alone or wrapped in punctuation (`- 3 -`, `[3]`), as `3/12`, or
    // as `3 of 12`; a line ending as a sentence does is body text.
    internal static bool IsPageNumber(ReadOnlySpan<char> line, int page)
    {
        line = line.Trim();
        if (line.IsEmpty || line[^1] is '.' or '!' or '?' or ',' or ';' or ':')
        {
            return false;
        }

        Span<Range> parts = stackalloc Range[64];
        int count = line.SplitAny(parts, " \t", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int first = -1, last = -1;
        for (int i = 0; i < count; i++)
        {
            if (line[parts[i]].IndexOfAnyExceptInRange('\u0021', '\u002F') is var k && k >= 0 && !IsDash(line[parts[i]]))
            {
                if (first < 0)
                {
                    first = i;
                }

                last = i;
            }
        }

        if (first < 0)
        {
            return false;
        }

        if (NumberIs(line[parts[last]], page, allowTotal: true) || NumberIs(line[parts[first]], page, allowTotal: true))
        {
            return true;
        }

        // `3 of 12`, `3 von 12`, `3 de 12`
        return last >= 2 && line[parts[last - 1]] is "of" or "von" or "de" or "sur" && NumberIs(line[parts[last - 2]], page, allowTotal: false)
            && int.TryParse(line[parts[last]], NumberStyles.None, CultureInfo.InvariantCulture, out int total) && total >= page;
    }

    private static bool IsDash(ReadOnlySpan<char> s) => s.Trim("-\u2013\u2014").IsEmpty;

    private static bool NumberIs(ReadOnlySpan<char> token, int page, bool allowTotal)
    {
        token = token.Trim("-\u2013\u2014()[]|·•");
        int slash = token.IndexOf('/');
        if (slash >= 0)
        {
            if (!allowTotal || !int.TryParse(token[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int total) || total < page)
            {
                return false;
            }

            token = token[..slash];
        }

        return int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n == page;
    }

    // The document's own words, by the truecaser's key (lower case); hyphenated compounds are one token.
    internal static Dictionary<ulong, int> CountWords(string text)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var t in Tokenizer.Tokenize(text))
        {
            if (t.Kind == TokenKind.Word)
            {
                ulong key = TrueCaser.Key(text.AsSpan(t.Start, t.Length));
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts;
    }

    // Line-end hyphens inside a word: the joined form is known (in the document or the news) and the hyphenated form
    // never seen; a text is laid out when they are at least MinJoins and the most of its line-end hyphens (hard-wrapped
    // text breaks lines only after a compound's own hyphen: `e-` / `mail`, whose hyphenated form news writes too).
    private static bool JoinsInsideWords(string text, List<Line> lines, TrueCaser? words, Dictionary<ulong, int> documentCounts, PdfLayoutSettings settings)
    {
        int joins = 0, hyphens = 0;
        Span<char> buffer = stackalloc char[256];
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            var line = text.AsSpan(lines[i].Start, lines[i].Length).TrimEnd();
            var next = text.AsSpan(lines[i + 1].Start, lines[i + 1].Length).TrimStart();
            if (!HyphenAt(line, next, out var left, out var right))
            {
                continue;
            }

            hyphens++;
            if (left.Length < 2 || right.Length < 2 || left.Length + right.Length + 1 > buffer.Length)
            {
                continue;
            }

            left.CopyTo(buffer);
            buffer[left.Length] = '-';
            right.CopyTo(buffer[(left.Length + 1)..]);
            ulong hyphenKey = TrueCaser.Key(buffer[..(left.Length + right.Length + 1)]);
            if (line[^1] == '\u00AD'
                || (documentCounts.GetValueOrDefault(hyphenKey) == 0 && (words?.Count(hyphenKey) ?? 0) == 0
                    && Decide(left, right, words, documentCounts, settings, out bool known) && known))
            {
                joins++;
            }
        }

        return joins >= settings.MinJoins && 2 * joins > hyphens;
    }

    // A hyphen ends the line after a letter and the next line starts with a letter: the word parts on either side (the
    // left part back to a space or an earlier hyphen, the right part up to a character that is not a letter).
    internal static bool HyphenAt(ReadOnlySpan<char> line, ReadOnlySpan<char> next, out ReadOnlySpan<char> left, out ReadOnlySpan<char> right)
    {
        left = right = default;
        if (line.Length < 2 || line[^1] is not ('-' or '\u2010' or '\u00AD') || !char.IsLetter(line[^2]) || next.IsEmpty || !char.IsLetter(next[0]))
        {
            return false;
        }

        int s = line.Length - 1;
        while (s > 0 && char.IsLetter(line[s - 1]))
        {
            s--;
        }

        int e = 0;
        while (e < next.Length && char.IsLetter(next[e]))
        {
            e++;
        }

        left = line[s..^1];
        right = next[..e];
        return true;
    }

    /// <summary>
    /// Whether a word hyphenated at a line end is joined (<see langword="true"/>) or keeps its hyphen: the document's own
    /// other occurrences of either form, then the news counts of either form, then whether the part after the hyphen
    /// is a frequent word of its own. <paramref name="known"/>: the joined form was seen (in the document or the news).
    /// </summary>
    internal static bool Decide(ReadOnlySpan<char> left, ReadOnlySpan<char> right, TrueCaser? words, Dictionary<ulong, int>? documentCounts, PdfLayoutSettings settings, out bool known)
    {
        Span<char> buffer = stackalloc char[Math.Min(256, left.Length + right.Length + 1)];
        known = false;
        if (left.Length + right.Length + 1 > buffer.Length)
        {
            return true;
        }

        left.CopyTo(buffer);
        right.CopyTo(buffer[left.Length..]);
        ulong joinedKey = TrueCaser.Key(buffer[..(left.Length + right.Length)]);
        buffer[left.Length] = '-';
        right.CopyTo(buffer[(left.Length + 1)..]);
        ulong hyphenKey = TrueCaser.Key(buffer[..(left.Length + right.Length + 1)]);
        if (documentCounts is not null)
        {
            int dj = documentCounts.GetValueOrDefault(joinedKey), dh = documentCounts.GetValueOrDefault(hyphenKey);
            if (dj != dh)
            {
                known = dj > dh;
                return dj > dh;
            }
        }

        int cj = words?.Count(joinedKey) ?? 0, ch = words?.Count(hyphenKey) ?? 0;
        if (cj != ch)
        {
            known = cj > ch;
            return cj > ch;
        }

        return right.Length < 2 || (words?.Count(TrueCaser.Key(right)) ?? 0) < settings.CompoundPart;
    }

    // Lines into paragraphs: boilerplate lines and blank lines at page edges dropped, a paragraph ending at a blank line,
    // after a line shorter than the text's typical line, or before a line indented more than the text's lines are;
    // lines of a paragraph joined with one space (runs of spaces inside a line made one), a line-end hyphen as decided.
    private static (string Text, int Joined, int Kept) Reflow(string text, List<Line> lines, TrueCaser? words, Dictionary<ulong, int> documentCounts, PdfLayoutSettings settings)
    {
        var body = new List<Line>(lines.Count);
        for (int i = 0; i < lines.Count;)
        {
            int page = lines[i].Page, j = i;
            while (j < lines.Count && lines[j].Page == page)
            {
                j++;
            }

            int first = i, last = j - 1;
            while (first <= last && (lines[first].Boilerplate || text.AsSpan(lines[first].Start, lines[first].Length).IsWhiteSpace()))
            {
                first++;
            }

            while (last >= first && (lines[last].Boilerplate || text.AsSpan(lines[last].Start, lines[last].Length).IsWhiteSpace()))
            {
                last--;
            }

            for (int k = first; k <= last; k++)
            {
                if (!lines[k].Boilerplate)
                {
                    body.Add(lines[k]);
                }
            }

            i = j;
        }

        var widths = new List<int>();
        var indents = new Dictionary<int, int>();
        foreach (var l in body)
        {
            var s = text.AsSpan(l.Start, l.Length);
            if (!s.IsWhiteSpace())
            {
                widths.Add(s.Trim().Length);
                int indent = s.Length - s.TrimStart().Length;
                indents[indent] = indents.GetValueOrDefault(indent) + 1;
            }
        }

        if (widths.Count == 0)
        {
            return ("", 0, 0);
        }

        widths.Sort();
        int typical = widths[(int)(widths.Count * 0.8)];
        bool wrapped = typical <= MaxWrappedWidth;
        int modalIndent = 0, best = -1;
        foreach (var (indent, n) in indents)
        {
            if (n > best || (n == best && indent < modalIndent))
            {
                (modalIndent, best) = (indent, n);
            }
        }

        var b = new StringBuilder(text.Length);
        int joined = 0, kept = 0;
        bool open = false;      // a paragraph is being written
        bool glue = false;      // the previous line ended with a hyphen decided: the next line follows without a space
        int previousIndent = 0;
        ReadOnlySpan<char> previous = default;
        for (int i = 0; i < body.Count; i++)
        {
            var raw = text.AsSpan(body[i].Start, body[i].Length);
            if (raw.IsWhiteSpace())
            {
                open = glue = false;
                continue;
            }

            int indent = raw.Length - raw.TrimStart().Length;
            var line = raw.Trim();
            var next = i + 1 < body.Count ? text.AsSpan(body[i + 1].Start, body[i + 1].Length).TrimStart() : default;
            bool ends = !wrapped || line.Length < settings.ShortLine * typical
                || (settings.Fit > 0 && !next.IsEmpty && line.Length + 1 + FirstWordLength(next) <= settings.Fit * typical);
            if (open && wrapped && !glue && indent > modalIndent + 1 && indent > previousIndent + 1)
            {
                open = false;
            }

            // A heading after a paragraph's full last line: a short line that starts as a sentence does, ends unlike one,
            // after a line that ends one.
            if (open && wrapped && !glue && ends && char.IsUpper(line[0]) && !EndsSentence(line) && EndsSentence(previous))
            {
                open = false;
            }

            if (!open)
            {
                if (b.Length > 0)
                {
                    b.Append("\n\n");
                }
            }
            else if (!glue)
            {
                b.Append(' ');
            }

            glue = false;
            open = true;
            previousIndent = indent;
            previous = line;
            if (wrapped && HyphenAt(line, next, out var left, out var right))
            {
                bool join = line[^1] == '\u00AD' || Decide(left, right, words, documentCounts, settings, out _);
                AppendCollapsed(b, join ? line[..^1] : line);
                if (join)
                {
                    joined++;
                }
                else
                {
                    kept++;
                }

                glue = true;
                continue;
            }

            AppendCollapsed(b, line);
            if (ends)
            {
                open = false;
            }
        }

        return (b.ToString(), joined, kept);
    }

    private static bool EndsSentence(ReadOnlySpan<char> line) =>
        !line.IsEmpty && line[^1] is '.' or '!' or '?' or '"' or '\u201D' or '\u2019' or ')';

    private static int FirstWordLength(ReadOnlySpan<char> line)
    {
        int k = line.IndexOfAny(' ', '\t');
        return k < 0 ? line.Length : k;
    }

    private static void AppendCollapsed(StringBuilder b, ReadOnlySpan<char> line)
    {
        bool space = false;
        foreach (char c in line)
        {
            if (c is ' ' or '\t' or '\u00A0')
            {
                space = true;
                continue;
            }

            if (space)
            {
                b.Append(' ');
                space = false;
            }

            b.Append(c);
        }
    }
}
