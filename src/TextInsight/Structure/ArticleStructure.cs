namespace TextInsight.Structure;

/// <summary>
/// The layout of an article found by <see cref="ArticleParser"/> or <see cref="HtmlArticleParser"/>:
/// title, sections with headings and paragraphs, metadata lines and boilerplate, all as spans over <see cref="Text"/>.
/// </summary>
public sealed class ArticleStructure
{
    /// <summary>Creates a structure over <paramref name="text"/>.</summary>
    public ArticleStructure(
        string text,
        TextSpan? title,
        IReadOnlyList<Section> sections,
        IReadOnlyList<BoilerplateBlock> boilerplate,
        TextSpan? byline = null,
        DateOnly? published = null,
        IReadOnlyList<string>? warnings = null,
        IReadOnlyList<TextSpan>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(boilerplate);
        Text = text;
        Title = title;
        Sections = sections;
        Boilerplate = boilerplate;
        Byline = byline;
        Published = published;
        Warnings = warnings ?? [];
        Metadata = metadata ?? [];
    }

    /// <summary>The text every span indexes.</summary>
    public string Text { get; }

    /// <summary>
    /// The title, if the article has one: its line, or from plain text with boilerplate the headline's piece of a line
    /// that also names the site or section (<c>Headline | Site</c>, <c>Home / News / Headline</c>), whose other pieces are
    /// then <see cref="BoilerplateKind.Navigation"/> blocks.
    /// </summary>
    public TextSpan? Title { get; }

    /// <summary>The sections of the main text, in document order.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>The first paragraph of the main text, or null when it has none.</summary>
    internal TextSpan? FirstParagraph
    {
        get
        {
            foreach (var section in Sections)
            {
                if (section.Paragraphs.Count > 0)
                {
                    return section.Paragraphs[0];
                }
            }

            return null;
        }
    }

    /// <summary>
    /// The dateline the first paragraph opens with, through its dash and the spaces after it (<see cref="Dateline"/>),
    /// when more of the paragraph follows it; else an empty span.
    /// </summary>
    internal TextSpan OpeningDateline
        => FirstParagraph is { } p && Dateline.Length(p.Slice(Text)) is > 0 and var length && length < p.Length
            ? new TextSpan(p.Start, length)
            : default;

    /// <summary>Boilerplate blocks, in document order.</summary>
    public IReadOnlyList<BoilerplateBlock> Boilerplate { get; }

    /// <summary>The author's name as given by a byline (<c>By Jane Doe</c> → <c>Jane Doe</c>), if any.</summary>
    public TextSpan? Byline { get; }

    /// <summary>
    /// The publication date given by a dateline or metadata, if any; in an analysis, the date given with the document
    /// (<see cref="DocumentInput.Published"/>) when it has one.
    /// </summary>
    public DateOnly? Published { get; }

    /// <summary>
    /// The lines that carry only metadata (a byline, a date line, a bare dateline such as <c>WASHINGTON (Reuters) -</c>),
    /// in document order. They are neither body nor boilerplate; <see cref="Byline"/> and <see cref="Published"/> say what they hold.
    /// </summary>
    public IReadOnlyList<TextSpan> Metadata { get; }

    /// <summary>Notes on how the input was read (for example a fallback decoding).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The same structure over <paramref name="text"/>, a text of the same length (the spans index both).</summary>
    internal ArticleStructure WithText(string text)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(text.Length, Text.Length, nameof(text));
        return new ArticleStructure(text, Title, Sections, Boilerplate, Byline, Published, Warnings, Metadata) { SoftLineBreaks = SoftLineBreaks };
    }

    /// <summary>
    /// Whether the text is hard-wrapped and its paragraphs were joined from lines broken only where the next word would
    /// not have fitted (<see cref="ArticleParser"/>): the line breaks inside a paragraph are then spaces to the sentence
    /// splitter (<see cref="SplitSentences"/>). Every copy made by a <c>With…</c> method keeps it.
    /// </summary>
    internal bool SoftLineBreaks { get; init; }

    /// <summary>The same structure with <paramref name="published"/> as its <see cref="Published"/> (a date known apart from the text).</summary>
    internal ArticleStructure WithPublished(DateOnly published) =>
        published == Published ? this : new(Text, Title, Sections, Boilerplate, Byline, published, Warnings, Metadata) { SoftLineBreaks = SoftLineBreaks };

    /// <summary>The same structure with one more of <see cref="Warnings"/>.</summary>
    internal ArticleStructure WithWarning(string warning) =>
        new(Text, Title, Sections, Boilerplate, Byline, Published, [.. Warnings, warning], Metadata) { SoftLineBreaks = SoftLineBreaks };

    /// <summary>The zone a position of <see cref="Text"/> lies in, or <see langword="null"/> when it lies in none.</summary>
    public Zone? ZoneAt(int position)
    {
        if (Title is { } t && position >= t.Start && position < t.End)
        {
            return Zone.Title;
        }

        if (_ordered == 0)
        {
            _ordered = InOrder() ? 1 : 2;
        }

        if (_ordered == 1)
        {
            // Sections, and each one's paragraphs, in order and apart: only the last one starting at or before the
            // position can hold it. Entity recognition asks once per mention, so a scan made long documents quadratic.
            int i = LastStartingAtOrBefore(Sections, static s => s.Span.Start, position);
            if (i >= 0 && position < Sections[i].Span.End)
            {
                var section = Sections[i];
                if (section.Heading is { } h && position >= h.Start && position < h.End)
                {
                    return Zone.Heading;
                }

                int j = LastStartingAtOrBefore(section.Paragraphs, static p => p.Start, position);
                if (j >= 0 && position < section.Paragraphs[j].End)
                {
                    return Zone.Body;
                }
            }

            return BoilerplateZoneAt(position);
        }

        foreach (var section in Sections)
        {
            if (position < section.Span.Start || position >= section.Span.End)
            {
                continue;
            }

            if (section.Heading is { } h && position >= h.Start && position < h.End)
            {
                return Zone.Heading;
            }

            foreach (var p in section.Paragraphs)
            {
                if (position >= p.Start && position < p.End)
                {
                    return Zone.Body;
                }
            }
        }

        return BoilerplateZoneAt(position);
    }

    /// <summary>0 not yet known, 1 when sections and their paragraphs are in order and apart, 2 when not (then <see cref="ZoneAt"/> scans).</summary>
    private int _ordered;

    private Zone? BoilerplateZoneAt(int position)
    {
        foreach (var b in Boilerplate)
        {
            if (position >= b.Span.Start && position < b.Span.End)
            {
                return Zone.Boilerplate;
            }
        }

        return null;
    }

    private bool InOrder()
    {
        int sectionEnd = int.MinValue;
        foreach (var section in Sections)
        {
            if (section.Span.Start < sectionEnd)
            {
                return false;
            }

            sectionEnd = section.Span.End;
            int paragraphEnd = int.MinValue;
            foreach (var p in section.Paragraphs)
            {
                if (p.Start < paragraphEnd)
                {
                    return false;
                }

                paragraphEnd = p.End;
            }
        }

        return true;
    }

    private static int LastStartingAtOrBefore<T>(IReadOnlyList<T> items, Func<T, int> start, int position)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (start(items[mid]) <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }

    /// <summary>
    /// Splits every paragraph of the main text into sentences, in order: the body sentences <see cref="TextAnalyzer"/>
    /// gives, and what <see cref="Summaries.Summarizer"/> and <see cref="Entities.EntityRecognizer"/> take when used alone.
    /// </summary>
    /// <param name="splitter">The splitter; <see cref="TextInsight.Text.SentenceSplitter.Default"/> when null.</param>
    /// <param name="cancellationToken">Checked between paragraphs.</param>
    public IReadOnlyList<TextSpan> SplitSentences(TextInsight.Text.SentenceSplitter? splitter = null, CancellationToken cancellationToken = default)
    {
        splitter ??= TextInsight.Text.SentenceSplitter.Default;
        if (SoftLineBreaks)
        {
            splitter = splitter.WithSoftLineBreaks();
        }

        var sentences = new List<TextSpan>();
        // The dateline a story opens with ("KABUL, Afghanistan — An Afghan mother…") is a segment of its own: the story's
        // first sentence starts after it, as a tagger trained on wire copy reads it.
        var dateline = OpeningDateline;
        foreach (var section in Sections)
        {
            foreach (var p in section.Paragraphs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var rest = p;
                if (dateline.Length > 0 && p.Start == dateline.Start)
                {
                    sentences.Add(new TextSpan(p.Start, dateline.Slice(Text).TrimEnd().Length));
                    rest = new TextSpan(dateline.End, p.End - dateline.End);
                }

                splitter.Split(rest.Slice(Text), rest.Start, sentences);
            }
        }

        return sentences;
    }

    /// <summary>The main text: headings and paragraphs in order, a blank line between them, boilerplate excluded.</summary>
    public string GetBody()
    {
        var sb = new System.Text.StringBuilder(Text.Length);
        foreach (var section in Sections)
        {
            if (section.Heading is { } h)
            {
                Append(sb, h);
            }

            foreach (var p in section.Paragraphs)
            {
                Append(sb, p);
            }
        }

        return sb.ToString();
    }

    private void Append(System.Text.StringBuilder sb, TextSpan span)
    {
        if (sb.Length > 0)
        {
            sb.Append("\n\n");
        }

        sb.Append(Text.AsSpan(span.Start, span.Length));
    }
}
