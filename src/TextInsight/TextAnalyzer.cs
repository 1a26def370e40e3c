using TextInsight.Entities;
using TextInsight.Pipeline;
using TextInsight.Structure;
using TextInsight.Summaries;
using TextInsight.Text;
using TextInsight.Topics;

namespace TextInsight;

/// <summary>
/// The pipeline: one call reads an article's structure, sentences, entities, topics, summary and key phrases.
/// Create one and share it: it loads its models once and is safe to use from many threads at once.
/// </summary>
/// <remarks>
/// The parser reads the structure into an <see cref="ArticleDocument"/>; then each of <see cref="Components"/> runs on it
/// in turn (by default: sentences and tokens, entities, topics, summary, key phrases, as <see cref="TextAnalyzerOptions.Stages"/>
/// chooses). <see cref="CreateBuilder"/> makes a pipeline with components of your own.
/// </remarks>
/// <example>
/// <code>
/// var analyzer = TextAnalyzer.CreateDefault();
/// ArticleAnalysis a = analyzer.Analyze(File.ReadAllText("article.txt"));
/// Console.WriteLine(a.Title);
/// </code>
/// </example>
public sealed partial class TextAnalyzer
{
    private readonly ArticleParser _parser = ArticleParser.Default;
    private readonly HtmlArticleParser _htmlParser = HtmlArticleParser.Default;
    private readonly MarkdownArticleParser _markdownParser = MarkdownArticleParser.Default;
    private readonly IArticleComponent[] _components;

    /// <summary>Creates an analyzer with the built-in models.</summary>
    /// <param name="options">What to do with each document; everything by default.</param>
    public TextAnalyzer(TextAnalyzerOptions? options = null)
        : this(options ?? new TextAnalyzerOptions(), DefaultComponents(options ?? new TextAnalyzerOptions()))
    {
    }

    internal TextAnalyzer(TextAnalyzerOptions options, IArticleComponent[] components)
    {
        Options = options;
        _components = components;
        Components = Array.AsReadOnly(components);
    }

    /// <summary>The components this analyzer runs on each document, in order.</summary>
    public IReadOnlyList<IArticleComponent> Components { get; }

    /// <summary>The options this analyzer was created with.</summary>
    public TextAnalyzerOptions Options { get; }

    /// <summary>Creates an analyzer that runs every stage with the built-in models.</summary>
    public static TextAnalyzer CreateDefault() => new();

    /// <summary>
    /// Starts a pipeline from the built-in components that <paramref name="options"/> chooses, to insert, replace or remove
    /// components by name before <see cref="TextAnalyzerBuilder.Build"/>.
    /// </summary>
    /// <param name="options">The stages and models of the built-in components; everything by default.</param>
    public static TextAnalyzerBuilder CreateBuilder(TextAnalyzerOptions? options = null) => new(options ?? new TextAnalyzerOptions());

    /// <summary>The built-in components <paramref name="options"/> chooses, in their order.</summary>
    internal static IArticleComponent[] DefaultComponents(TextAnalyzerOptions options)
    {
        var stages = options.Stages;
        var list = new List<IArticleComponent>(5);
        if ((stages & (Stages.Sentences | Stages.Summary | Stages.Entities | Stages.Keyphrases)) != 0)
        {
            list.Add(new SentencesComponent(SentenceSplitter.Default));
        }

        if ((stages & Stages.Entities) != 0)
        {
            list.Add(new EntitiesComponent(options.EntityRecognizer ?? EntityRecognizer.Default));
        }

        if ((stages & Stages.Topics) != 0)
        {
            list.Add(new TopicsComponent(options.TopicClassifier ?? TopicClassifier.Default));
        }

        if ((stages & Stages.Summary) != 0)
        {
            list.Add(new SummaryComponent(Summarizer.Default, options.SummaryLength));
        }

        if ((stages & Stages.Keyphrases) != 0)
        {
            list.Add(new KeyphrasesComponent(KeyphraseExtractor.Default, options.MaxKeyphrases));
        }

        return [.. list];
    }

    /// <summary>
    /// Loads the models of the enabled stages and prepares their code now, in parallel on the thread pool, rather than
    /// on the first document. Optional: a program that starts a batch can call it first (without awaiting) so that the
    /// first documents do not wait for the models one after the other.
    /// </summary>
    /// <returns>A task that completes when the stages are ready; it faults if a model cannot be loaded.</returns>
    public Task WarmUpAsync()
    {
        // Enough body sentences for the summary model to be used, not only the fallback.
        const string sample = "Acme Corp. Raises $2 Million\n\nAcme Corp., a software company based in Paris, said on Monday "
            + "that it had raised $2 million from investors. Its chief executive, Jane Doe, said sales grew 12% last year. "
            + "The money will pay for new offices in Berlin and Madrid. Analysts expect the company to hire 40 engineers.";
        var topics = Array.Find(_components, c => c is TopicsComponent) as TopicsComponent;
        var others = new TextAnalyzer(Options, Array.FindAll(_components, c => c != topics));
        var tasks = new List<Task> { Task.Run(() => others.Analyze(sample, "warm-up")) };
        if (topics is not null)
        {
            // The topic model is the slowest to load: it loads beside the other stages, not after them.
            tasks.Add(Task.Run(() => topics.Classifier.Predict(sample, 1)));
        }

        return Task.WhenAll(tasks);
    }

    /// <summary>Analyzes an article given as plain text.</summary>
    /// <param name="text">The article.</param>
    /// <param name="source">Where it came from, carried into the result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ArticleAnalysis Analyze(string text, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AnalyzeText(text, source, CancellationToken.None);
    }

    /// <summary>Analyzes an article given as an HTML page; spans index the extracted text.</summary>
    /// <param name="html">The page.</param>
    /// <param name="source">Where it came from, carried into the result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public ArticleAnalysis AnalyzeHtml(string html, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Analyze(_htmlParser.Parse(html), source, DocumentFormat.Html, CancellationToken.None);
    }

    /// <summary>
    /// Analyzes an article given as Markdown; spans index the plain text rendered from it (<see cref="ArticleAnalysis.Text"/>:
    /// inline markup removed, link and image syntax reduced to the link's text, one line per heading, paragraph, list
    /// item, quote paragraph and table row; see <see cref="MarkdownArticleParser"/>).
    /// </summary>
    /// <param name="markdown">The article as Markdown.</param>
    /// <param name="source">Where it came from, carried into the result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="markdown"/> is null.</exception>
    public ArticleAnalysis AnalyzeMarkdown(string markdown, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return AnalyzeMarkdownText(markdown, source, CancellationToken.None);
    }

    /// <summary>Analyzes an article given as plain text, stopping early when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="text">The article.</param>
    /// <param name="source">Where it came from, carried into the result.</param>
    /// <param name="cancellationToken">
    /// Checked between stages and inside the long ones (between paragraphs while splitting sentences, once per sentence in
    /// the summary's steps over pairs of sentences, between the steps of entity recognition): a cancelled analysis stops
    /// soon with <see cref="OperationCanceledException"/> instead of holding its thread to the end.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ArticleAnalysis Analyze(string text, string? source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        return AnalyzeText(text, source, cancellationToken);
    }

    /// <summary>Analyzes an HTML page, stopping early when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="html">The page.</param>
    /// <param name="source">Where it came from, carried into the result.</param>
    /// <param name="cancellationToken">Checked as by <see cref="Analyze(string, string?, CancellationToken)"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ArticleAnalysis AnalyzeHtml(string html, string? source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        cancellationToken.ThrowIfCancellationRequested();
        return Analyze(_htmlParser.Parse(html), source, DocumentFormat.Html, cancellationToken);
    }

    /// <summary>Analyzes an article given as Markdown, stopping early when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="markdown">The article as Markdown.</param>
    /// <param name="source">Where it came from, carried into the result.</param>
    /// <param name="cancellationToken">Checked as by <see cref="Analyze(string, string?, CancellationToken)"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="markdown"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ArticleAnalysis AnalyzeMarkdown(string markdown, string? source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        cancellationToken.ThrowIfCancellationRequested();
        return AnalyzeMarkdownText(markdown, source, cancellationToken);
    }

    /// <summary>
    /// Analyzes one document as a batch would: in its <see cref="DocumentInput.Format"/> (<see cref="DocumentFormat.Auto"/>
    /// tells HTML, fragments included, from plain text by <see cref="DocumentFormatDetector"/>), with its
    /// <see cref="DocumentInput.Title"/> as the title when it has one (plain text and HTML; Markdown reads its title from
    /// its front matter or first level-1 heading), and with its <see cref="DocumentInput.Published"/> date, when it has
    /// one, as the publication date in place of any the content states. Spans index the result's text.
    /// </summary>
    /// <param name="document">The document; its <see cref="DocumentInput.Source"/> is carried into the result.</param>
    /// <param name="cancellationToken">Checked as by <see cref="Analyze(string, string?, CancellationToken)"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="document"/> is an error (<see cref="DocumentInput.Error"/> is set) rather than content.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ArticleAnalysis Analyze(DocumentInput document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Error is { } error)
        {
            throw new ArgumentException($"The document holds no content but an error: {error.Message}", nameof(document));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return AnalyzeContent(document, document.Content ?? string.Empty, cancellationToken);
    }

    /// <summary>Parses a document's content in its format, with its known title, and runs the components.</summary>
    private ArticleAnalysis AnalyzeContent(DocumentInput document, string content, CancellationToken cancellationToken)
    {
        var format = document.Format == DocumentFormat.Auto ? DocumentFormatDetector.Detect(content) : document.Format;
        string? title = string.IsNullOrWhiteSpace(document.Title) ? null : document.Title;
        var published = document.Published;
        return format switch
        {
            DocumentFormat.Html => AnalyzeHtml(content, title, published, document.Source, cancellationToken),
            DocumentFormat.Markdown => AnalyzeMarkdownText(content, document.Source, cancellationToken, published),
            _ => AnalyzeText(content, document.Source, cancellationToken, title, published),
        };
    }

    // A known title is given apart from the page, so the HTML parser never decodes it: it is repaired as plain text's
    // known title is (a CMS export's title column holds the same references and mis-decoding as its text column).
    private ArticleAnalysis AnalyzeHtml(string html, string? title, DateOnly? published, string? source, CancellationToken cancellationToken)
    {
        TextRepairResult? titleRepair = Options.RepairText && title is not null ? TextRepair.Repair(title) : null;
        if (titleRepair is not null)
        {
            title = string.IsNullOrWhiteSpace(titleRepair.Text) ? null : titleRepair.Text;
        }

        var structure = WithRepairWarnings(_htmlParser.Parse(html, title), titleRepair, inTitle: true);
        return Analyze(structure, source, DocumentFormat.Html, cancellationToken, titleGiven: title is not null, repaired: titleRepair is not null, published: published);
    }

    // The rendered Markdown is parsed with its case restored, as plain text is: the structure parser reads capitals to
    // tell headings and the headline from body lines that the Markdown did not mark (restoring after parsing, as for
    // HTML, read a lower-case document's unmarked headings as body sentences).
    private ArticleAnalysis AnalyzeMarkdownText(string markdown, string? source, CancellationToken cancellationToken, DateOnly? published = null)
    {
        string? rendered = null;
        string? warning = null;
        var structure = _markdownParser.Parse(markdown, text =>
        {
            rendered = text;
            if (RestoreCase(text) is var (restored, caseWarning))
            {
                warning = caseWarning;
                return restored;
            }

            return null;
        });

        return warning is null || rendered is null
            ? Run(structure, null, null, source, DocumentFormat.Markdown, cancellationToken, published: published)
            : Run(structure, structure.WithText(rendered), warning, source, DocumentFormat.Markdown, cancellationToken, published: published);
    }

    /// <summary>Runs the stages after structure on an already parsed article.</summary>
    /// <param name="structure">The article's structure.</param>
    /// <param name="source">Where it came from, carried into the result.</param>
    public ArticleAnalysis Analyze(ArticleStructure structure, string? source = null) => Analyze(structure, source, DocumentFormat.PlainText, CancellationToken.None);

    /// <remarks>
    /// <paramref name="cancellationToken"/> is checked between components and inside the long ones (between paragraphs
    /// while splitting sentences, once per sentence in the summary's quadratic steps, between the steps of entity
    /// recognition), so that a document over the batch's time limit stops soon instead of holding its thread to the end.
    /// </remarks>
    private ArticleAnalysis Analyze(ArticleStructure structure, string? source, DocumentFormat format, CancellationToken cancellationToken, bool titleGiven = false, bool repaired = false, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(structure);
        if (RestoreCase(structure.Text, structure.SoftLineBreaks) is var (restored, warning))
        {
            // The stages read case; they run on the text with its case restored, char for char, so every span they
            // find indexes the user's text as well, which the result then carries.
            return Run(structure.WithText(restored), structure, warning, source, format, cancellationToken, titleGiven, repaired, published);
        }

        return Run(structure, null, null, source, format, cancellationToken, titleGiven, repaired, published);
    }

    // Plain text is repaired first (mis-decoded characters, HTML references: the repaired text, of another length, is
    // the one every span indexes), then parsed with its case restored: the parser reads capitals too (headlines,
    // bylines). A known title (title not null, repaired as the text is) is parsed as ParseWithTitle does: the title
    // line, a blank line, the text.
    private ArticleAnalysis AnalyzeText(string text, string? source, CancellationToken cancellationToken, string? title = null, DateOnly? published = null)
    {
        TextRepairResult? repair = Options.RepairText ? TextRepair.Repair(text) : null;
        if (repair is not null)
        {
            text = repair.Text;
        }

        TextRepairResult? titleRepair = Options.RepairText && title is not null ? TextRepair.Repair(title) : null;
        if (titleRepair is not null)
        {
            title = titleRepair.Text;
        }

        bool repaired = repair is not null || titleRepair is not null;
        string? line = title is null ? null : ArticleParser.TitleLine(title);
        if (line is { Length: 0 })
        {
            line = null;
        }

        string whole = line is null ? text : string.Concat(line, "\n\n", text);
        if (RestoreCase(whole) is var (restored, warning))
        {
            // Restoration is char for char: the restored title and body are where the given ones are.
            var structure = line is null ? _parser.Parse(restored) : _parser.ParseWithTitle(restored[..line.Length], restored[(line.Length + 2)..]);
            structure = WithRepairWarnings(WithRepairWarnings(structure, titleRepair, inTitle: true), repair);
            return Run(structure, structure.WithText(whole), warning, source, DocumentFormat.PlainText, cancellationToken, line is not null, repaired, published);
        }

        var parsed = line is null ? _parser.Parse(text) : _parser.ParseWithTitle(line, text);
        return Run(WithRepairWarnings(WithRepairWarnings(parsed, titleRepair, inTitle: true), repair), null, null, source, DocumentFormat.PlainText, cancellationToken, line is not null, repaired, published);
    }

    // inTitle: the repair was of a known title, which its warnings say (a title and its text each repaired would else give
    // two like warnings with two counts and nothing to tell them apart).
    private static ArticleStructure WithRepairWarnings(ArticleStructure structure, TextRepairResult? repair, bool inTitle = false)
    {
        if (repair is not null)
        {
            foreach (var warning in repair.Warnings())
            {
                structure = structure.WithWarning(inTitle ? warning + " in the title" : warning);
            }
        }

        return structure;
    }

    // wrapped: whether the text may be hard-wrapped text that the structure parser joins (plain text, rendered Markdown, a
    // structure parsed so), so that its case is restored on its joined paragraphs; HTML's extracted lines are never joined.
    private (string Text, string Warning)? RestoreCase(string text, bool wrapped = true)
    {
        if (!Options.RestoreCase || TrueCaser.Default is not { } truecaser || truecaser.Restore(text, out var stretches) is not { } restored)
        {
            return null;
        }

        // The truecaser reads line by line, each line's first word a sentence's start: a hard-wrapped text's lines are
        // pieces of paragraphs (their first words got capitals: "Centralized", "All"), so its case is restored on its
        // paragraphs joined as the parser joins them, and the line breaks are put back (restoration is char for char).
        if (wrapped && TextUnitReader.JoinWrappedLines(text) is { } joined && truecaser.Restore(joined, out var joinedStretches) is { } onParagraphs)
        {
            restored = string.Create(text.Length, (text, onParagraphs), static (buffer, state) =>
            {
                state.onParagraphs.AsSpan().CopyTo(buffer);
                for (int i = 0; i < buffer.Length; i++)
                {
                    if (state.text[i] is '\n' or '\r')
                    {
                        buffer[i] = state.text[i];
                    }
                }
            });
            stretches = joinedStretches;
        }

        return (restored, CaseWarning(stretches, text.Length));
    }

    // original: the structure over the user's text when the stages read its case-restored copy (structure), else null.
    // titleGiven: the title was given apart from the content; repaired: the text is the plain text given with
    // mis-decoded characters or references repaired. published: the date given with the document, which takes the place
    // of any the parser read (a dateline that disagrees is more often an update's time than a wrong column), so that
    // relative dates resolve against it.
    private ArticleAnalysis Run(ArticleStructure structure, ArticleStructure? original, string? warning, string? source, DocumentFormat format, CancellationToken cancellationToken, bool titleGiven = false, bool repaired = false, DateOnly? published = null)
    {
        if (published is { } date)
        {
            structure = structure.WithPublished(date);
            original = original?.WithPublished(date);
        }

        var document = new ArticleDocument(structure, source, format);
        try
        {
            foreach (var component in _components)
            {
                cancellationToken.ThrowIfCancellationRequested();
                component.Process(document, cancellationToken);
            }

            var layers = document.Layers.Count == 0 ? null : new Dictionary<string, object>(document.Layers, StringComparer.Ordinal).AsReadOnly();

            // The body as the stages read it (case restored), so that English in capitals is judged as English.
            var verdict = LanguageCheck.Check(structure, EnglishLexicon.Default);
            string? language = verdict.Decision == LanguageDecision.NotEnglish ? verdict.Tag : null;
            if (original is null || warning is null)
            {
                return new ArticleAnalysis(
                    source, language is null ? structure : structure.WithWarning(verdict.Warning()), document.Sentences, document.Entities,
                    document.Topics, document.Summary, document.Keyphrases, format, document.Body, layers, titleGiven, repaired, language);
            }

            var shown = original.WithWarning(warning);
            return new ArticleAnalysis(
                source, language is null ? shown : shown.WithWarning(verdict.Warning()), document.Sentences, ShowOriginal(document.Entities, original.Text),
                document.Topics, Summaries.Summarizer.Create(original.Text, document.Summary.Sentences), document.Keyphrases, format,
                original.GetBody(), layers, titleGiven, repaired, language);
        }
        finally
        {
            document.Release();
        }
    }

    /// <summary>The warning of a document whose case was restored (e.g. "text in lower case; case restored for analysis").</summary>
    internal static string CaseWarning(List<CaseStretch> stretches, int length)
    {
        if (stretches.Count == 1 && stretches[0].Length == length)
        {
            return stretches[0].Upper ? "text in capitals; case restored for analysis" : "text in lower case; case restored for analysis";
        }

        return stretches.Count == 1
            ? "a paragraph in capitals; its case restored for analysis"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{stretches.Count} paragraphs in capitals; their case restored for analysis");
    }

    // Mentions show the user's text; the entity summary's names keep the restored case (Ruth Suehle, not ruth suehle).
    private static EntityAnalysis ShowOriginal(EntityAnalysis entities, string text)
    {
        if (entities.Mentions.Count == 0)
        {
            return entities;
        }

        var mentions = new EntityMention[entities.Mentions.Count];
        for (int i = 0; i < mentions.Length; i++)
        {
            var m = entities.Mentions[i];
            mentions[i] = m with { Text = m.Span.GetText(text) };
        }

        return entities with { Mentions = mentions };
    }
}
