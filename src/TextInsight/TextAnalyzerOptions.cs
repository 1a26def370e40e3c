using TextInsight.Entities;
using TextInsight.Summaries;
using TextInsight.Topics;

namespace TextInsight;

/// <summary>What <see cref="TextAnalyzer"/> does with each document.</summary>
public sealed record TextAnalyzerOptions
{
    /// <summary>How many key phrases an analysis returns unless told otherwise.</summary>
    public const int DefaultMaxKeyphrases = 10;

    /// <summary>The stages to run; all by default.</summary>
    public Stages Stages { get; init; } = Stages.All;

    /// <summary>How long summaries are; three sentences by default.</summary>
    public SummaryLength SummaryLength { get; init; } = SummaryLength.Default;

    /// <summary>How many key phrases to return at most (each with its score); ten by default, zero for none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxKeyphrases
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(MaxKeyphrases));
            field = value;
        }
    } = DefaultMaxKeyphrases;

    /// <summary>
    /// Whether to restore the case of text written in one case before the stages read it; on by default. The tagger and
    /// the sentence splitter read case, so a lower-case transcript or wire copy in capitals loses most names and many
    /// sentence ends. A whole text in one case (at least 20 letters, and at most 1% of its words of two letters or more
    /// with a letter in the other case: a transcript may write <c>I</c>), or a line (a paragraph) in capitals of 200
    /// letters or more inside a cased text, is analyzed with its case restored by a statistical truecaser, character for
    /// character: every span still indexes the text given, mentions'
    /// <see cref="EntityMention.Text"/> and the summary show it as given, the entity summary's names and the key phrases
    /// show the restored case, and <see cref="ArticleAnalysis.Warnings"/> says what was restored. Cased text is never
    /// changed. Turn it off to analyze the text exactly as written.
    /// </summary>
    public bool RestoreCase { get; init; } = true;

    /// <summary>
    /// Whether to repair plain text before it is analyzed; on by default. Scraped text is often UTF-8 that was decoded
    /// as Windows-1252 or Latin-1 upstream, once or twice (<c>donâ€™t</c>, <c>Ã©</c>, <c>Â£5m</c>), or holds HTML
    /// character references (<c>&amp;amp;</c>, <c>&amp;#8217;</c>, <c>&amp;mdash;</c>): names, amounts, key phrases and
    /// summaries suffer. A run of characters is replaced only when it is the single-byte reading of valid UTF-8 and its
    /// decoding is more plausible than the run as written, so legitimate text (<c>SÃO PAULO</c>, <c>Nestlé®</c>) stays;
    /// a reference is decoded only when it is complete (<c>&amp;…;</c>), so <c>AT&amp;T</c> stays. A repaired document's
    /// <see cref="ArticleAnalysis.Text"/> is the repaired text, which every span indexes
    /// (<see cref="ArticleAnalysis.TextRepaired"/>), and <see cref="ArticleAnalysis.Warnings"/> says what was done; text
    /// with nothing to repair is analyzed as given. Applies to plain text (<see cref="TextAnalyzer.Analyze(string, string?)"/>),
    /// not to HTML, whose parser decodes references itself, nor to Markdown; a known title (<see cref="DocumentInput.Title"/>)
    /// over plain text or HTML is repaired too. Turn it off to analyze the text exactly as written.
    /// </summary>
    public bool RepairText { get; init; } = true;

    /// <summary>The entity recognizer to use; the built-in one when <see langword="null"/>.</summary>
    public EntityRecognizer? EntityRecognizer { get; init; }

    /// <summary>The topic classifier to use (for example one loaded with your own model); the built-in one when <see langword="null"/>.</summary>
    public TopicClassifier? TopicClassifier { get; init; }
}
