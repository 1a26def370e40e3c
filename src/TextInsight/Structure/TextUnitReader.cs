using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using TextInsight.Internals;
using TextInsight.Text;

namespace TextInsight.Structure;

/// <summary>
/// Cuts plain text into <see cref="TextUnit"/>s: blank lines separate blocks; inside a block each line is
/// a unit, except that the lines of a hard-wrapped text (where the break came only because the next word
/// would not fit) are joined into one. Markdown <c>#</c> headings and underlined headings are recognised;
/// rules and underlines (<c>---</c>, <c>===</c>, <c>***</c>) are markup and belong to no unit.
/// </summary>
internal static class TextUnitReader
{
    private static readonly SearchValues<char> RuleChars = SearchValues.Create("-=*_~#");
    private static readonly SearchValues<char> ClosingChars = SearchValues.Create("\"'”’»)]*_");
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(".,;:!…");

    /// <summary>Widest line length that a hard-wrapped text may have.</summary>
    private const int MaxWrapWidth = 120;

    /// <summary>
    /// A line at least this long is read as text whose line breaks were lost (news paragraphs run to a few hundred
    /// characters: 100 of the 18,960 lines of the BBC development articles reach it). Cutting a real long paragraph
    /// into paragraphs of sentences changes no sentence.
    /// </summary>
    internal const int MinRunOnChars = 1500;

    /// <summary>Sentences in a paragraph cut from a run-on line (news paragraphs hold one to three).</summary>
    private const int RunOnParagraphSentences = 3;

    /// <summary>Words after which a paragraph cut from a run-on line ends at its next sentence end.</summary>
    private const int RunOnParagraphWords = 60;

    // The thread's list of lines, kept between texts (see ThreadScratch); dropped after a text of very many lines.
    [ThreadStatic]
    private static List<Line>? t_lines;

    // The thread's list of sentences of a run-on line, kept between texts like the lines.
    [ThreadStatic]
    private static List<TextSpan>? t_sentences;

    // The thread's lost line breaks of a one-line document, kept between texts like the lines.
    [ThreadStatic]
    private static List<int>? t_breaks;

    // The thread's list of the tokens of a one-line document, which the splitter reads and the headline search reads again.
    [ThreadStatic]
    private static List<Token>? t_tokens;

    /// <summary>The units of <paramref name="text"/>, in a new list.</summary>
    public static List<TextUnit> Read(string text)
    {
        var units = new List<TextUnit>();
        Read(text, units);
        return units;
    }

    /// <summary>Clears <paramref name="units"/> and fills it with the units of <paramref name="text"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Read(string text, List<TextUnit> units)
    {
        units.Clear();
        var lines = t_lines ??= [];
        ReadLines(text, lines);
        // A line longer than a headline's characters is not title-sized whatever its words: it is not measured for that.
        if (OnlyLine(lines) is { } only && (only.Length > ArticleParser.MaxTitleChars || !ArticleParser.IsTitleSized(Measure(text, only.Start, only.End, 1))))
        {
            // A document of one line longer than a headline (a whole article in a CSV or JSON Lines field) lost its
            // line breaks: it is cut into paragraphs of sentences, and a headline glued to its first sentence is cut off.
            AddRunOn(text, only.Start, only.End, units, oneLine: true);
            return;
        }

        int wrapWidth = FindWrapWidth(text, lines);
        units.EnsureCapacity(lines.Count);
        bool previousWasText = false;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                previousWasText = false;
                continue;
            }

            var content = text.AsSpan(line.Start, line.End - line.Start);
            if (IsRule(content))
            {
                // An underline turns the single line above it into a heading, unless that line reads as prose.
                if (previousWasText && (content[0] == '=' || content[0] == '-') && units.Count > 0)
                {
                    ref var above = ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(units)[^1];
                    if (above.LineCount == 1 && above.Markup == HeadingMarkup.None && !above.IsListItem && !above.EndsSentence && above.Words <= 16)
                    {
                        above.Markup = HeadingMarkup.Setext;
                    }
                }

                previousWasText = false;
                continue;
            }

            if (TryAtx(text, line, out int atxStart, out int atxEnd))
            {
                var heading = Measure(text, atxStart, atxEnd, 1);
                heading.Markup = HeadingMarkup.Atx;
                units.Add(heading);
                previousWasText = false;
                continue;
            }

            int last = i;
            if (wrapWidth > 0)
            {
                // Join the following lines while each break was forced by the width.
                bool listItem = StartsListItem(text.AsSpan(line.Start, line.End - line.Start));
                while (last + 1 < lines.Count && !lines[last + 1].IsBlank && IsForcedBreak(text, lines[last], lines[last + 1], wrapWidth, listItem))
                {
                    last++;
                }
            }

            if (last == i && line.End - line.Start >= MinRunOnChars)
            {
                AddRunOn(text, line.Start, line.End, units);
            }
            else
            {
                units.Add(Measure(text, line.Start, lines[last].End, last - i + 1));
            }

            previousWasText = true;
            i = last;
        }

        if (lines.Capacity > ThreadScratch.MaxKeptElements / 8)
        {
            t_lines = null;
        }
    }

    /// <summary>
    /// The length of sentence, in characters, from which a one-line text is read for lost line breaks: where lines ran
    /// together (a heading, a list, a caption glued to the next sentence) the splitter finds a sentence this long; a text
    /// without one (clean prose flattened to one line more often) skips the model's cost. Chosen on the web dev pages
    /// (issue 17q: no gate 251 texts within 10%, 250 → 245, 300 → 246, 350 → 237, 400 → 229; issue 17r: 150 → 251,
    /// 200 → 252, 210 → 251, 225 → 249, 240 → 244) as the lowest length at which the one-line parse, made cheaper by
    /// issue 17r, stayed at least as fast as before with 300 (BBC sample, builds in turns: 225 faster in 6 of 7 turns,
    /// 210 in 3 of 7, 200 in none of 4).
    /// </summary>
    internal const int LostBreakSentenceLength = 225;

    private static bool HasLongSentence(List<TextSpan> sentences, int length)
    {
        foreach (var s in sentences)
        {
            if (s.Length >= length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A single line longer than any paragraph (a whole article on one line, as CSV and JSON Lines corpora hold it)
    /// becomes paragraphs of sentences; a line of that length that is not prose (no sentence ends) stays one unit.
    /// When the line is the whole document (<paramref name="oneLine"/>), a headline glued to its first sentence is cut
    /// off and, in prose, the sentences are cut where <see cref="OneLineBreaks"/> finds a lost line break, each cut ending
    /// a unit.
    /// </summary>
    private static void AddRunOn(string text, int start, int end, List<TextUnit> units, bool oneLine = false)
    {
        var sentences = t_sentences ??= [];
        sentences.Clear();
        List<Token>? tokens = null;
        if (oneLine)
        {
            // The splitter's tokens of a one-line document are read again by the headline search.
            tokens = t_tokens ??= [];
            SentenceSplitter.Uncapped.Split(text.AsSpan(start, end - start), start, sentences, tokens);
        }
        else
        {
            SentenceSplitter.Uncapped.Split(text.AsSpan(start, end - start), start, sentences);
        }
        if (sentences.Capacity > ThreadScratch.MaxKeptElements / 8)
        {
            t_sentences = null;
        }

        if (tokens is not null && tokens.Capacity > ThreadScratch.MaxKeptElements / 8)
        {
            t_tokens = null;
        }

        var breaks = t_breaks ??= [];
        breaks.Clear();
        bool headlineCut = false;
        if (tokens is not null && CutHeadline(text, start, sentences, tokens) is { } headline)
        {
            units.Add(headline);
            headlineCut = true;
        }

        if (!headlineCut && sentences.Count < 2)
        {
            units.Add(Measure(text, start, end, 1));
            return;
        }

        if (oneLine && OneLineBreaks.Default is { } model && HasLongSentence(sentences, LostBreakSentenceLength))
        {
            model.Find(text, sentences, CollectionsMarshal.AsSpan(tokens), breaks);
        }

        int from = -1;
        int count = 0;
        int words = 0;
        int next = 0;
        for (int k = 0; k < sentences.Count; k++)
        {
            int s = sentences[k].Start;
            int e = sentences[k].End;
            from = from < 0 ? s : from;
            while (next < breaks.Count && breaks[next] < e)
            {
                // A lost line break ends the unit: its words before the break are the unit's last.
                int cut = breaks[next++];
                int pieceEnd = cut;
                while (pieceEnd > s && char.IsWhiteSpace(text[pieceEnd - 1]))
                {
                    pieceEnd--;
                }

                units.Add(Measure(text, from, pieceEnd, 1));
                from = cut;
                s = cut;
                count = 0;
                words = 0;
            }

            words += CountWords(text.AsSpan(s, e - s));
            count++;
            if (k == sentences.Count - 1 || count >= RunOnParagraphSentences || words >= RunOnParagraphWords)
            {
                units.Add(Measure(text, from, e, 1));
                from = -1;
                count = 0;
                words = 0;
            }
        }

        if (breaks.Capacity > ThreadScratch.MaxKeptElements / 8)
        {
            t_breaks = null;
        }
    }

    /// <summary>
    /// The headline glued to the first of <paramref name="sentences"/> (<see cref="OneLineHeadline"/>) as a unit of its
    /// own, the sentences then starting after it; or null, the sentences unchanged.
    /// </summary>
    private static TextUnit? CutHeadline(string text, int start, List<TextSpan> sentences, List<Token> tokens)
    {
        int bodyStart = OneLineHeadline.FindBodyStart(text, sentences, tokens);
        if (bodyStart <= start)
        {
            return null;
        }

        int headlineEnd = bodyStart;
        while (headlineEnd > start && char.IsWhiteSpace(text[headlineEnd - 1]))
        {
            headlineEnd--;
        }

        // A dateline is no headline ("MOGADISHU, Sept 5 (Reuters) - The alert…"): the story has none, and the dateline
        // opens its first paragraph.
        if (Dateline.Length(text.AsSpan(start, bodyStart - start)) >= headlineEnd - start)
        {
            return null;
        }

        // The sentences are in order: those the headline holds whole are the first ones.
        int whole = 0;
        while (whole < sentences.Count && sentences[whole].End <= bodyStart)
        {
            whole++;
        }

        sentences.RemoveRange(0, whole);
        if (sentences.Count > 0 && sentences[0].Start < bodyStart)
        {
            sentences[0] = new TextSpan(bodyStart, sentences[0].End - bodyStart);
        }

        return Measure(text, start, headlineEnd, 1);
    }

    /// <summary>The document's only non-blank line, or null when it has none or more than one.</summary>
    private static Line? OnlyLine(List<Line> lines)
    {
        Line? only = null;
        foreach (var line in lines)
        {
            if (!line.IsBlank)
            {
                if (only is not null)
                {
                    return null;
                }

                only = line;
            }
        }

        return only;
    }

    /// <summary>The runs of non-white-space characters in <paramref name="s"/>.</summary>
    internal static int CountWords(ReadOnlySpan<char> s)
    {
        int n = 0;
        bool inWord = false;
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // Eight chars at a time while they are printable ASCII, where the space is the only white space: a word starts
            // at each char that is not a space after one that is (a run-on line is thousands of chars, one per word run).
            ref ushort at = ref Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(s));
            var space = Vector128.Create((ushort)' ');
            var printable = Vector128.Create((ushort)0x5F);
            for (; i + Vector128<ushort>.Count <= s.Length; i += Vector128<ushort>.Count)
            {
                var v = Vector128.LoadUnsafe(ref at, (nuint)i);
                if (!Vector128.LessThanAll(v - space, printable))
                {
                    break;
                }

                uint word = ~Vector128.Equals(v, space).ExtractMostSignificantBits() & 0xFF;
                n += BitOperations.PopCount(word & ~((word << 1) | (inWord ? 1u : 0u)));
                inWord = (word & 0x80) != 0;
            }
        }

        foreach (char c in s[i..])
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                n++;
            }

            inWord = !space;
        }

        return n;
    }

    private static void ReadLines(string text, List<Line> lines)
    {
        // One vectorized count of the line breaks sizes the list once (page text runs to hundreds of short lines).
        lines.Clear();
        lines.EnsureCapacity(text.AsSpan().Count('\n') + 1);
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            // A line ends at LF, CRLF or a lone CR (classic Mac text): CRLF's CR is trimmed below as white space.
            int nl = text.AsSpan(lineStart).IndexOfAny('\n', '\r');
            if (nl >= 0 && text[lineStart + nl] == '\r' && lineStart + nl + 1 < text.Length && text[lineStart + nl + 1] == '\n')
            {
                nl++;
            }

            int lineEnd = nl < 0 ? text.Length : lineStart + nl;
            int s = lineStart;
            int e = lineEnd;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            lines.Add(new Line(s, e));
            if (nl < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

    }

    /// <summary>
    /// <paramref name="text"/> with each line break that <see cref="Read(string, List{TextUnit})"/> joins (a hard-wrapped
    /// text's breaks forced by its width) made a space, so that its paragraphs read as one line each; of the same length,
    /// every other character where it was. <see langword="null"/> when no line break is joined (the text is not
    /// hard-wrapped). For readers that go line by line before the text is parsed (case restoration).
    /// </summary>
    internal static string? JoinWrappedLines(string text)
    {
        var lines = t_lines ??= [];
        ReadLines(text, lines);
        int wrapWidth = OnlyLine(lines) is null ? FindWrapWidth(text, lines) : 0;
        char[]? joined = null;
        bool listItem = false;
        bool joinedAbove = false;
        for (int i = 0; wrapWidth > 0 && i + 1 < lines.Count; i++)
        {
            // As Read joins: a text line that is no rule and no # heading, and a next line that the width pushed down
            // (a list-looking line is a new item when the unit began as one).
            var line = lines[i];
            if (!joinedAbove)
            {
                listItem = StartsListItem(text.AsSpan(line.Start, line.End - line.Start));
            }

            joinedAbove = false;
            if (line.IsBlank || lines[i + 1].IsBlank || IsRule(text.AsSpan(line.Start, line.Length)) || TryAtx(text, line, out _, out _)
                || !IsForcedBreak(text, line, lines[i + 1], wrapWidth, listItem))
            {
                continue;
            }

            joinedAbove = true;

            joined ??= text.ToCharArray();
            for (int k = line.End; k < lines[i + 1].Start; k++)
            {
                if (joined[k] is '\n' or '\r')
                {
                    joined[k] = ' ';
                }
            }
        }

        if (lines.Capacity > ThreadScratch.MaxKeptElements / 8)
        {
            t_lines = null;
        }

        return joined is null ? null : new string(joined);
    }

    /// <summary>
    /// The wrap width of a hard-wrapped text, or 0 when the text is not hard-wrapped. A text is hard-wrapped when its
    /// lines are short and most line breaks inside blocks came where the next word would not have fitted.
    /// </summary>
    private static int FindWrapWidth(string text, List<Line> lines)
    {
        // The first line (a title) is left out: it is never wrapped, and may be longer than the wrap width.
        int first = 0;
        while (first < lines.Count && lines[first].IsBlank)
        {
            first++;
        }

        int width = 0;
        int pairs = 0;
        for (int i = first + 1; i + 1 < lines.Count; i++)
        {
            if (!lines[i].IsBlank && !lines[i + 1].IsBlank)
            {
                pairs++;
                width = Math.Max(width, lines[i].Length);
            }
        }

        if (pairs == 0 || width > MaxWrapWidth)
        {
            return 0;
        }

        int forced = 0;
        for (int i = first + 1; i + 1 < lines.Count; i++)
        {
            if (!lines[i].IsBlank && !lines[i + 1].IsBlank
                && IsForcedBreak(text, lines[i], lines[i + 1], width, StartsListItem(text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start))))
            {
                forced++;
            }
        }

        return forced * 2 >= pairs ? width : 0;
    }

    /// <summary>
    /// Whether the break between <paramref name="line"/> and <paramref name="next"/> came where the next word would not
    /// have fitted in <paramref name="width"/>. <paramref name="inListItem"/>: the unit the line ends began as a list item,
    /// so a list-looking next line is its next item.
    /// </summary>
    private static bool IsForcedBreak(string text, Line line, Line next, int width, bool inListItem)
    {
        var nextText = text.AsSpan(next.Start, next.End - next.Start);
        if (IsRule(nextText) || IsAtxStart(nextText))
        {
            return false;
        }

        int firstWord = nextText.IndexOfAny(' ', '\t');
        if (firstWord < 0)
        {
            firstWord = nextText.Length;
        }

        // A line longer than the wrap width did not come from the wrapping (a title above wrapped text).
        if (line.Length > width || line.Length + 1 + firstWord <= width)
        {
            return false;
        }

        // A line that looks like a list item ("- were £2bn", "57. Of the 20") after a full line is where the wrap put a
        // spaced dash or a number that ends a sentence, unless the full line ended a sentence or opened a list (":"), or
        // belongs to a list item itself.
        return !StartsListItem(nextText) || (!inListItem && !EndsSentenceOrList(text.AsSpan(line.Start, line.End - line.Start)));
    }

    /// <summary>An ATX heading's opening run of <c>#</c> and a space (a hashtag, <c>#MeToo</c>, is running text).</summary>
    private static bool IsAtxStart(ReadOnlySpan<char> line)
    {
        int hashes = 0;
        while (hashes < line.Length && line[hashes] == '#')
        {
            hashes++;
        }

        return hashes > 0 && (hashes == line.Length || line[hashes] is ' ' or '\t');
    }

    private static bool EndsSentenceOrList(ReadOnlySpan<char> line)
    {
        var tail = line.TrimEnd();
        while (tail.Length > 0 && ClosingChars.Contains(tail[^1]))
        {
            tail = tail[..^1];
        }

        return tail.Length > 0 && tail[^1] is '.' or '!' or '?' or '…' or ':';
    }

    private static bool IsRule(ReadOnlySpan<char> line)
    {
        if (line.Length < 3)
        {
            return false;
        }

        char first = line[0];
        if (!RuleChars.Contains(first))
        {
            return false;
        }

        int count = 0;
        foreach (char c in line)
        {
            if (c == first)
            {
                count++;
            }
            else if (c != ' ')
            {
                return false;
            }
        }

        return count >= 3;
    }

    private static bool TryAtx(string text, Line line, out int start, out int end)
    {
        start = end = 0;
        var s = text.AsSpan(line.Start, line.End - line.Start);
        int hashes = 0;
        while (hashes < s.Length && s[hashes] == '#')
        {
            hashes++;
        }

        if (hashes is 0 or > 6 || hashes >= s.Length || (s[hashes] != ' ' && s[hashes] != '\t'))
        {
            return false;
        }

        int a = hashes;
        int b = s.Length;
        while (a < b && char.IsWhiteSpace(s[a]))
        {
            a++;
        }

        // A closing run of #s is markup only when a space separates it from the heading text.
        int c = b;
        while (c > a && s[c - 1] == '#')
        {
            c--;
        }

        if (c < b && c > a && char.IsWhiteSpace(s[c - 1]))
        {
            b = c;
        }

        while (b > a && char.IsWhiteSpace(s[b - 1]))
        {
            b--;
        }

        if (a == b)
        {
            return false;
        }

        start = line.Start + a;
        end = line.Start + b;
        return true;
    }

    internal static bool StartsListItem(ReadOnlySpan<char> s)
    {
        if (s.Length < 2)
        {
            return false;
        }

        char c = s[0];
        if ((c is '-' or '*' or '•' or '–' or '—' or '·' or '+') && s[1] == ' ')
        {
            return true;
        }

        int i = 0;
        while (i < s.Length && i < 3 && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i > 0 && i + 1 < s.Length && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ';
    }

    /// <summary>Computes the surface features of the text between <paramref name="start"/> and <paramref name="end"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static TextUnit Measure(string text, int start, int end, int lineCount)
    {
        var unit = new TextUnit { Start = start, End = end, LineCount = lineCount };
        var s = text.AsSpan(start, end - start);
        if (s.Length >= MinBlockChars && BlocksAgree)
        {
            CountBlocks(s, ref unit);
        }
        else
        {
            CountChars(s, ref unit);
        }

        unit.IsListItem = StartsListItem(s);
        unit.IsNumber = IsLoneNumber(s);
        var tail = s;
        while (tail.Length > 0 && ClosingChars.Contains(tail[^1]))
        {
            tail = tail[..^1];
        }

        if (tail.Length > 0)
        {
            char last = tail[^1];
            unit.EndsQuestion = last == '?';
            unit.EndsSentence = last is '.' or '!' or '?' or '…';
            unit.EndsClause = ClauseEnds.Contains(last);
        }

        return unit;
    }

    /// <summary>Units at least this long are counted 32 characters at a time (<see cref="CountBlocks"/>).</summary>
    private const int MinBlockChars = 16;

    /// <summary>Counts words, letters, capitalised and lower-case words, digits, pipes and breadcrumb separators one character at a time.</summary>
    private static void CountChars(ReadOnlySpan<char> s, ref TextUnit unit)
    {
        bool inWord = false;
        bool wordCased = false;
        bool firstSeen = false;
        ref byte table = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(AsciiClasses);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            int cls = c < 128 ? Unsafe.Add(ref table, c) : Classify(c);
            if ((cls & Space) != 0)
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                inWord = true;
                wordCased = false;
                unit.Words++;
            }

            if ((cls & Letter) != 0)
            {
                unit.Letters++;
                if (!wordCased)
                {
                    wordCased = true;
                    if ((cls & Upper) != 0)
                    {
                        unit.CapitalWords++;
                    }
                    else if ((cls & Lower) != 0)
                    {
                        unit.LowerWords++;
                    }
                }

                if (!firstSeen)
                {
                    firstSeen = true;
                    unit.StartsUpper = (cls & Lower) == 0;
                }
            }
            else if ((cls & Digit) != 0)
            {
                unit.Digits++;
                wordCased = true;
                if (!firstSeen)
                {
                    firstSeen = true;
                    unit.StartsUpper = true;
                }
            }
            else if (c == '|' || c == '¦')
            {
                unit.Pipes++;
            }
            else if ((c is '>' or '»' or '›' or '→') && i > 0 && i + 1 < s.Length && s[i - 1] == ' ' && s[i + 1] == ' ')
            {
                unit.CrumbSeparators++;
            }
        }
    }

    /// <summary>
    /// <see cref="CountChars"/> from bit masks of 32 characters at a time: white space, letters, upper and lower case,
    /// digits, pipes, breadcrumb arrows and plain spaces. ASCII characters are classified by vector comparisons, the
    /// others one by one in their block as <see cref="Classify"/> reads them. A word's case is that of its first letter
    /// or digit: the first such character of each word is found from the masks (the run of other characters that opens
    /// a word is cleared by one addition), and whether the word left open at the end of a block has one is carried on.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CountBlocks(ReadOnlySpan<char> s, ref TextUnit unit)
    {
        Span<char> padded = stackalloc char[32];
        int n = s.Length;
        bool firstSeen = false;
        uint carryWord = 0;    // bit 0: the block before ended inside a word
        uint carryUncased = 0; // bit 0: ... a word with no letter or digit yet
        uint carrySpace = 0;   // bit 0: the block before ended with a plain space
        for (int b = 0; b < n; b += 32)
        {
            var block = AsciiBlocks.Block(s, b, padded);
            uint valid = b + 32 <= n ? uint.MaxValue : (1u << (n - b)) - 1;

            ClassifyBlock(block, out uint space, out uint letter, out uint upper, out uint lower, out uint digit, out uint pipe, out uint arrow, out uint plain);
            space &= valid;
            plain &= valid;
            uint word = ~space & valid;
            uint cased = letter | digit;
            unit.Letters += BitOperations.PopCount(letter);
            unit.Digits += BitOperations.PopCount(digit);
            unit.Pipes += BitOperations.PopCount(pipe);

            uint starts = word & ~((word << 1) | carryWord);
            unit.Words += BitOperations.PopCount(starts);

            // Where a word's case is still open: its start, or bit 0 when the word carried over has none yet. The other
            // characters that open such a word (quotes, brackets) are cleared by adding the open bit to their run; the
            // character after the run is then the word's first letter or digit, if it is one.
            uint open = starts | (carryWord & carryUncased);
            uint other = word & ~cased;
            uint prefix = other & ~(other + (open & other));
            uint first = cased & (open | (prefix << 1));
            unit.CapitalWords += BitOperations.PopCount(first & upper);
            unit.LowerWords += BitOperations.PopCount(first & lower);

            if (!firstSeen && cased != 0)
            {
                firstSeen = true;
                unit.StartsUpper = (lower & (cased & (0u - cased))) == 0;
            }

            if (arrow != 0)
            {
                uint nextSpace = b + 32 < n && s[b + 32] == ' ' ? 1u << 31 : 0;
                uint crumbs = arrow & ((plain << 1) | carrySpace) & ((plain >> 1) | nextSpace);
                unit.CrumbSeparators += BitOperations.PopCount(crumbs);
            }

            // The word open at the end of the block: still uncased when no letter or digit stands in it since its start
            // (in this block, or before it when it began in an earlier block that left it uncased).
            if ((word >> 31) != 0)
            {
                int runStart = 32 - BitOperations.LeadingZeroCount(~word);
                bool continued = runStart == 0 && carryWord != 0;
                carryUncased = (cased & (uint.MaxValue << runStart)) == 0 && (!continued || carryUncased != 0) ? 1u : 0;
            }
            else
            {
                carryUncased = 0;
            }

            carryWord = word >> 31;

            carrySpace = plain >> 31;
        }
    }

    /// <summary>The masks <see cref="CountBlocks"/> reads, of 32 characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClassifyBlock(
        ReadOnlySpan<char> block, out uint space, out uint letter, out uint upper, out uint lower, out uint digit, out uint pipe, out uint arrow, out uint plain)
    {
        ref ushort r = ref Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(block));
        // The 32 characters narrowed to bytes and compared in one vector, one mask read per class; a character outside
        // ASCII, whose byte is cut from it, is taken out of every class and classified below.
        var v0 = Vector256.LoadUnsafe(ref r);
        var v1 = Vector256.LoadUnsafe(ref r, 16);
        var b = Vector256.Narrow(v0, v1);
        uint wide = Vector256.Narrow(
            Vector256.GreaterThan(v0, Vector256.Create((ushort)127)),
            Vector256.GreaterThan(v1, Vector256.Create((ushort)127))).ExtractMostSignificantBits();
        uint ascii = ~wide;
        var sp = Vector256.Equals(b, Vector256.Create((byte)' '));
        upper = Vector256.LessThanOrEqual(b - Vector256.Create((byte)'A'), Vector256.Create((byte)25)).ExtractMostSignificantBits() & ascii;
        lower = Vector256.LessThanOrEqual(b - Vector256.Create((byte)'a'), Vector256.Create((byte)25)).ExtractMostSignificantBits() & ascii;
        digit = Vector256.LessThanOrEqual(b - Vector256.Create((byte)'0'), Vector256.Create((byte)9)).ExtractMostSignificantBits() & ascii;
        plain = sp.ExtractMostSignificantBits() & ascii;
        space = (Vector256.LessThanOrEqual(b - Vector256.Create((byte)9), Vector256.Create((byte)4)) | sp).ExtractMostSignificantBits() & ascii;
        pipe = Vector256.Equals(b, Vector256.Create((byte)'|')).ExtractMostSignificantBits() & ascii;
        arrow = Vector256.Equals(b, Vector256.Create((byte)'>')).ExtractMostSignificantBits() & ascii;
        letter = upper | lower;
        while (wide != 0)
        {
            int k = BitOperations.TrailingZeroCount(wide);
            wide &= wide - 1;
            char c = block[k];
            uint bit = 1u << k;
            byte cls = Classify(c);
            space |= (cls & Space) != 0 ? bit : 0;
            letter |= (cls & Letter) != 0 ? bit : 0;
            upper |= (cls & Upper) != 0 ? bit : 0;
            lower |= (cls & Lower) != 0 ? bit : 0;
            digit |= (cls & Digit) != 0 ? bit : 0;
            pipe |= c == '¦' ? bit : 0;
            arrow |= c is '»' or '›' or '→' ? bit : 0;
        }
    }

    /// <summary>Whether the vector comparisons of <see cref="ClassifyBlock"/> give every ASCII character the classes of <see cref="Classify"/> (else every unit is counted character by character).</summary>
    private static readonly bool BlocksAgree = CheckBlocks();

    /// <summary>Whether units take the block count here (for tests: on x64 with AVX2 they should).</summary>
    internal static bool UsesBlocks => BlocksAgree;

    private static bool CheckBlocks() => Vector256.IsHardwareAccelerated && AsciiBlocks.Every(BlockAgrees);

    private static bool BlockAgrees(ReadOnlySpan<char> block, int first)
    {
        ClassifyBlock(block, out uint space, out uint letter, out uint upper, out uint lower, out uint digit, out uint pipe, out uint arrow, out uint plain);
        for (int k = 0; k < 32; k++)
        {
            char c = (char)(first + k);
            byte cls = Classify(c);
            bool ok = ((space >> k) & 1) == ((cls & Space) != 0 ? 1u : 0)
                      && ((letter >> k) & 1) == ((cls & Letter) != 0 ? 1u : 0)
                      && ((upper >> k) & 1) == ((cls & Upper) != 0 ? 1u : 0)
                      && ((lower >> k) & 1) == ((cls & Lower) != 0 ? 1u : 0)
                      && ((digit >> k) & 1) == ((cls & Digit) != 0 ? 1u : 0)
                      && ((pipe >> k) & 1) == (c == '|' ? 1u : 0)
                      && ((arrow >> k) & 1) == (c == '>' ? 1u : 0)
                      && ((plain >> k) & 1) == (c == ' ' ? 1u : 0);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    // A character's classes as Measure reads them: char.IsWhiteSpace, else char.IsLetter (with char.IsUpper and
    // char.IsLower), else char.IsDigit. ASCII from a table, the rest from the char methods themselves.
    private const byte Space = 1;
    private const byte Letter = 2;
    private const byte Upper = 4;
    private const byte Lower = 8;
    private const byte Digit = 16;

    private static readonly byte[] AsciiClasses = BuildAsciiClasses();

    private static byte[] BuildAsciiClasses()
    {
        var table = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            table[c] = Classify((char)c);
        }

        return table;
    }

    /// <summary>The classes of <paramref name="c"/> by the char methods (the table holds the same for ASCII).</summary>
    internal static byte Classify(char c)
    {
        if (char.IsWhiteSpace(c))
        {
            return Space;
        }

        if (char.IsLetter(c))
        {
            return (byte)(Letter | (char.IsUpper(c) ? Upper : 0) | (char.IsLower(c) ? Lower : 0));
        }

        return char.IsDigit(c) ? Digit : (byte)0;
    }

    /// <summary>A number standing alone: <c>0</c>, <c>12</c>, <c>1.2K</c>, <c>29,603</c>.</summary>
    internal static bool IsLoneNumber(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || !char.IsAsciiDigit(s[0]))
        {
            return false;
        }

        int i = 0;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || ((s[i] == ',' || s[i] == '.') && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))))
        {
            i++;
        }

        if (i < s.Length && (s[i] is 'k' or 'K' or 'm' or 'M'))
        {
            i++;
        }

        return i == s.Length;
    }

    /// <summary>Whether a lone number has no thousands separators or decimals (so is not a score, attendance or price).</summary>
    internal static bool IsPlainCount(ReadOnlySpan<char> s)
    {
        if (char.IsAsciiLetter(s[^1]))
        {
            return true;
        }

        return s.Length <= 6 && !s.ContainsAny(',', '.');
    }

    private readonly record struct Line(int Start, int End)
    {
        public int Length => End - Start;

        public bool IsBlank => End == Start;
    }
}
