using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using TextInsight.Structure;
using TextInsight.Structure.Training;

namespace TextInsight.Benchmarks;

/// <summary>
/// The plain-text structure stage alone. <c>--structure N</c> times the parser with the built-in model and with the rules
/// alone over <see cref="PipelineSample"/> (N passes each, in turns, by this process's CPU time). <c>--structure-dump FILE</c>
/// writes what the parser decides, and the model's probabilities to the last bit, for every text of <c>corpus/</c>, of
/// the BBC articles and of the development pages rendered to plain text, so that two versions of the code can be shown
/// to decide the same (<c>cmp</c> the files, or compare the SHA-256 it prints). <c>--structure-dump FILE one-line</c> does
/// the same for every text flattened to one line (as <c>evaluate oneline</c> does), and for each BBC article flattened
/// without its first line too (the one-line path and its headline model, with and without a headline to find).
/// <c>--structure-dump FILE one-line-steps</c> writes, for the same flattened texts, the steps of the one-line path
/// alone, whatever the gate: the sentences, the headline search's answer (from the splitter's tokens and from its own
/// tokenization) and every break <see cref="OneLineBreaks"/> finds in every text (from the tokens and from the chars),
/// so that a change to those steps can be shown to decide the same where the parse would not run them.
/// </summary>
internal static class StructureStage
{
    public static void Time(int passes, bool oneLine = false)
    {
        var texts = PipelineSample.Texts;
        if (oneLine)
        {
            // The same articles as a CSV or JSON Lines field holds them, flattened as `evaluate oneline` does, once
            // before timing.
            texts = Array.ConvertAll(texts, TextInsight.Structure.Evaluation.OneLineEvaluator.Flatten);
        }

        double mb = texts.Sum(t => (double)Encoding.UTF8.GetByteCount(t)) / 1e6;
        Console.WriteLine($"{texts.Length} articles ({mb:0.00} MB){(oneLine ? ", each flattened to one line," : "")} from {PipelineSample.Source}, 3 s of warm-up, then {passes} passes each, in turns");
        var parsers = new (string Name, ArticleParser Parser)[] { ("model", ArticleParser.Default), ("rules alone", ArticleParser.RulesOnly) };
        var cpu = new double[parsers.Length];
        var allocated = new long[parsers.Length];
        // Warm up for three seconds so that tiered compilation has finished: the steady state of a long batch.
        long warm = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(warm).TotalSeconds < 3)
        {
            foreach (var (_, parser) in parsers)
            {
                Run(parser, texts);
            }
        }

        for (int p = 0; p < passes; p++)
        {
            for (int k = 0; k < parsers.Length; k++)
            {
                GC.Collect();
                long a0 = GC.GetAllocatedBytesForCurrentThread();
                var c0 = Process.GetCurrentProcess().TotalProcessorTime;
                Run(parsers[k].Parser, texts);
                cpu[k] += (Process.GetCurrentProcess().TotalProcessorTime - c0).TotalSeconds;
                allocated[k] += GC.GetAllocatedBytesForCurrentThread() - a0;
            }
        }

        for (int k = 0; k < parsers.Length; k++)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{parsers[k].Name,-12} {mb * passes / cpu[k],8:0.0} MB/s (CPU)  {texts.Length * passes / cpu[k],8:0} articles/s  {allocated[k] / 1024.0 / passes / texts.Length,8:0.0} KB allocated/article"));
        }
    }

    private static int Run(ArticleParser parser, string[] texts)
    {
        int n = 0;
        foreach (string t in texts)
        {
            n += parser.Parse(t).Sections.Count;
        }

        return n;
    }

    public static void Dump(string outFile, bool oneLine = false, bool steps = false)
    {
        string root = BenchmarkInput.FindRoot();
        string data = Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
        var model = StructureModel.Default ?? throw new InvalidOperationException("No built-in structure model.");
        using var writer = new StreamWriter(outFile, false, new UTF8Encoding(false));
        int docs = 0;
        void Write(string name, string text)
        {
            writer.Write(name);
            writer.Write('\t');
            string input = oneLine ? TextInsight.Structure.Evaluation.OneLineEvaluator.Flatten(text) : text;
            writer.Write(steps ? DescribeSteps(input) : Describe(input, model));
            writer.Write('\n');
            docs++;
        }

        foreach (string f in Directory.GetFiles(Path.Combine(root, "corpus"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            Write(Path.GetRelativePath(root, f), TextDecoding.Decode(File.ReadAllBytes(f), out _));
        }

        string bbc = Path.Combine(data, "bbc", "articles");
        if (Directory.Exists(bbc))
        {
            foreach (string f in Directory.GetFiles(bbc, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                string article = TextDecoding.Decode(File.ReadAllBytes(f), out _);
                Write(Path.GetRelativePath(data, f), article);
                if (oneLine && article.IndexOf('\n') is int firstBreak and >= 0)
                {
                    Write(Path.GetRelativePath(data, f) + "/no-headline", article[(firstBreak + 1)..]);
                }
            }
        }

        var sets = StructurePages.FindDataSets(Path.Combine(data, "article-extraction-dev"));
        sets.AddRange(StructurePages.FindDataSets(Path.Combine(data, "extraction-dev")));
        foreach (string set in sets)
        {
            foreach (var (id, html, truth) in StructurePages.Read(set, PagePart.Dev))
            {
                uint h = StructurePages.Hash(id);
                foreach (var scope in new[] { RenderScope.Region, RenderScope.Page })
                {
                    var page = PageRenderer.Render(html, truth, scope, blankLines: (h & 8) == 0, captions: (h & 16) == 0);
                    Write($"{Path.GetFileName(set)}/{id}/{scope}", page.Text);
                }
            }
        }

        writer.Flush();
        writer.Close();
        Console.WriteLine($"{docs} texts written to {outFile}; SHA-256 {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(outFile)))}");
    }

    /// <summary>One line: the one-line path's steps, each run whatever the gate (see <see cref="Dump"/>).</summary>
    private static string DescribeSteps(string text)
    {
        var sb = new StringBuilder();
        var sentences = new List<TextInsight.TextSpan>();
        var tokens = new List<TextInsight.Text.Token>();
        TextInsight.Text.SentenceSplitter.Default.Split(text, 0, sentences, tokens);
        sb.Append(CultureInfo.InvariantCulture, $"s={sentences.Count} tokens={tokens.Count}");
        foreach (var s in sentences)
        {
            sb.Append(' ').Append(Span(s));
        }

        sb.Append(CultureInfo.InvariantCulture, $" body={OneLineHeadline.FindBodyStart(text, sentences, tokens)} alone={OneLineHeadline.FindBodyStart(text, sentences)}");
        if (OneLineBreaks.Default is { } breaks)
        {
            var found = new List<int>();
            breaks.Find(text, sentences, CollectionsMarshal.AsSpan(tokens), found);
            sb.Append(" breaks=").AppendJoin(',', found);
            found.Clear();
            breaks.Find(text, sentences, found);
            sb.Append(" chars=").AppendJoin(',', found);
        }

        return sb.ToString();
    }

    /// <summary>One line: the model's probabilities as the bits of the doubles, then the structure the parser gives.</summary>
    private static string Describe(string text, StructureModel model)
    {
        var sb = new StringBuilder();
        var units = CollectionsMarshal.AsSpan(ArticleParser.ReadUnits(text));
        var body = new double[units.Length];
        var title = new double[units.Length];
        model.Predict(text, units, body, title);
        long hash = 17;
        for (int i = 0; i < units.Length; i++)
        {
            hash = (hash * 31) + BitConverter.DoubleToInt64Bits(body[i]);
            hash = (hash * 31) + BitConverter.DoubleToInt64Bits(title[i]);
        }

        sb.Append(CultureInfo.InvariantCulture, $"p={hash:x16} ");
        var s = ArticleParser.Default.Parse(text);
        sb.Append(CultureInfo.InvariantCulture, $"title={Span(s.Title)} byline={Span(s.Byline)} date={s.Published} meta=");
        foreach (var m in s.Metadata)
        {
            sb.Append(Span(m)).Append(',');
        }

        foreach (var section in s.Sections)
        {
            sb.Append(" [h=").Append(Span(section.Heading));
            foreach (var p in section.Paragraphs)
            {
                sb.Append(' ').Append(Span(p));
            }

            sb.Append(']');
        }

        sb.Append(" bp=");
        foreach (var b in s.Boilerplate)
        {
            sb.Append(Span(b.Span)).Append(':').Append(b.Kind).Append(',');
        }

        return sb.ToString();
    }

    private static string Span(TextSpan? span) => span is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s.Start}+{s.Length}") : "-";
}

/// <summary>
/// <c>--structure-profile N [pages|one-line]</c>: the thread's CPU time in each step of the structure stage over the BBC
/// sample (or the rendered dev pages of <c>--structure-pages</c>, or the BBC sample flattened to one line, where the
/// one-line path's sentence split and headline search are timed apart too), N passes.
/// </summary>
internal static class StructureProfile
{
    public static void Run(int passes, bool pages, bool oneLine = false)
    {
        var texts = pages ? [.. StructurePageSpeed.Texts(RenderScope.Region), .. StructurePageSpeed.Texts(RenderScope.Page)] : PipelineSample.Texts;
        if (oneLine)
        {
            texts = Array.ConvertAll(texts, TextInsight.Structure.Evaluation.OneLineEvaluator.Flatten);
        }

        var sentences = new List<TextInsight.TextSpan>();
        var tokenLog = new List<TextInsight.Text.Token>();
        var breaks = new List<int>();
        const int Repeat = 20;
        var model = StructureModel.Default!;
        var flat1 = new FlatTrees(model.Pass1);
        var flat2 = new FlatTrees(model.Pass2);
        var flatTitle = new FlatTrees(model.Title);
        var names = new[] { "units", "fill", "pass1", "sequence", "pass2", "filltitle", "title", "rules+build", "scan", "meta", "hash", "url", "split ×20", "headline ×20", "tokenize ×20", "parse ×20", "breaks ×20" };
        var ticks = new long[names.Length];
        var rows = new float[1 << 20];
        long windows = 0, pairs = 0;
        int maxWindow = 0;
        for (int p = 0; p < passes + 1; p++)
        {
            foreach (string text in texts)
            {
                long t = QuickCompare.ThreadCpuNanoseconds();
                void Lap(int k)
                {
                    long now = QuickCompare.ThreadCpuNanoseconds();
                    if (p >= passes / 2)
                    {
                        ticks[k] += now - t;
                    }

                    t = now;
                }

                if (oneLine)
                {
                    // What the units step does on a one-line text, each step 20 times in a row (the clock costs about a
                    // microsecond a reading): its sentences (with the token log, as the parser splits a one-line text),
                    // the headline search on the splitter's tokens, and for scale one tokenization of the other
                    // sentences, each alone (what the search did before issue 17r), and the whole parse.
                    for (int again = 0; again < Repeat; again++)
                    {
                        sentences.Clear();
                        TextInsight.Text.SentenceSplitter.Default.Split(text, 0, sentences, tokenLog);
                    }

                    Lap(12);
                    for (int again = 0; again < Repeat; again++)
                    {
                        _ = OneLineHeadline.FindBodyStart(text, sentences, tokenLog);
                    }

                    Lap(13);
                    int words = 0;
                    for (int again = 0; again < Repeat; again++)
                    {
                        for (int k = 1; k < sentences.Count; k++)
                        {
                            foreach (var token in TextInsight.Text.Tokenizer.Tokenize(text.AsSpan(sentences[k].Start, sentences[k].Length)))
                            {
                                words += token.Kind == TextInsight.Text.TokenKind.Word ? 1 : 0;
                            }
                        }
                    }

                    Lap(14);
                    for (int again = 0; again < Repeat; again++)
                    {
                        words += ArticleParser.Default.Parse(text).Sections.Count;
                    }

                    Lap(15);
                    if (OneLineBreaks.Default is { } breakModel)
                    {
                        for (int again = 0; again < Repeat; again++)
                        {
                            breaks.Clear();
                            breakModel.Find(text, sentences, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokenLog), breaks);
                        }
                    }

                    Lap(16);
                    GC.KeepAlive(words);
                }

                var list = ArticleParser.ReadUnits(text);
                var units = CollectionsMarshal.AsSpan(list);
                int n = units.Length;
                var r = rows.AsSpan(0, n * LineFeatures.Width);
                var p1 = new double[n];
                var body = new double[n];
                var title = new double[n];
                Lap(0);
                foreach (ref readonly var u in units)
                {
                    LineScanner.Scan(text.AsSpan(u.Start, u.Length), out _, out _, out _, out _, out _, out _);
                }

                Lap(8);
                foreach (ref readonly var u in units)
                {
                    _ = u.Words <= 20 && ArticleMetadataReader.TryReadLine(text, u, out _);
                }

                Lap(9);
                foreach (ref readonly var u in units)
                {
                    _ = string.GetHashCode(text.AsSpan(u.Start, u.Length), StringComparison.OrdinalIgnoreCase);
                }

                Lap(10);
                foreach (ref readonly var u in units)
                {
                    var sp = text.AsSpan(u.Start, u.Length);
                    _ = sp.Contains("://", StringComparison.Ordinal) || sp.Contains("www.", StringComparison.OrdinalIgnoreCase) || sp.Contains('@');
                }

                Lap(11);
                LineFeatures.Fill(text, units, r);
                Lap(1);
                var at = new int[n];
                var sums = new double[n];
                for (int i = 0; i < n; i++)
                {
                    at[i] = i * LineFeatures.Width;
                }

                flat1.EvaluateRows(r, at, sums);
                for (int i = 0; i < n; i++)
                {
                    p1[i] = StructureModel.Sigmoid(model.Bias1 + sums[i]);
                }

                Lap(2);
                LineFeatures.FillSequence(units, p1, r);
                Lap(3);
                flat2.EvaluateRows(r, at, sums);
                for (int i = 0; i < n; i++)
                {
                    body[i] = StructureModel.Sigmoid(model.Bias2 + sums[i]);
                }

                Lap(4);
                LineFeatures.FillTitle(text, units, body, r);
                Lap(5);
                int window = LineFeatures.TitleWindow(units, body);
                if (p == passes)
                {
                    windows += window;
                    pairs += (long)window * Math.Min(n, window + 10);
                    maxWindow = Math.Max(maxWindow, window);
                }

                for (int i = 0; i < window; i++)
                {
                    if (ArticleParser.IsTitleSized(units[i]))
                    {
                        title[i] = StructureModel.Sigmoid(model.BiasTitle + flatTitle.Evaluate(r.Slice(i * LineFeatures.Width, LineFeatures.Width)));
                    }
                }

                Lap(6);
                ArticleParser.Default.Parse(text);
                Lap(7);
            }
        }

        long units0 = texts.Sum(t => (long)ArticleParser.ReadUnits(t).Count);
        Console.WriteLine($"{units0} units in {texts.Length} articles; 'rules+build' is a whole Parse (units and model again)");
        Console.WriteLine($"headline window: mean {windows / (double)texts.Length:0.0} units, longest {maxWindow}; candidate × head pairs {pairs / (double)texts.Length:0} per article");
        for (int k = 0; k < names.Length; k++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{names[k],-12} {ticks[k] / 1e3 / (passes + 1 - (passes / 2)) / texts.Length,8:0.0} µs/article (thread CPU)"));
        }
    }
}

/// <summary><c>--structure-lost</c>: the lines of the BBC articles that the parser with the model leaves out of the body, with the model's probabilities.</summary>
internal static class StructureLost
{
    public static void Run()
    {
        string data = Path.GetFullPath(Path.Combine(BenchmarkInput.FindRoot(), "..", "shared", "data"));
        var model = StructureModel.Default!;
        int articles = 0;
        int lostUnits = 0;
        foreach (string f in Directory.GetFiles(Path.Combine(data, "bbc", "articles"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string text = TextDecoding.Decode(File.ReadAllBytes(f), out _);
            var units = CollectionsMarshal.AsSpan(ArticleParser.ReadUnits(text));
            var body = new double[units.Length];
            var title = new double[units.Length];
            model.Predict(text, units, body, title);
            var s = ArticleParser.Default.Parse(text);
            var bp = s.Boilerplate.Select(b => b.Span.Start).ToHashSet();
            bool any = false;
            for (int i = 0; i < units.Length; i++)
            {
                if (bp.Contains(units[i].Start))
                {
                    if (!any)
                    {
                        Console.WriteLine($"## {Path.GetRelativePath(data, f)} ({units.Length} units)");
                        any = true;
                    }

                    lostUnits++;
                    int at = units[i].Start;
                    var kind = s.Boilerplate.First(b => b.Span.Start == at).Kind;
                    string t = text.Substring(units[i].Start, Math.Min(70, units[i].Length)).Replace('\n', ' ');
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i,3} p={body[i]:0.000} w={units[i].Words,3} prose={(units[i].IsProse ? 1 : 0)} list={(units[i].IsListItem ? 1 : 0)} hl={(units[i].IsHeadlineLike ? 1 : 0)} {kind}: {t}"));
                }
            }

            articles += any ? 1 : 0;
        }

        Console.WriteLine($"{articles} articles, {lostUnits} units out of the body");
    }
}

/// <summary><c>--structure-clean PART</c>: how many rendered pages of a part carry no boilerplate signal in any unit.</summary>
internal static class StructureClean
{
    public static void Run(PagePart part)
    {
        string data = Path.GetFullPath(Path.Combine(BenchmarkInput.FindRoot(), "..", "shared", "data"));
        var sets = StructurePages.FindDataSets(Path.Combine(data, "article-extraction-dev"));
        sets.AddRange(StructurePages.FindDataSets(Path.Combine(data, "extraction-dev")));
        int[] clean = new int[2], pages = new int[2];
        foreach (string set in sets)
        {
            foreach (var (id, html, truth) in StructurePages.Read(set, part))
            {
                uint h = StructurePages.Hash(id);
                foreach (var scope in new[] { RenderScope.Region, RenderScope.Page })
                {
                    var page = PageRenderer.Render(html, truth, scope, blankLines: (h & 8) == 0, captions: (h & 16) == 0);
                    pages[(int)scope]++;
                    clean[(int)scope] += ArticleParser.ReadUnits(page.Text).All(u => u.Signal is null) ? 1 : 0;
                }
            }
        }

        Console.WriteLine($"{part}: region {clean[0]} of {pages[0]} renderings without any signal, whole page {clean[1]} of {pages[1]}");
    }
}

/// <summary>
/// <c>--structure-steps N</c>: the one-line path's steps over the BBC sample flattened to one line, each step over all
/// the texts in one pass (the split with its token log, the headline search on its tokens, the line-break model on
/// every text whatever the gate, the whole parse, the headline search's reading of the first sentence), N passes of each in turns; the fastest and the median pass, in µs an
/// article of the thread's CPU. The fastest pass is the least disturbed by other work on a shared machine.
/// </summary>
internal static class StructureSteps
{
    public static void Run(int passes)
    {
        var texts = Array.ConvertAll(PipelineSample.Texts, TextInsight.Structure.Evaluation.OneLineEvaluator.Flatten);
        var sentences = new List<TextInsight.TextSpan>[texts.Length];
        var tokens = new List<TextInsight.Text.Token>[texts.Length];
        for (int k = 0; k < texts.Length; k++)
        {
            sentences[k] = [];
            tokens[k] = [];
            TextInsight.Text.SentenceSplitter.Default.Split(texts[k], 0, sentences[k], tokens[k]);
        }

        var scratchSentences = new List<TextInsight.TextSpan>();
        var scratchTokens = new List<TextInsight.Text.Token>();
        var breaks = new List<int>();
        var model = OneLineBreaks.Default!;
        string[] names = ["split+log", "headline", "breaks", "parse", "first"];
        var times = new double[names.Length][];
        for (int s = 0; s < names.Length; s++)
        {
            times[s] = new double[passes];
        }

        long sink = 0;
        for (int p = -passes / 4; p < passes; p++)
        {
            for (int s = 0; s < names.Length; s++)
            {
                long t0 = QuickCompare.ThreadCpuNanoseconds();
                for (int k = 0; k < texts.Length; k++)
                {
                    switch (s)
                    {
                        case 0:
                            scratchSentences.Clear();
                            TextInsight.Text.SentenceSplitter.Default.Split(texts[k], 0, scratchSentences, scratchTokens);
                            sink += scratchTokens.Count;
                            break;
                        case 1:
                            sink += OneLineHeadline.FindBodyStart(texts[k], sentences[k], tokens[k]);
                            break;
                        case 2:
                            breaks.Clear();
                            model.Find(texts[k], sentences[k], CollectionsMarshal.AsSpan(tokens[k]), breaks);
                            sink += breaks.Count;
                            break;
                        case 3:
                            sink += ArticleParser.Default.Parse(texts[k]).Sections.Count;
                            break;
                        default:
                            // The headline search's first step alone.
                            OneLineHeadline.Context.ForThread.ReadFirst(texts[k], sentences[k], tokens[k]);
                            break;
                    }
                }

                if (p >= 0)
                {
                    times[s][p] = (QuickCompare.ThreadCpuNanoseconds() - t0) / 1e3 / texts.Length;
                }
            }
        }

        GC.KeepAlive(sink);
        Console.WriteLine($"{texts.Length} articles flattened, {passes} passes of each step in turns (thread CPU, µs an article: fastest pass, median)");
        for (int s = 0; s < names.Length; s++)
        {
            Array.Sort(times[s]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{names[s],-10} {times[s][0],7:0.00} {times[s][passes / 2],7:0.00}"));
        }
    }
}
