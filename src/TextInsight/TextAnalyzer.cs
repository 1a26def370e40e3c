using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using TextInsight.Entities;
using TextInsight.Structure;
using TextInsight.Summaries;
using TextInsight.Text;
using TextInsight.Topics;

namespace TextInsight;

/// <summary>
/// The pipeline: one call reads an article's structure, sentences, entities, topics, summary and key phrases.
/// Create one and share it: it loads its models once and is safe to use from many threads at once.
/// </summary>
/// <example>
/// <code>
/// var analyzer = TextAnalyzer.CreateDefault();
/// ArticleAnalysis a = analyzer.Analyze(File.ReadAllText("article.txt"));
/// Console.WriteLine(a.Title);
/// </code>
/// </example>
public sealed class TextAnalyzer
{
    private readonly ArticleParser _parser = ArticleParser.Default;
    private readonly HtmlArticleParser _htmlParser = HtmlArticleParser.Default;
    private readonly SentenceSplitter _splitter = SentenceSplitter.Default;
    private readonly Summarizer _summarizer = Summarizer.Default;
    private readonly KeyphraseExtractor _keyphraseExtractor = KeyphraseExtractor.Default;
    private readonly EntityRecognizer _entityRecognizer;
    private readonly TopicClassifier _topicClassifier;

    /// <summary>Creates an analyzer with the built-in models.</summary>
    /// <param name="options">What to do with each document; everything by default.</param>
    public TextAnalyzer(TextAnalyzerOptions? options = null)
    {
        Options = options ?? new TextAnalyzerOptions();
        _entityRecognizer = Options.EntityRecognizer ?? EntityRecognizer.Default;
        _topicClassifier = Options.TopicClassifier ?? TopicClassifier.Default;
    }

    /// <summary>The options this analyzer was created with.</summary>
    public TextAnalyzerOptions Options { get; }

    /// <summary>Creates an analyzer that runs every stage with the built-in models.</summary>
    public static TextAnalyzer CreateDefault() => new();

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
        var stages = Options.Stages;
        var others = new TextAnalyzer(Options with { Stages = stages & ~Stages.Topics });
        var tasks = new List<Task> { Task.Run(() => others.Analyze(sample, "warm-up")) };
        if ((stages & Stages.Topics) != 0)
        {
            // The topic model is the slowest to load: it loads beside the other stages, not after them.
            tasks.Add(Task.Run(() => _topicClassifier.Predict(sample, 1)));
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
        return Analyze(_parser.Parse(text), source, DocumentFormat.PlainText, CancellationToken.None);
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
        return Analyze(_parser.Parse(text), source, DocumentFormat.PlainText, cancellationToken);
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

    /// <summary>Runs the stages after structure on an already parsed article.</summary>
    /// <param name="structure">The article's structure.</param>
    /// <param name="source">Where it came from, carried into the result.</param>
    public ArticleAnalysis Analyze(ArticleStructure structure, string? source = null) => Analyze(structure, source, DocumentFormat.PlainText, CancellationToken.None);

    /// <remarks>
    /// <paramref name="cancellationToken"/> is checked between stages, between paragraphs while splitting sentences and
    /// once per sentence in the summary's quadratic steps (a load of a field: nothing on the hot path), and between the
    /// steps of entity recognition (tagging, name rules, numbers and linking), so that a document over the batch's time
    /// limit stops soon instead of holding its thread to the end; each step, once started, finishes first.
    /// </remarks>
    private ArticleAnalysis Analyze(ArticleStructure structure, string? source, DocumentFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(structure);
        var stages = Options.Stages;
        string text = structure.Text;

        IReadOnlyList<TextSpan> sentences = [];
        if ((stages & (Stages.Sentences | Stages.Summary | Stages.Entities | Stages.Keyphrases)) != 0)
        {
            var list = new List<TextSpan>();
            foreach (var section in structure.Sections)
            {
                foreach (var p in section.Paragraphs)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    _splitter.Split(p.Slice(text), p.Start, list);
                }
            }

            sentences = list;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var entities = (stages & Stages.Entities) != 0
            ? _entityRecognizer.Recognize(structure, sentences, source, cancellationToken)
            : EntityAnalysis.Empty;

        cancellationToken.ThrowIfCancellationRequested();
        string body = structure.GetBody();
        IReadOnlyList<TopicScore> topics = (stages & Stages.Topics) != 0
            ? _topicClassifier.Predict(body)
            : [];

        cancellationToken.ThrowIfCancellationRequested();
        var summary = (stages & Stages.Summary) != 0
            ? _summarizer.Summarize(structure, sentences, entities, Options.SummaryLength, cancellationToken)
            : Summary.Empty;

        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<Keyphrase> keyphrases = (stages & Stages.Keyphrases) != 0
            ? _keyphraseExtractor.Extract(structure, sentences, entities, Options.MaxKeyphrases)
            : [];

        return new ArticleAnalysis(source, structure, sentences, entities, topics, summary, keyphrases, format, body);
    }

    /// <summary>
    /// Analyzes many documents on several threads and returns one result per document, in input order, as each is
    /// ready. At most <see cref="BatchOptions.MaxPending"/> documents are held at once, so memory does not grow with the batch.
    /// A document that cannot be read or analyzed gives an error result; the batch goes on.
    /// </summary>
    /// <param name="documents">The documents, in order.</param>
    /// <param name="options">Parallelism and limits.</param>
    /// <param name="cancellationToken">Stops the batch; results already returned stay valid.</param>
    public async IAsyncEnumerable<DocumentResult> AnalyzeManyAsync(
        IAsyncEnumerable<DocumentInput> documents,
        BatchOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new BatchOptions();
        int parallel = options.MaxDegreeOfParallelism;
        if (parallel < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), parallel, "MaxDegreeOfParallelism must be at least 1.");
        }

        int pending = Math.Max(1, options.MaxPending ?? parallel * 4);
        var channel = Channel.CreateBounded<Task<DocumentResult>>(new BoundedChannelOptions(pending)
        {
            SingleReader = true,
            SingleWriter = true,
        });

        // Not disposed: a running analysis may still release it after the consumer has stopped early.
        var gate = new SemaphoreSlim(parallel);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    long index = 0;
                    await foreach (var document in documents.WithCancellation(stop.Token).ConfigureAwait(false))
                    {
                        await gate.WaitAsync(stop.Token).ConfigureAwait(false);
                        long i = index++;
                        var limit = options.TimeoutPerDocument;

                        // The time limit also cancels the analysis itself, which stops at its next stage and frees its
                        // thread; WithTimeout gives the error record at the limit even if a stage runs on past it.
                        var deadline = limit is { } l ? new CancellationTokenSource(l, options.TimeProvider) : null;
                        var task = Task.Run(
                            () =>
                            {
                                try
                                {
                                    return AnalyzeOne(document, i, limit, deadline?.Token ?? CancellationToken.None);
                                }
                                finally
                                {
                                    deadline?.Dispose();
                                    gate.Release();
                                }
                            },
                            CancellationToken.None);
                        var timed = limit is { } max ? WithTimeout(task, document, i, max, options.TimeProvider) : task;
                        await channel.Writer.WriteAsync(timed, stop.Token).ConfigureAwait(false);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception ex)
                {
                    channel.Writer.Complete(ex);
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (var task in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return await task.ConfigureAwait(false);
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Analyzes many documents; see <see cref="AnalyzeManyAsync(IAsyncEnumerable{DocumentInput}, BatchOptions?, CancellationToken)"/>.</summary>
    public IAsyncEnumerable<DocumentResult> AnalyzeManyAsync(
        IEnumerable<DocumentInput> documents,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return AnalyzeManyAsync(documents.ToAsyncEnumerable(), options, cancellationToken);
    }

    /// <summary>Analyzes one document of a batch, turning every failure into an error result, and a cancellation by <paramref name="deadline"/> into a timeout.</summary>
    internal DocumentResult AnalyzeOne(DocumentInput document, long index, TimeSpan? limit, CancellationToken deadline)
    {
        var result = new DocumentResult { Source = document.Source, Index = index, Warnings = document.Warnings };
        if (document.Error is { } readError)
        {
            return result with { Error = readError };
        }

        string content = document.Content ?? string.Empty;
        if (content.Length == 0)
        {
            return result with { Error = new DocumentError(ErrorCodes.EmptyDocument, $"{document.Source}: the document is empty.") };
        }

        if (content.AsSpan().IsWhiteSpace())
        {
            return result with { Error = new DocumentError(ErrorCodes.WhitespaceOnly, $"{document.Source}: the document holds only white space ({content.Length} characters).") };
        }

        try
        {
            deadline.ThrowIfCancellationRequested();
            var analysis = document.Format == DocumentFormat.Html
                ? Analyze(_htmlParser.Parse(content), document.Source, DocumentFormat.Html, deadline)
                : Analyze(_parser.Parse(content), document.Source, DocumentFormat.PlainText, deadline);
            return result with { Analysis = analysis };
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return TimedOut(document, index, limit ?? TimeSpan.Zero);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return result with { Error = new DocumentError(ErrorCodes.AnalysisFailed, $"{document.Source}: analysis failed: {ex.GetType().Name}: {ex.Message}") };
        }
    }

    private static async Task<DocumentResult> WithTimeout(Task<DocumentResult> task, DocumentInput document, long index, TimeSpan limit, TimeProvider clock)
    {
        try
        {
            return await task.WaitAsync(limit, clock).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return TimedOut(document, index, limit);
        }
    }

    private static DocumentResult TimedOut(DocumentInput document, long index, TimeSpan limit) => new()
    {
        Source = document.Source,
        Index = index,
        Warnings = document.Warnings,
        Error = new DocumentError(ErrorCodes.Timeout, string.Create(CultureInfo.InvariantCulture, $"{document.Source}: analysis took longer than the limit of {limit.TotalSeconds:0.###} s per document.")),
    };
}
