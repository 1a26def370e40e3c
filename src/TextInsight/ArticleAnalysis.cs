using TextInsight.Entities;
using TextInsight.Structure;
using TextInsight.Summaries;
using TextInsight.Topics;

namespace TextInsight;

/// <summary>
/// What <see cref="TextAnalyzer"/> found in one article. The text is held once; everything else is a span over
/// <see cref="Text"/> (UTF-16 code units). Immutable and safe to share between threads.
/// </summary>
public sealed class ArticleAnalysis
{
    internal ArticleAnalysis(
        string? source,
        ArticleStructure structure,
        IReadOnlyList<TextSpan> sentences,
        EntityAnalysis entities,
        IReadOnlyList<TopicScore> topics,
        Summary summary,
        IReadOnlyList<Keyphrase> keyphrases,
        DocumentFormat format,
        string body,
        IReadOnlyDictionary<string, object>? layers = null,
        bool titleGiven = false,
        bool textRepaired = false,
        string? language = null)
    {
        Language = language;
        TitleGiven = titleGiven;
        TextRepaired = textRepaired;
        Layers = layers ?? System.Collections.ObjectModel.ReadOnlyDictionary<string, object>.Empty;
        Source = source;
        Format = format;
        Structure = structure;
        Sentences = sentences;
        EntityAnalysis = entities;
        Topics = topics;
        Summary = summary;
        Keyphrases = keyphrases;
        Body = body;
    }

    /// <summary>The layers that custom components (<see cref="IArticleComponent"/>) set, by name; empty with the built-in pipeline.</summary>
    public IReadOnlyDictionary<string, object> Layers { get; }

    /// <summary>Where the document came from (a relative path or a row id), if known.</summary>
    public string? Source { get; }

    /// <summary>
    /// How the input was written; for <see cref="DocumentFormat.Html"/>, <see cref="Text"/> is the text extracted from the
    /// page, for <see cref="DocumentFormat.Markdown"/> the plain text rendered from the Markdown.
    /// </summary>
    public DocumentFormat Format { get; }

    /// <summary>
    /// Whether the title was given apart from the content (<see cref="DocumentInput.Title"/>, a CSV or JSON Lines title
    /// column) and taken as it is. For plain text, <see cref="Text"/> is then that title, a blank line and the content, not
    /// the content alone.
    /// </summary>
    public bool TitleGiven { get; }

    /// <summary>
    /// The analyzed text (for HTML input, the extracted plain text; for Markdown, the rendered plain text; for plain text
    /// that was repaired, the repaired text: <see cref="TextRepaired"/>; with <see cref="TitleGiven"/>, the given title
    /// first). Every span indexes it.
    /// </summary>
    public string Text => Structure.Text;

    /// <summary>
    /// Whether <see cref="Text"/> is the plain text given with mis-decoded characters or HTML character references
    /// repaired (<see cref="TextAnalyzerOptions.RepairText"/>), and so differs from it, or holds a known title
    /// (<see cref="TitleGiven"/>, plain text or HTML) that was repaired: spans index <see cref="Text"/>, and
    /// <see cref="Warnings"/> says what was repaired.
    /// </summary>
    public bool TextRepaired { get; }

    /// <summary>The structure: title, sections, boilerplate and metadata.</summary>
    public ArticleStructure Structure { get; }

    /// <summary>The title, if the article has one.</summary>
    public string? Title => Structure.Title is { } t ? t.GetText(Text) : null;

    /// <summary>The author named by the byline, if any.</summary>
    public string? Byline => Structure.Byline is { } b ? b.GetText(Text) : null;

    /// <summary>
    /// The publication date: the one given with the document (<see cref="DocumentInput.Published"/>), else the one the
    /// article states (a dateline, a date line, HTML metadata, Markdown front matter), if any.
    /// </summary>
    public DateOnly? Published => Structure.Published;

    /// <summary>
    /// <see langword="null"/> when the body reads as English, or is too short to tell (under 60 letters, or under 20
    /// words in lower case for Latin-script text); otherwise what was found, as a BCP 47 tag of an undetermined language
    /// in its script: <c>und-Latn</c> (Latin-script text that is not English), <c>und-Cyrl</c>, <c>und-Arab</c>,
    /// <c>und-Hani</c> (Chinese characters), <c>und-Jpan</c> (kana and Han), <c>und-Kore</c>, <c>und-Grek</c>,
    /// <c>und-Hebr</c>, <c>und-Deva</c>, <c>und-Thai</c>, … or <c>und</c>. <see cref="Warnings"/> then says so too. The stages
    /// still run (they are built for English, so their output is likely wrong): filter on this to leave such documents out.
    /// </summary>
    public string? Language { get; }

    /// <summary>Notes on how the input was read.</summary>
    public IReadOnlyList<string> Warnings => Structure.Warnings;

    /// <summary>The sections of the main text.</summary>
    public IReadOnlyList<Section> Sections => Structure.Sections;

    /// <summary>Boilerplate blocks around the article.</summary>
    public IReadOnlyList<BoilerplateBlock> Boilerplate => Structure.Boilerplate;

    /// <summary>The main text: headings and paragraphs, a blank line between them, boilerplate excluded.</summary>
    public string Body { get; }

    /// <summary>The sentences of the body paragraphs, in document order.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>Mentions and linked entities.</summary>
    public EntityAnalysis EntityAnalysis { get; }

    /// <summary>Every entity mention, in every zone, ordered by position.</summary>
    public IReadOnlyList<EntityMention> Entities => EntityAnalysis.Mentions;

    /// <summary>The linked entities of the title, headings and body, most salient first.</summary>
    public IReadOnlyList<LinkedEntity> EntitySummary => EntityAnalysis.Entities;

    /// <summary>Topic scores, highest first.</summary>
    public IReadOnlyList<TopicScore> Topics { get; }

    /// <summary>The extractive summary.</summary>
    public Summary Summary { get; }

    /// <summary>Key phrases, highest score first.</summary>
    public IReadOnlyList<Keyphrase> Keyphrases { get; }

    /// <summary>The zone a position of <see cref="Text"/> lies in, or <see langword="null"/> when it lies in none.</summary>
    public Zone? ZoneAt(int position) => Structure.ZoneAt(position);
}
