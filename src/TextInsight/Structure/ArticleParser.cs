using System.Buffers;
using System.Runtime.InteropServices;
using TextInsight.Internals;
using TextInsight.Structure.Markdown;

namespace TextInsight.Structure;

/// <summary>
/// Finds the structure of an article given as plain text: title, byline and date, sections (headings
/// with their paragraphs) and boilerplate around the article (counters, navigation, related links,
/// footers, notices). Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// The text is cut into units (lines, or the lines of a hard-wrapped paragraph joined). Each unit gets
/// surface features: length in words, closing punctuation, share of capitalised words, list markers, lone
/// numbers, <c>|</c> and breadcrumb separators, and strong boilerplate signals of its own text
/// (counter forms, a small lexicon of navigation phrases, copyright and contact forms, cookie notices).
/// </para>
/// <para>
/// The main text runs from the first to the last unit of prose (a long unit, or a sentence that is not in
/// title case). Before it (after the title) and after it lie the head and the tail. Only there are
/// byline and date lines read as metadata, and only in a tail that holds a strong boilerplate signal are
/// headline-like lines related links and lone numbers counters: the same lines elsewhere are text. A short,
/// capitalised line without closing punctuation is a heading only when a body paragraph follows it.
/// </para>
/// <para>
/// Every non-blank line lands in exactly one of: the title, a metadata line, a heading, a paragraph or a
/// boilerplate block; but a headline shown on one line with the site's or section's name (<c>Headline | Site</c>) on
/// a page with boilerplate is cut from it (see <see cref="TitleSpan"/>), and the rest of that line is navigation. Lines that are only Markdown markup (<c>---</c>, <c>===</c>, <c>***</c>) and the
/// <c>#</c> markers of headings belong to none.
/// </para>
/// </remarks>
public sealed class ArticleParser
{
    /// <summary>Longest title in words: news headlines run to about 20 words (the BBC development headlines to 8).</summary>
    internal const int MaxTitleWords = 30;

    /// <summary>Longest title in characters.</summary>
    internal const int MaxTitleChars = 250;

    /// <summary>The headline is looked for among at least this many units at the start of a text.</summary>
    internal const int TitleSearchUnits = 40;

    /// <summary>... and at most this many, however far down the page the body starts.</summary>
    internal const int MaxTitleSearchUnits = 400;

    /// <summary>Paragraphs whose probability of being main text is below this are boilerplate.</summary>
    private const double BodyThreshold = 0.5;

    /// <summary>Units that the rules made boilerplate by position alone are text from this probability.</summary>
    private const double SureBodyThreshold = 0.9;

    /// <summary>
    /// Between the first and the last prose unit that the model takes for main text, a paragraph is boilerplate only
    /// below this probability (lists and short lines inside an article are text more often than not).
    /// </summary>
    private const double InsideBodyThreshold = 0.1;

    /// <summary>
    /// Units in a row that the model does not take for main text that end a block of it (see MainBlock). Chosen on the
    /// development pages among 2, 3, 4, 6 and 12 (body F1 region / whole page 0.911 / 0.902 at 2 and 3, 0.911 / 0.901 at
    /// 4 to 12; 0.910 / 0.898 without blocks).
    /// </summary>
    private const int MainBlockGap = 3;

    private readonly StructureModel? _model;

    // The thread's scratch (see ThreadScratch): the list of units and the model's probabilities.
    [ThreadStatic]
    private static List<TextUnit>? t_units;

    [ThreadStatic]
    private static double[]? t_probabilities;

    /// <summary>Creates a parser that uses the built-in structure model.</summary>
    public ArticleParser()
        : this(StructureModel.Default)
    {
    }

    /// <summary>Creates a parser with <paramref name="model"/>, or the rules alone when it is null.</summary>
    internal ArticleParser(StructureModel? model)
    {
        _model = model;
    }

    /// <summary>A shared instance.</summary>
    public static ArticleParser Default { get; } = new();

    /// <summary>A parser of the rules alone (no trained model), to compare with.</summary>
    internal static ArticleParser RulesOnly { get; } = new(null);

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <param name="text">The article as plain text (Markdown headings are understood).</param>
    /// <returns>The structure, with every span indexing <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ArticleStructure Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The thread's list of units, reused from text to text (the structure built from it holds only spans).
        var list = t_units ??= [];
        ReadUnits(text, list);
        var units = CollectionsMarshal.AsSpan(list);
        var structure = _model is not null && units.Length > 0 ? ParseWithModel(text, units, _model) : ParseByRules(text, units, -1, default);
        if (list.Capacity > ThreadScratch.MaxKeptElements / 16)
        {
            t_units = null;
        }

        return structure;
    }

    /// <summary>
    /// Parses an article whose title is known apart from its text, as CSV and JSON Lines corpora hold it in a column of
    /// its own: the structure's text is the title, a blank line, then <paramref name="body"/>, and its title is that first
    /// line, whatever the parser would have chosen; the body is read as <see cref="Parse(string)"/> reads it after a headline.
    /// </summary>
    /// <param name="title">The title. Its ends are trimmed and each line break in it becomes a space; when nothing is left,
    /// the result is <see cref="Parse(string)"/> of <paramref name="body"/>.</param>
    /// <param name="body">The article's text without its title.</param>
    /// <returns>The structure, with every span indexing its <see cref="ArticleStructure.Text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="body"/> is null.</exception>
    public ArticleStructure ParseWithTitle(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        string line = TitleLine(title);
        if (line.Length == 0)
        {
            return Parse(body);
        }

        string text = string.Concat(line, "\n\n", body);
        var list = t_units ??= [];
        ReadUnits(text, list);
        var units = CollectionsMarshal.AsSpan(list);

        // The title is one unit unless it is as long as a paragraph (which a line of 1,500 characters is cut into):
        // then the parser decides as for any text that starts with that line.
        var structure = units.Length > 0 && units[0].Start == 0 && units[0].End == line.Length
            ? _model is not null ? ParseWithModel(text, units, _model, 0, knownTitle: true) : ParseByRules(text, units, 0, default, knownTitle: true)
            : _model is not null && units.Length > 0 ? ParseWithModel(text, units, _model) : ParseByRules(text, units, -1, default);
        if (list.Capacity > ThreadScratch.MaxKeptElements / 16)
        {
            t_units = null;
        }

        return structure;
    }

    /// <summary>
    /// A known title as one line: its ends trimmed, and each line break in it (CR, LF, CRLF, NEL, LS, PS) one space.
    /// Other spacing is kept as given, so that a title and body cut from a text at its first blank line give that text again.
    /// </summary>
    internal static string TitleLine(string title)
    {
        var trimmed = title.AsSpan().Trim();
        if (trimmed.IndexOfAny(LineBreaks) < 0)
        {
            return trimmed.Length == title.Length ? title : trimmed.ToString();
        }

        var sb = new System.Text.StringBuilder(trimmed.Length);
        for (int i = 0; i < trimmed.Length; i++)
        {
            char c = trimmed[i];
            if (c == '\r' && i + 1 < trimmed.Length && trimmed[i + 1] == '\n')
            {
                continue;
            }

            sb.Append(LineBreaks.Contains(c) ? ' ' : c);
        }

        return sb.ToString();
    }

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\u0085\u2028\u2029");

    /// <summary>
    /// Parses plain text rendered from Markdown (<see cref="MarkdownTextRenderer"/>), with what the Markdown said: its
    /// headings are headings where they stay in the body, its headline (front matter title or first level-1 heading) is
    /// the title and what stands before it boilerplate, and a block whose share of link text is at least
    /// <paramref name="linkShare"/> (a menu, a share row, a list of related links) carries a navigation signal.
    /// </summary>
    /// <param name="rendering">The rendered text and its blocks.</param>
    /// <param name="linkShare">The share of link text from which a block is a list of links; above 1, never.</param>
    internal ArticleStructure Parse(MarkdownRendering rendering, double linkShare)
    {
        string text = rendering.Text;
        var list = t_units ??= [];
        ReadUnits(text, list);
        var units = CollectionsMarshal.AsSpan(list);
        int title = ApplyMarkdown(units, rendering, linkShare);
        ArticleStructure structure;
        if (units.Length == 0)
        {
            structure = ParseByRules(text, units, -1, default);
        }
        else if (_model is null)
        {
            structure = ParseByRules(text, units, title, default);
        }
        else
        {
            structure = ParseWithModel(text, units, _model, title);
        }

        if (list.Capacity > ThreadScratch.MaxKeptElements / 16)
        {
            t_units = null;
        }

        return structure;
    }

    /// <summary>
    /// Marks the units of Markdown headings and of link lists, and returns the unit of the Markdown's headline (-1 when
    /// it has none, or when that block is not one unit).
    /// </summary>
    private static int ApplyMarkdown(Span<TextUnit> units, MarkdownRendering rendering, double linkShare)
    {
        var blocks = rendering.Blocks;
        int title = -1;
        int b = 0;
        for (int i = 0; i < units.Length; i++)
        {
            ref var u = ref units[i];
            while (b < blocks.Count && blocks[b].End <= u.Start)
            {
                b++;
            }

            if (b >= blocks.Count || blocks[b].Start > u.Start)
            {
                continue;
            }

            var block = blocks[b];
            if (b == rendering.Title)
            {
                // The headline stands above its article: a level-1 heading after running text (a "Share this article"
                // box below the story, say) is not taken for it, and the model chooses.
                title = u.Start == block.Start && u.End == block.End && (block.Kind == MarkdownBlockKind.FrontMatterTitle || !AnyProse(units[..i])) ? i : title;
                continue;
            }

            if (block.Kind == MarkdownBlockKind.Heading)
            {
                // A heading that is a link is most often a post's own title linked to its page, not a menu: it gets no
                // link-list signal (which cost 9 of 380 headlines on the development pages).
                u.MarkedHeading = true;
            }
            else if (u.Signal is null && u.Words > 0 && block.LinkShare >= linkShare)
            {
                u.Signal = BoilerplateKind.Navigation;
            }
        }

        return title;
    }

    private static bool AnyProse(ReadOnlySpan<TextUnit> units)
    {
        foreach (ref readonly var u in units)
        {
            if (u.IsProse)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The units of <paramref name="text"/> with their boilerplate signals.</summary>
    internal static List<TextUnit> ReadUnits(string text)
    {
        var list = new List<TextUnit>();
        ReadUnits(text, list);
        return list;
    }

    /// <summary>Fills <paramref name="list"/> with the units of <paramref name="text"/> and their boilerplate signals.</summary>
    private static void ReadUnits(string text, List<TextUnit> list)
    {
        TextUnitReader.Read(text, list);
        var units = CollectionsMarshal.AsSpan(list);
        for (int i = 0; i < units.Length; i++)
        {
            units[i].Signal = BoilerplateSignals.Detect(text, units[i]);
        }
    }

    /// <param name="text">The text.</param>
    /// <param name="units">Its units.</param>
    /// <param name="model">The model.</param>
    /// <param name="markedTitle">The unit that markup names the headline, or -1.</param>
    /// <param name="knownTitle">Whether <paramref name="markedTitle"/> is a title given apart from the text (see ParseWithTitle), taken whatever its form.</param>
    private static ArticleStructure ParseWithModel(string text, Span<TextUnit> units, StructureModel model, int markedTitle = -1, bool knownTitle = false)
    {
        int n = units.Length;
        var probabilities = ThreadScratch.Get(ref t_probabilities, 2 * n);
        var body = probabilities.AsSpan(0, n);
        var titleP = probabilities.AsSpan(n, n);

        // Whether each short unit is a byline or date line, read once for the model's features and the rules' margins.
        for (int i = 0; i < units.Length; i++)
        {
            ref var u = ref units[i];
            if (u.Words <= ArticleMetadataReader.MaxLineWords)
            {
                u.MetadataLine = ArticleMetadataReader.TryReadLine(text, u, out _) ? (sbyte)1 : (sbyte)-1;
            }
        }

        // A text in which no unit carries a boilerplate signal of its own keeps the rules' title (see ChooseTitle):
        // the headline pass is not run for it.
        if (!HasAnySignal(units))
        {
            model.PredictBody(text, units, body);
            return ParseByRules(text, units, markedTitle, body, knownTitle: knownTitle);
        }

        if (markedTitle >= 0)
        {
            // The markup names the headline: the model judges the body only, and the title is not cut (the line is the headline's own).
            model.PredictBody(text, units, body);
            return ParseByRules(text, units, markedTitle, body, knownTitle: knownTitle);
        }

        model.Predict(text, units, body, titleP);
        return ParseByRules(text, units, ChooseTitle(units, titleP, model.TitleThreshold), body, cutTitle: true);
    }

    /// <summary>
    /// The unit the model takes for the headline: the likeliest title-sized unit that is not boilerplate by its own
    /// text nor a byline or date line, when the model is sure enough; else -1, and the rules choose (the first unit not boilerplate by its own text).
    /// Not asked for a text in which no unit carries a boilerplate signal of its own (an article as written or cleanly
    /// extracted): nothing stands before its headline there, and the rules' first line stands, as the rules' body does.
    /// </summary>
    /// <remarks>
    /// The first such unit has no head start: on scraped pages it is a menu or the site's name more often than the
    /// headline, and the model's headline probability already weighs where a unit stands (measured on the development
    /// pages: keeping the first unit whenever the model found it likely enough got 247 of 380 headlines right on the
    /// article region and 217 on the whole page; the likeliest unit, 260 and 237, with the same model). In a text without
    /// any boilerplate signal the first unit stands: a match preview's venue and kick-off lines, or a one-sentence
    /// paragraph after the headline, are title-sized too. Looking only up to the first units the model takes for the
    /// body cost headlines on the development pages (region 268 → 261 of 380 within two units after it) and did not
    /// change body F1 (0.910 either way).
    /// </remarks>
    private static int ChooseTitle(ReadOnlySpan<TextUnit> units, ReadOnlySpan<double> titleP, double threshold)
    {
        int title = -1;
        double best = threshold;
        for (int i = 0; i < units.Length; i++)
        {
            ref readonly var u = ref units[i];
            if (titleP[i] > best && u.Signal is null && !u.IsNumber && u.MetadataLine <= 0 && IsTitleSized(u))
            {
                best = titleP[i];
                title = i;
            }
        }

        return title;
    }

    /// <summary>
    /// Where the rules placed a unit by its position alone, the model decides: a paragraph that is unlikely to be main
    /// text is boilerplate (a menu, a list of links, a caption), and a unit the rules made boilerplate only by where it
    /// lies, without a signal in its own text, is text when the model is sure of it. Short lines and lists are kept at a
    /// lower probability only inside the main block of prose (see MainBlock). In a text where no unit has a boilerplate
    /// signal of its own, the rules' body stands.
    /// </summary>
    private static void ApplyBodyModel(Span<TextUnit> units, int from, ReadOnlySpan<double> body)
    {
        int firstProse = -1;
        int lastProse = -1;
        for (int i = from; i < units.Length; i++)
        {
            if (units[i].IsProse && body[i] >= BodyThreshold)
            {
                firstProse = firstProse < 0 ? i : firstProse;
                lastProse = i;
            }
        }

        // A text in which no unit carries a boilerplate signal of its own (no counter, menu phrase, copyright, notice...)
        // is article text as written or cleanly extracted: the model's doubts about its lists and short lines (match
        // facts, nominees, fixtures), or about a short article's only paragraph, are not evidence of page furniture, and
        // the rules' body stands.
        if (!HasAnySignal(units))
        {
            return;
        }

        if (firstProse >= 0)
        {
            MainBlock(units, from, body, ref firstProse, ref lastProse);
        }

        int lastText = -1;
        for (int i = from; i < units.Length; i++)
        {
            ref var u = ref units[i];
            if (u.Role == UnitRole.Boilerplate && u.Signal is null && body[i] >= SureBodyThreshold)
            {
                u.Role = UnitRole.Content;
            }

            if (u.Role == UnitRole.Content && body[i] >= BodyThreshold)
            {
                lastText = i;
            }
        }

        for (int i = from; i < units.Length; i++)
        {
            ref var u = ref units[i];
            double threshold = i >= firstProse && i <= lastProse ? InsideBodyThreshold : BodyThreshold;
            if (u.Role == UnitRole.Content && u.Markup == HeadingMarkup.None && body[i] < threshold)
            {
                MarkBoilerplate(ref u, u.Signal ?? ImpliedKind(u, i > lastText));
            }
        }
    }

    /// <summary>
    /// Narrows the stretch of the text in which lists and short lines are kept (<paramref name="firstProse"/> to
    /// <paramref name="lastProse"/>: the first and last prose unit the model takes for main text) to the main block: the
    /// units are cut into blocks of main text where <see cref="MainBlockGap"/> or more units in a row are not main text,
    /// and the block holding the most main-text words (probability times words) is the article. A comment thread, a
    /// list of teasers or a sidebar of prose below the article is another block: its units still count as text when
    /// the model takes them for it, but the lower threshold for short lines no longer reaches across them.
    /// </summary>
    internal static void MainBlock(ReadOnlySpan<TextUnit> units, int from, ReadOnlySpan<double> body, ref int firstProse, ref int lastProse)
    {
        double bestMass = -1;
        int bestFirst = firstProse;
        int bestLast = lastProse;
        int i = from;
        while (i < units.Length)
        {
            if (body[i] < BodyThreshold)
            {
                i++;
                continue;
            }

            double mass = 0;
            int gap = 0;
            int blockFirst = -1;
            int blockLast = -1;
            int k = i;
            for (; k < units.Length && gap < MainBlockGap; k++)
            {
                if (body[k] >= BodyThreshold)
                {
                    gap = 0;
                    mass += body[k] * units[k].Words;
                    if (units[k].IsProse)
                    {
                        blockFirst = blockFirst < 0 ? k : blockFirst;
                        blockLast = k;
                    }
                }
                else
                {
                    gap++;
                }
            }

            if (blockFirst >= 0 && mass > bestMass)
            {
                bestMass = mass;
                bestFirst = blockFirst;
                bestLast = blockLast;
            }

            i = k;
        }

        firstProse = bestFirst;
        lastProse = bestLast;
    }

    private static bool HasAnySignal(ReadOnlySpan<TextUnit> units)
    {
        foreach (ref readonly var u in units)
        {
            if (u.Signal is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The kind of a boilerplate unit that its own text does not say.</summary>
    private static BoilerplateKind ImpliedKind(in TextUnit u, bool afterBody) =>
        u.IsNumber ? BoilerplateKind.Counter
        : afterBody && u.IsHeadlineLike && u.Words >= 2 ? BoilerplateKind.Related
        : BoilerplateKind.Navigation;

    /// <summary>The hand-written rules alone: the structure when no model is loaded.</summary>
    /// <param name="text">The text.</param>
    /// <param name="units">Its units.</param>
    /// <param name="forcedTitle">The unit the model takes for the headline, or -1 for the rules' choice.</param>
    /// <param name="body">The model's probabilities that units are main text, or empty.</param>
    /// <param name="cutTitle">Whether the title may be a piece of its line (see TitleSpan).</param>
    /// <param name="knownTitle">Whether <paramref name="forcedTitle"/> is a title given apart from the text (see ParseWithTitle), taken whatever its form.</param>
    private static ArticleStructure ParseByRules(string text, Span<TextUnit> units, int forcedTitle, ReadOnlySpan<double> body, bool cutTitle = false, bool knownTitle = false)
    {
        int first = forcedTitle >= 0 ? MarkBefore(units, forcedTitle) : FindFirstContent(units);
        if (first < 0)
        {
            return new ArticleStructure(text, null, [], BuildBoilerplate(units));
        }

        // A unit longer than any headline is text, not a title (a one-line article cut into paragraphs, say); so is the
        // text's only content when it ends as a sentence does (a short text, a tweet, one row of a CSV corpus: headlines
        // are not written with a closing full stop), so that it keeps its sentences, summary and key phrases. On a page
        // with boilerplate, a byline or date line is metadata, not a title (the rules' first line there was often a date).
        int title = knownTitle ? first : IsTitleSized(units[first]) && !IsLoneSentence(units, first) && !(cutTitle && units[first].MetadataLine > 0) ? first : -1;
        int from = first;
        if (title >= 0)
        {
            units[title].Role = UnitRole.Title;
            from = title + 1;
        }

        int firstProse = -1;
        int lastProse = -1;
        for (int i = from; i < units.Length; i++)
        {
            if (units[i].IsProse)
            {
                if (firstProse < 0)
                {
                    firstProse = i;
                }

                lastProse = i;
            }
        }

        var meta = new MetadataCollector();
        if (firstProse < 0)
        {
            // No running text: nothing marks where an article ends, so only units' own signals count.
            ClassifyBody(units, from, units.Length);
            ClassifyMargin(text, units, from, Math.Min(units.Length, from + 3), ref meta, isTail: false);
        }
        else
        {
            ClassifyMargin(text, units, from, firstProse, ref meta, isTail: false);
            ClassifyBody(units, firstProse, lastProse + 1);
            ClassifyMargin(text, units, lastProse + 1, units.Length, ref meta, isTail: true);
            if (meta.Published is null && ArticleMetadataReader.ReadOpeningDateline(text, units[firstProse]) is { } date)
            {
                meta.Published = date;
            }
        }

        if (!body.IsEmpty)
        {
            ApplyBodyModel(units, from, body);
        }

        MarkHeadings(units, from);

        // The headline may be a piece of its line (Headline | Site): the line's other pieces are then navigation.
        TextSpan? titleSpan = title < 0 ? null : cutTitle ? TitleSpan.Cut(text, units[title].Start, units[title].End) : units[title].Span;
        return new ArticleStructure(
            text,
            titleSpan,
            BuildSections(units),
            BuildBoilerplate(units, text, title, titleSpan ?? default),
            meta.Byline,
            meta.Published,
            metadata: meta.Lines ?? [])
        {
            SoftLineBreaks = HasJoinedLines(units),
        };
    }

    /// <summary>Whether a unit was joined from the lines of a hard-wrapped text (only such units span several lines).</summary>
    private static bool HasJoinedLines(ReadOnlySpan<TextUnit> units)
    {
        foreach (ref readonly var u in units)
        {
            if (u.LineCount > 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks the units before <paramref name="title"/> boilerplate and returns it.</summary>
    private static int MarkBefore(Span<TextUnit> units, int title)
    {
        for (int j = 0; j < title; j++)
        {
            MarkBoilerplate(ref units[j], units[j].Signal ?? (units[j].IsNumber ? BoilerplateKind.Counter : BoilerplateKind.Navigation));
        }

        return title;
    }

    /// <summary>
    /// Whether the unit <paramref name="first"/> is the text's only content (every unit after it is boilerplate by its
    /// own text) and ends as a sentence: a text of one or two sentences, not a headline over nothing.
    /// </summary>
    private static bool IsLoneSentence(ReadOnlySpan<TextUnit> units, int first)
    {
        if (!units[first].EndsSentence || units[first].Markup != HeadingMarkup.None)
        {
            return false;
        }

        for (int i = first + 1; i < units.Length; i++)
        {
            if (units[i].Signal is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a unit is no longer than a headline.</summary>
    internal static bool IsTitleSized(in TextUnit unit) => unit.Words <= MaxTitleWords && unit.Length <= MaxTitleChars;

    /// <summary>The first unit that is not boilerplate by its own text; the units before it are boilerplate.</summary>
    private static int FindFirstContent(Span<TextUnit> units)
    {
        for (int i = 0; i < units.Length; i++)
        {
            if (units[i].Signal is null && !units[i].IsNumber)
            {
                for (int j = 0; j < i; j++)
                {
                    MarkBoilerplate(ref units[j], units[j].Signal ?? BoilerplateKind.Counter);
                }

                return i;
            }
        }

        for (int j = 0; j < units.Length; j++)
        {
            MarkBoilerplate(ref units[j], units[j].Signal ?? BoilerplateKind.Counter);
        }

        return -1;
    }

    /// <summary>Inside the main text only a unit's own strong signal makes it boilerplate.</summary>
    private static void ClassifyBody(Span<TextUnit> units, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            ref var u = ref units[i];
            // A line of |-separated names inside running text is more likely a list in the article.
            if (u.Signal is { } kind && kind != BoilerplateKind.Related)
            {
                MarkBoilerplate(ref u, kind);
            }
        }
    }

    /// <summary>
    /// The head (between title and main text) or the tail (after it). Metadata lines are read in both. A tail
    /// that holds a strong boilerplate signal is a boilerplate zone: its lone numbers are counters and its
    /// headline-like lines related links.
    /// </summary>
    private static void ClassifyMargin(string text, Span<TextUnit> units, int from, int to, ref MetadataCollector meta, bool isTail)
    {
        bool zoneIsBoilerplate = false;
        for (int i = from; i < to; i++)
        {
            ref var u = ref units[i];

            // Metadata first: a byline may carry separators (By Jane Doe | 3 May 2024) that alone look like boilerplate.
            // A unit already read as no metadata line (MetadataLine -1) is not read again.
            if (u.MetadataLine >= 0 && ArticleMetadataReader.TryReadLine(text, u, out var reading))
            {
                u.Role = UnitRole.Metadata;
                meta.Add(u.Span, reading);
            }
            else if (u.Signal is { } kind)
            {
                MarkBoilerplate(ref u, kind);
                zoneIsBoilerplate = true;
            }
        }

        if (!zoneIsBoilerplate || !isTail)
        {
            return;
        }

        for (int i = from; i < to; i++)
        {
            ref var u = ref units[i];
            if (u.Role != UnitRole.Content)
            {
                continue;
            }

            if (u.IsNumber)
            {
                MarkBoilerplate(ref u, BoilerplateKind.Counter);
            }
            else if (u.IsHeadlineLike && u.Words >= 2 && u.Markup == HeadingMarkup.None)
            {
                MarkBoilerplate(ref u, BoilerplateKind.Related);
            }
        }
    }

    /// <summary>A unit is a heading when marked up as one, or when it looks like one and a body paragraph follows.</summary>
    private static void MarkHeadings(Span<TextUnit> units, int from)
    {
        for (int i = from; i < units.Length; i++)
        {
            ref var u = ref units[i];
            if (u.Role != UnitRole.Content)
            {
                continue;
            }

            if (u.Markup != HeadingMarkup.None || u.MarkedHeading)
            {
                u.Role = UnitRole.Heading;
                continue;
            }

            // A unit of several lines is a heading of hard-wrapped text that the width broke (a narrow column): its form,
            // not its line count, says whether it is one.
            if (!u.IsHeadlineLike || (u.EndsQuestion && u.Words > 12) || i + 1 >= units.Length)
            {
                continue;
            }

            ref readonly var next = ref units[i + 1];
            if (next.Role == UnitRole.Content && next.IsBodyParagraph && !next.IsHeadlineLike)
            {
                u.Role = UnitRole.Heading;
            }
        }
    }

    private static Section[] BuildSections(ReadOnlySpan<TextUnit> units)
    {
        var sections = new List<Section>();
        TextSpan? heading = null;
        List<TextSpan>? paragraphs = null;
        for (int i = 0; i < units.Length; i++)
        {
            ref readonly var u = ref units[i];
            if (u.Role == UnitRole.Heading)
            {
                if (heading is not null || paragraphs is not null)
                {
                    sections.Add(new Section(heading, (IReadOnlyList<TextSpan>?)paragraphs ?? []));
                }

                heading = u.Span;
                paragraphs = null;
            }
            else if (u.Role == UnitRole.Content)
            {
                (paragraphs ??= new List<TextSpan>(ParagraphsFrom(units, i))).Add(u.Span);
            }
        }

        if (heading is not null || paragraphs is not null)
        {
            sections.Add(new Section(heading, (IReadOnlyList<TextSpan>?)paragraphs ?? []));
        }

        return [.. sections];
    }

    /// <summary>How many paragraphs the section has from unit <paramref name="i"/> to its end (the next heading), to size its list once.</summary>
    private static int ParagraphsFrom(ReadOnlySpan<TextUnit> units, int i)
    {
        int count = 0;
        for (; i < units.Length && units[i].Role != UnitRole.Heading; i++)
        {
            count += units[i].Role == UnitRole.Content ? 1 : 0;
        }

        return count;
    }

    private static BoilerplateBlock[] BuildBoilerplate(ReadOnlySpan<TextUnit> units) => BuildBoilerplate(units, string.Empty, -1, default);

    /// <summary>
    /// The boilerplate units as blocks, in document order; when the title <paramref name="titleSpan"/> is a piece of
    /// unit <paramref name="title"/>, what the unit holds before and after it (the site's or section's name with its
    /// separator) is a navigation block, so that every character of the line is still in one zone.
    /// </summary>
    private static BoilerplateBlock[] BuildBoilerplate(ReadOnlySpan<TextUnit> units, string text, int title, TextSpan titleSpan)
    {
        TextSpan before = default;
        TextSpan after = default;
        if (title >= 0)
        {
            var u = units[title];
            int end = titleSpan.Start;
            while (end > u.Start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            int start = titleSpan.End;
            while (start < u.End && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            before = TextSpan.FromBounds(u.Start, end);
            after = TextSpan.FromBounds(start, u.End);
        }

        int count = (before.Length > 0 ? 1 : 0) + (after.Length > 0 ? 1 : 0);
        foreach (ref readonly var u in units)
        {
            if (u.Role == UnitRole.Boilerplate)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var blocks = new BoilerplateBlock[count];
        int n = 0;
        for (int i = 0; i < units.Length; i++)
        {
            ref readonly var u = ref units[i];
            if (u.Role == UnitRole.Boilerplate)
            {
                blocks[n++] = new BoilerplateBlock(u.Span, u.Kind);
            }
            else if (i == title)
            {
                if (before.Length > 0)
                {
                    blocks[n++] = new BoilerplateBlock(before, BoilerplateKind.Navigation);
                }

                if (after.Length > 0)
                {
                    blocks[n++] = new BoilerplateBlock(after, BoilerplateKind.Navigation);
                }
            }
        }

        return blocks;
    }

    private static void MarkBoilerplate(ref TextUnit u, BoilerplateKind kind)
    {
        u.Role = UnitRole.Boilerplate;
        u.Kind = kind;
    }

    /// <summary>
    /// Yields the trimmed, non-empty blocks of <paramref name="text"/> that blank lines separate. Kept for callers that
    /// want the raw blocks (the summary tests build the seed's structure from them).
    /// </summary>
    internal static IEnumerable<TextSpan> EnumerateBlocks(string text)
    {
        int blockStart = -1;
        int blockEnd = -1;
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int nl = text.IndexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.Length : nl;
            if (text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace())
            {
                if (blockStart >= 0)
                {
                    yield return Trim(text, blockStart, blockEnd);
                    blockStart = -1;
                }
            }
            else
            {
                if (blockStart < 0)
                {
                    blockStart = lineStart;
                }

                blockEnd = lineEnd;
            }

            if (nl < 0)
            {
                break;
            }

            lineStart = nl + 1;
        }

        if (blockStart >= 0)
        {
            yield return Trim(text, blockStart, blockEnd);
        }
    }

    internal static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    private struct MetadataCollector
    {
        public List<TextSpan>? Lines;
        public TextSpan? Byline;
        public DateOnly? Published;

        public void Add(TextSpan line, ArticleMetadataReader.Reading reading)
        {
            (Lines ??= []).Add(line);
            Byline ??= reading.Byline;
            Published ??= reading.Published;
        }
    }
}
