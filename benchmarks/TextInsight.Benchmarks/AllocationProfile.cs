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
    public static void Run(string? step = null)
    {
        using var types = new AllocationTypes();
        var texts = PipelineSample.Texts;
        var analyzer = TextAnalyzer.CreateDefault();
        var tagger = NamedEntityTagger.Default;
        var rules = new NameRules(tagger);
        var sentences = new SentencesComponent(SentenceSplitter.Default);
        var summary = new SummaryComponent(Summarizer.Default, SummaryLength.Default);
        var keyphrases = new KeyphrasesComponent(KeyphraseExtractor.Default, TextAnalyzerOptions.DefaultMaxKeyphrases);
        var topics = new TopicsComponent(TopicClassifier.Default);
        var steps = new Dictionary<string, long>();
        string[] order = ["structure", "sentences+tokens", "tagger", "name rules", "numbers+linking", "topics", "summary", "keyphrases", "record", "json (string)", "json (buffer writer)", "full Analyze", "full Analyze + json"];
        string[] executed = ["structure", "sentences+tokens", "tagger", "name rules", "numbers+linking", "topics", "summary", "keyphrases", "full Analyze", "record", "json (string)", "json (buffer writer)", "full Analyze + json"];
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 16);
        for (int pass = 0; pass < 2; pass++)
        {
            types.Enabled = pass == 1 && step is not null;
            foreach (string k in order)
            {
                steps[k] = 0;
            }

            foreach (string t in texts)
            {
                types.Enabled = pass == 1 && step == executed[0];
                long a = GC.GetAllocatedBytesForCurrentThread();
                void Step(string name)
                {
                    types.Enabled = false;
                    long b = GC.GetAllocatedBytesForCurrentThread();
                    steps[name] += b - a;
                    int next = Array.IndexOf(executed, name) + 1;
                    types.Enabled = pass == 1 && next < executed.Length && executed[next] == step;
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
        foreach (string k in order)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{k,-22} {steps[k] / 1024.0 / texts.Length,8:0.0}"));
        }

        if (step is not null)
        {
            Console.WriteLine($"sampled allocations of step '{step}' by type (one sample per about 100 KB):");
            types.Print(texts.Length);
        }
    }
}

/// <summary>
/// The runtime's allocation samples (one event per about 100 KB, with the type of the object that crossed the mark),
/// summed by type: which objects the allocated bytes are, for <c>--alloc types</c>.
/// </summary>
internal sealed class AllocationTypes : System.Diagnostics.Tracing.EventListener
{
    private readonly Dictionary<string, long> _bytes = [];

    public bool Enabled { get; set; }

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (!Enabled || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }

        int typeIndex = e.PayloadNames!.IndexOf("TypeName");
        int amountIndex = e.PayloadNames.IndexOf("AllocationAmount64");
        string type = typeIndex >= 0 ? e.Payload[typeIndex] as string ?? "?" : "?";
        long amount = amountIndex >= 0 ? Convert.ToInt64(e.Payload[amountIndex], CultureInfo.InvariantCulture) : 100_000;
        lock (_bytes)
        {
            _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
        }
    }

    public void Print(int articles)
    {
        lock (_bytes)
        {
            foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(40))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / articles,8:0.0} KB  {type}"));
            }
        }
    }
}
