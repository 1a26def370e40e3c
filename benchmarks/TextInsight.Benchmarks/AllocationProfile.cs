using System.Globalization;
using TextInsight.Entities;
using TextInsight.Entities.Rules;
using TextInsight.Pipeline;
using TextInsight.Serialization;
using TextInsight.Structure;
using TextInsight.Summaries;
using TextInsight.Text;
using TextInsight.Topics;

namespace TextInsight.Benchmarks;

/// <summary>
/// <c>--alloc</c>: bytes allocated per article by each step of the pipeline over <see cref="PipelineSample"/>, finer than
/// <c>--stages</c> (the tagger, the name rules, numbers and linking, the summary, the key phrases, the record and its
/// JSON), so that allocation work starts where the bytes are. Counted on this thread, after one warm-up pass.
/// </summary>
internal static class AllocationProfile
{
    public static void Run()
    {
        var texts = PipelineSample.Texts;
        var analyzer = TextAnalyzer.CreateDefault();
        var tagger = NamedEntityTagger.Default;
        var rules = new NameRules(tagger);
        var sentences = new SentencesComponent(SentenceSplitter.Default);
        var summary = new SummaryComponent(Summarizer.Default, SummaryLength.Default);
        var keyphrases = new KeyphrasesComponent(KeyphraseExtractor.Default, TextAnalyzerOptions.DefaultMaxKeyphrases);
        var topics = new TopicsComponent(TopicClassifier.Default);
        // Bytes per step, in the order the steps run.
        var steps = new Dictionary<string, long>();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 16);
        for (int pass = 0; pass < 2; pass++)
        {
            steps.Clear();

            foreach (string t in texts)
            {
                long a = GC.GetAllocatedBytesForCurrentThread();
                void Step(string name)
                {
                    long b = GC.GetAllocatedBytesForCurrentThread();
                    steps[name] = steps.GetValueOrDefault(name) + b - a;
                    a = GC.GetAllocatedBytesForCurrentThread();
                }

                var structure = ArticleParser.Default.Parse(t);
                Step("structure");
                var doc = new ArticleDocument(structure, null, DocumentFormat.PlainText);
                sentences.Process(doc, CancellationToken.None);
                Step("sentences+tokens");
                var headlines = new HashSet<TextSpan>();
                if (structure.Title is { Length: > 0 } title)
                {
                    headlines.Add(title);
                }

                var tokens = new List<Token>(doc.Tokens.Length + 16);
                var names = tagger.Tag(doc, tokens);
                Step("tagger");
                var ruled = rules.Apply(structure.Text, doc.Segments, headlines, names, tokens);
                Step("name rules");
                a = GC.GetAllocatedBytesForCurrentThread();
                doc.Entities = EntityRecognizer.Default.Recognize(structure, doc.Sentences, ruled);
                Step("numbers+linking");
                topics.Process(doc, CancellationToken.None);
                Step("topics");
                summary.Process(doc, CancellationToken.None);
                Step("summary");
                keyphrases.Process(doc, CancellationToken.None);
                Step("keyphrases");
                doc.Release();
                a = GC.GetAllocatedBytesForCurrentThread();
                var analysis = analyzer.Analyze(t);
                Step("full Analyze");
                var record = AnalysisJson.ToRecord(analysis);
                Step("record");
                _ = AnalysisJson.Serialize(record);
                Step("json (string)");
                buffer.ResetWrittenCount();
                using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
                {
                    AnalysisJson.Write(writer, record);
                }

                Step("json (buffer writer)");
                _ = AnalysisJson.Serialize(AnalysisJson.ToRecord(analyzer.Analyze(t)));
                Step("full Analyze + json");
            }
        }

        Console.WriteLine($"{texts.Length} articles from {PipelineSample.Source}; KB allocated per article, second pass");
        foreach (var (name, bytes) in steps)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-22} {bytes / 1024.0 / texts.Length,8:0.0}"));
        }
    }
}
