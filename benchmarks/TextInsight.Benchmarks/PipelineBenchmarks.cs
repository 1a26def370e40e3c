using BenchmarkDotNet.Attributes;
using TextInsight.Entities;
using TextInsight.Serialization;
using TextInsight.Structure;
using TextInsight.Summaries;
using TextInsight.Text;
using TextInsight.Topics;

namespace TextInsight.Benchmarks;

/// <summary>
/// The pipeline stage by stage over <see cref="PipelineSample"/>: each method processes the whole sample, so the reported
/// time is per article (OperationsPerInvoke) and the allocations per article too. Each stage is given the previous
/// stages' results, computed once in setup, as <see cref="TextAnalyzer"/> would pass them.
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
            n += Sentences(s).Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Entities()
    {
        int n = 0;
        for (int i = 0; i < _structures.Length; i++)
        {
            n += EntityRecognizer.Default.Recognize(_structures[i], _sentences[i]).Mentions.Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Topics()
    {
        int n = 0;
        for (int i = 0; i < _structures.Length; i++)
        {
            n += TopicClassifier.Default.Predict(_structures[i].GetBody()).Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int SummaryAndKeyphrases()
    {
        int n = 0;
        for (int i = 0; i < _structures.Length; i++)
        {
            n += Summarizer.Default.Summarize(_structures[i], _sentences[i], _entities[i], SummaryLength.FromSentences(3)).Sentences.Count;
            n += KeyphraseExtractor.Default.Extract(_structures[i], _sentences[i], _entities[i], 10).Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Serialization()
    {
        int n = 0;
        foreach (var a in _analyses)
        {
            n += AnalysisJson.Serialize(AnalysisJson.ToRecord(a)).Length;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Full()
    {
        int n = 0;
        foreach (string t in _texts)
        {
            n += AnalysisJson.Serialize(AnalysisJson.ToRecord(_analyzer.Analyze(t))).Length;
        }

        return n;
    }

    /// <summary><see cref="Full"/> with the articles shared out among <paramref name="threads"/> threads and one shared analyzer (not a BenchmarkDotNet benchmark: <c>--stages</c> times it by wall clock).</summary>
    public int FullParallel(int threads)
    {
        int n = 0;
        Parallel.ForEach(_texts, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
            Interlocked.Add(ref n, AnalysisJson.Serialize(AnalysisJson.ToRecord(_analyzer.Analyze(t))).Length));
        return n;
    }

    private static List<TextSpan> Sentences(ArticleStructure structure)
    {
        var list = new List<TextSpan>();
        foreach (var section in structure.Sections)
        {
            foreach (var p in section.Paragraphs)
            {
                SentenceSplitter.Default.Split(p.Slice(structure.Text), p.Start, list);
            }
        }

        return list;
    }
}
