using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using TextInsight.Structure;
using TextInsight.Structure.Html;

namespace TextInsight.Benchmarks;

/// <summary>
/// <c>--input-formats plain|fragments|titles</c>: what <see cref="DocumentFormatDetector"/> and a known title do on real
/// data, each set split into a tune and a check part by an FNV-1a hash of the document's id (even: tune).
/// <c>plain</c>: how many real plain texts read as HTML (BBC of both folders, CoNLL-2003 dev documents joined as text,
/// the extraction truths' articleBody, corpus/, the seed). <c>fragments</c>: for the extraction pages, the page, its
/// body's inner HTML, its <c>article</c> (or <c>main</c>) element, and the truth's paragraphs as <c>&lt;p&gt;</c>s (a CMS
/// export): how many read as HTML, and the body's word 4-gram F1 against the truth. <c>titles</c>: each BBC article as a
/// row (first line the title, the rest the body) against its file: titles, bodies and sentences that differ.
/// </summary>
internal static class InputFormats
{
    public static void Run(string what)
    {
        string data = Path.GetFullPath(Path.Combine(BenchmarkInput.FindRoot(), "..", "shared", "data"));
        switch (what)
        {
            case "plain":
                Plain(data);
                break;
            case "fragments":
                Fragments(data);
                break;
            case "titles":
                Titles(data);
                break;
            default:
                Console.Error.WriteLine("--input-formats plain|fragments|titles");
                break;
        }
    }

    private static string Part(string id)
    {
        uint h = 2166136261;
        foreach (char c in id)
        {
            h = (h ^ c) * 16777619;
        }

        return (h & 1) == 0 ? "tune" : "check";
    }

    private static void Plain(string data)
    {
        var texts = new List<(string Set, string Id, string Text)>();
        foreach (var dir in new[] { "bbc/articles", "bbc-2020-dev/articles" })
        {
            foreach (var f in Directory.EnumerateFiles(Path.Combine(data, dir), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                texts.Add((dir, f, TextDecoding.Decode(File.ReadAllBytes(f), out _)));
            }
        }

        // CoNLL-2003 dev documents joined as text: a sentence a line, its tokens joined by spaces.
        var doc = new StringBuilder();
        var sentence = new List<string>();
        int n = 0;
        foreach (var line in File.ReadLines(Path.Combine(data, "conll2003", "dev.txt")).Append("-DOCSTART- -X- O O"))
        {
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (sentence.Count > 0)
                {
                    doc.AppendLine(string.Join(' ', sentence));
                    sentence.Clear();
                }

                if (line.Length > 0 && doc.Length > 0)
                {
                    texts.Add(("conll-dev", "conll" + n++, doc.ToString()));
                    doc.Clear();
                }

                continue;
            }

            sentence.Add(line.Split(' ')[0]);
        }

        foreach (var (_, id, truth, _) in Pages(data, read: false))
        {
            if (truth.Length > 0)
            {
                texts.Add(("truths", id, truth));
            }
        }

        foreach (var f in Directory.EnumerateFiles(Path.Combine(BenchmarkInput.FindRoot(), "corpus"), "*.txt"))
        {
            texts.Add(("corpus", f, File.ReadAllText(f)));
        }

        texts.Add(("seed", "seed", File.ReadAllText(Path.Combine(data, "..", "seed-article.txt"))));
        var counts = new SortedDictionary<string, (int N, int Html)>(StringComparer.Ordinal);
        foreach (var (set, id, text) in texts)
        {
            string key = set + " " + Part(id);
            var c = counts.GetValueOrDefault(key);
            bool html = DocumentFormatDetector.Detect(text) == DocumentFormat.Html;
            if (html)
            {
                Console.WriteLine($"read as HTML: {set} {id}");
            }

            counts[key] = (c.N + 1, c.Html + (html ? 1 : 0));
        }

        foreach (var (key, c) in counts)
        {
            Console.WriteLine($"plain {key}: {c.Html} of {c.N} read as HTML");
        }

        // What the sniff costs a reader: every text detected again, five times, after a first pass that warms it up.
        long chars = 0;
        foreach (var (_, _, text) in texts)
        {
            chars += Math.Min(text.Length, 65536);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int detected = 0;
        for (int round = 0; round < 5; round++)
        {
            foreach (var (_, _, text) in texts)
            {
                detected += DocumentFormatDetector.Detect(text) == DocumentFormat.Html ? 1 : 0;
            }
        }

        clock.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sniff: {texts.Count * 5} texts, {chars * 5 / 1e6:F1} M chars read in {clock.Elapsed.TotalMilliseconds:F0} ms ({chars * 5 / clock.Elapsed.TotalSeconds / 1e6:F0} M chars/s, {clock.Elapsed.TotalMilliseconds * 1000 / (texts.Count * 5):F1} µs a text), {allocated} bytes allocated, {detected} read as HTML"));
    }

    private static void Fragments(string data)
    {
        var parser = new HtmlParser();
        var extractor = HtmlArticleParser.Default;
        var stats = new SortedDictionary<string, (int N, int Html, List<ShingleCounts> Scores)>(StringComparer.Ordinal);
        void Add(string key, string content, string truth)
        {
            var s = stats.TryGetValue(key, out var got) ? got : (N: 0, Html: 0, Scores: new List<ShingleCounts>());
            bool html = DocumentFormatDetector.Detect(content) == DocumentFormat.Html;
            if (!html)
            {
                Console.WriteLine($"read as plain text: {key}: {content[..Math.Min(100, content.Length)].ReplaceLineEndings(" ")}");
            }

            if (truth.Length > 0)
            {
                s.Scores.Add(ShingleMatcher.Match(truth, extractor.Parse(content).GetBody()));
            }

            stats[key] = (s.N + 1, s.Html + (html ? 1 : 0), s.Scores);
        }

        foreach (var (_, id, truth, page) in Pages(data, read: true))
        {
            string part = Part(id);
            using var d = parser.ParseDocument(page);
            Add($"page {part}", page, truth);
            if (d.Body is { } body && body.InnerHtml.Trim().Length > 0)
            {
                Add($"body-fragment {part}", body.InnerHtml, truth);
            }

            if ((d.QuerySelector("article") ?? d.QuerySelector("main")) is { } article && article.TextContent.Trim().Length > 200)
            {
                Add($"article-fragment {part}", article.OuterHtml, truth);
            }

            if (truth.Length > 0)
            {
                var sb = new StringBuilder();
                foreach (var paragraph in truth.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    sb.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>\n");
                }

                Add($"p-fragment {part}", sb.ToString(), truth);
            }
        }

        foreach (var (key, s) in stats)
        {
            var (p, r, f1) = ShingleMatcher.Aggregate(s.Scores);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key}: {s.Html} of {s.N} read as HTML; body word 4-gram P {p:F3} R {r:F3} F1 {f1:F3} ({s.Scores.Count} with a truth)"));
        }
    }

    private static void Titles(string data)
    {
        var analyzer = TextAnalyzer.CreateDefault();
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var f in Directory.EnumerateFiles(Path.Combine(data, "bbc", "articles"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string text = TextDecoding.Decode(File.ReadAllBytes(f), out _);
            int cut = text.IndexOf("\n\n", StringComparison.Ordinal);
            if (cut < 0)
            {
                continue;
            }

            string key = Part(f);
            var c = counts.TryGetValue(key, out var got) ? got : counts[key] = new int[5];
            var whole = analyzer.Analyze(text);
            var row = analyzer.Analyze(new DocumentInput { Source = f, Content = text[(cut + 2)..], Title = text[..cut] });
            c[0]++;
            c[1] += row.Title == text[..cut] ? 1 : 0;
            c[2] += whole.Title == text[..cut] ? 1 : 0;
            c[3] += row.Body == whole.Body ? 1 : 0;
            c[4] += row.Sentences.SequenceEqual(whole.Sentences) ? 1 : 0;
        }

        foreach (var (key, c) in counts)
        {
            Console.WriteLine($"bbc {key}: {c[0]} articles; title = first line: as a row {c[1]}, as a file {c[2]}; body identical {c[3]}, sentences identical {c[4]}");
        }
    }

    private static IEnumerable<(string Set, string Id, string Truth, string Page)> Pages(string data, bool read)
    {
        var dirs = Directory.GetDirectories(Path.Combine(data, "extraction-dev")).Order(StringComparer.Ordinal).Append(Path.Combine(data, "article-extraction-dev"));
        foreach (var dir in dirs)
        {
            using var truths = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "ground-truth.json")));
            foreach (var p in truths.RootElement.EnumerateObject())
            {
                string file = Path.Combine(dir, "html", p.Name + ".html.gz");
                if (!File.Exists(file))
                {
                    continue;
                }

                string page = string.Empty;
                if (read)
                {
                    using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
                    using var reader = new StreamReader(gz, Encoding.UTF8);
                    page = reader.ReadToEnd();
                }

                yield return (Path.GetFileName(dir), p.Name, p.Value.GetProperty("articleBody").GetString() ?? string.Empty, page);
            }
        }
    }
}
