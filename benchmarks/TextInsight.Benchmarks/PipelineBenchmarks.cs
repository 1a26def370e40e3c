using BenchmarkDotNet.Attributes;
using TextInsight.Entities;
using TextInsight.Pipeline;
using TextInsight.Serialization;
using TextInsight.Structure;
using TextInsight.Summaries;
using TextInsight.Text;
using TextInsight.Topics;

namespace TextInsight.Benchmarks;

/// <summary>
/// The pipeline stage by stage over <see cref="PipelineSample"/>: each method processes the whole sample, so the reported
/// time is per article (OperationsPerInvoke) and the allocations per article too. Each stage is the analyzer's own
/// component, run over <see cref="ArticleDocument"/>s that hold the previous stages' layers (computed once in setup), as
/// <see cref="TextAnalyzer"/> runs them: the tokens are built once, by the sentences component.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private const int Articles = 198;
    private readonly TextAnalyzer _analyzer = TextAnalyzer.CreateDefault();
    private string[] _texts = [];
    private ArticleStructure[] _structures = [];
    private List<TextSpan>[] _sentences = [];
    private EntityAnalysis[] _entities = [];
    private string[] _bodies = [];
    private ArticleAnalysis[] _analyses = [];
    private ArticleDocument[] _documents = [];
    private readonly SentencesComponent _sentencesComponent = new(SentenceSplitter.Default);
    private readonly EntitiesComponent _entitiesComponent = new(EntityRecognizer.Default);
    private readonly TopicsComponent _topicsComponent = new(TopicClassifier.Default);
    private readonly SummaryComponent _summaryComponent = new(Summarizer.Default, SummaryLength.FromSentences(3));
    private readonly KeyphrasesComponent _keyphrasesComponent = new(KeyphraseExtractor.Default, 10);

    [GlobalSetup]
    public void Setup()
    {
        _texts = PipelineSample.Texts;
        if (_texts.Length != Articles)
        {
            // OperationsPerInvoke is a constant: without the BBC data the corpus stands in, and the per-article figures
            // are then scaled wrongly. Say so rather than report them.
            Console.Error.WriteLine($"PipelineBenchmarks: {_texts.Length} articles from {PipelineSample.Source}, not {Articles}: per-article figures are off by {(double)Articles / _texts.Length:0.00}x");
        }

        _structures = _texts.Select(ArticleParser.Default.Parse).ToArray();
        _sentences = _structures.Select(Sentences).ToArray();
        _entities = _structures.Select((s, i) => EntityRecognizer.Default.Recognize(s, _sentences[i])).ToArray();
        _bodies = _structures.Select(s => s.GetBody()).ToArray();
        _analyses = _texts.Select(t => _analyzer.Analyze(t)).ToArray();
        _documents = _structures.Select(s => new ArticleDocument(s, null, DocumentFormat.PlainText)).ToArray();
        foreach (var d in _documents)
        {
            _sentencesComponent.Process(d, CancellationToken.None);
            _entitiesComponent.Process(d, CancellationToken.None);
        }

        _ = TopicClassifier.Default.Predict(_bodies[0]);
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Structure()
    {
        int n = 0;
        foreach (string t in _texts)
        {
            n += ArticleParser.Default.Parse(t).Sections.Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int TokensAndSentences()
    {
        int n = 0;
        foreach (var s in _structures)
        {
            var d = new ArticleDocument(s, null, DocumentFormat.PlainText);
            _sentencesComponent.Process(d, CancellationToken.None);
            n += d.Tokens.Length;
            d.Release();
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Entities()
    {
        int n = 0;
        foreach (var d in _documents)
        {
            _entitiesComponent.Process(d, CancellationToken.None);
            n += d.Entities.Mentions.Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Topics()
    {
        int n = 0;
        foreach (var d in _documents)
        {
            _topicsComponent.Process(d, CancellationToken.None);
            n += d.Topics.Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int SummaryAndKeyphrases()
    {
        int n = 0;
        foreach (var d in _documents)
        {
            _summaryComponent.Process(d, CancellationToken.None);
            _keyphrasesComponent.Process(d, CancellationToken.None);
            n += d.Summary.Sentences.Count + d.Keyphrases.Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Serialization()
    {
        int n = 0;
        foreach (var a in _analyses)
        {
            n += WriteJson(AnalysisJson.ToRecord(a));
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Full()
    {
        int n = 0;
        foreach (string t in _texts)
        {
            n += WriteJson(AnalysisJson.ToRecord(_analyzer.Analyze(t)));
        }

        return n;
    }

    /// <summary><see cref="Full"/> with the articles shared out among <paramref name="threads"/> threads and one shared analyzer (not a BenchmarkDotNet benchmark: <c>--stages</c> times it by wall clock).</summary>
    public int FullParallel(int threads)
    {
        int n = 0;
        Parallel.ForEach(_texts, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
            Interlocked.Add(ref n, WriteJson(AnalysisJson.ToRecord(_analyzer.Analyze(t)))));
        return n;
    }

    [ThreadStatic]
    private static (System.Buffers.ArrayBufferWriter<byte> Buffer, System.Text.Json.Utf8JsonWriter Writer)? t_json;

    /// <summary>
    /// Writes a record's JSON as the command line does (<see cref="AnalysisJson.Write"/> to a UTF-8 writer over a reused
    /// buffer, not to a string) and returns its length in bytes.
    /// </summary>
    private static int WriteJson(AnalysisRecord record)
    {
        if (t_json is not { } json)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 16);
            json = (buffer, new System.Text.Json.Utf8JsonWriter(buffer));
            t_json = json;
        }

        json.Buffer.ResetWrittenCount();
        json.Writer.Reset();
        AnalysisJson.Write(json.Writer, record);
        json.Writer.Flush();
        return json.Buffer.WrittenCount;
    }

    private static List<TextSpan> Sentences(ArticleStructure structure)
    {
        var list = new List<TextSpan>();
        list.AddRange(structure.SplitSentences());

        return list;
    }
}
