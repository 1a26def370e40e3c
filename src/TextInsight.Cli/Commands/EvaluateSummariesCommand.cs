using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using TextInsight.Entities;
using TextInsight.Internals;
using TextInsight.Structure;
using TextInsight.Summaries;
using TextInsight.Text;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>textinsight evaluate summaries</c>: ROUGE of TextInsight's summarizer, Lead-N and plain TextRank against reference
/// summaries, in one table; with <c>--tune</c>, tunes the summarizer's weights on one half of the data and scores the other.
/// </summary>
internal static class EvaluateSummariesCommand
{
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var articles = new Option<DirectoryInfo>("--articles") { Description = "Folder of articles (line 1 = title, then paragraphs), searched recursively for .txt files.", Required = true };
        var summaries = new Option<DirectoryInfo>("--summaries") { Description = "Folder of reference summaries at the same relative paths.", Required = true };
        var sentences = new Option<int?>("--sentences") { Description = "Summary length in sentences (3 when no length is given)." };
        var ratio = new Option<double?>("--ratio") { Description = "Summary length as a ratio of the body's sentences, in (0, 1]." };
        var words = new Option<int?>("--words") { Description = "Summary length as a budget of words." };
        var split = new Option<string>("--split") { Description = "Which documents to score: all, tune (the half --tune learns from) or test (the other half).", DefaultValueFactory = _ => "all" };
        split.AcceptOnlyFromAmong("all", "tune", "test");
        var tune = new Option<bool>("--tune") { Description = "Tune the weights on the tune half (ROUGE-2 F1, averaged over --sentences and --ratio lengths, default 3 and 0.3), print them, and score the test half." };
        var trials = new Option<int>("--random-trials") { Description = "With --tune, after coordinate ascent, try this many seeded random moves of several weights at once (0 by default).", DefaultValueFactory = _ => 0 };
        var weights = new Option<string?>("--weights") { Description = "Weights to start from instead of the built-in ones, as Name=value pairs separated by commas (for example Centrality=1,Length=0.5)." };
        var folds = new Option<int?>("--folds") { Description = "K-fold cross-validation of the trained sentence scorer: train on K-1 folds of the distinct articles, score the held-out fold, every article once; prints the table for --sentences (3) and --ratio (0.3)." };
        var model = new Option<string?>("--model") { Description = "The summary model to score with instead of the built-in one; 'none' for the unsupervised score alone." };
        var training = new SummaryTrainingOptions();
        var command = new Command("summaries", "ROUGE-1/2/L/Lsum F1 of TextInsight, Lead-N and plain TextRank against reference summaries.")
        {
            articles, summaries, sentences, ratio, words, split, tune, trials, weights, folds, model,
        };
        training.AddTo(command);
        command.SetAction(parse =>
        {
            using var output = new StreamWriter(console.Out, new UTF8Encoding(false), 1 << 12, leaveOpen: true) { AutoFlush = true };
            var error = console.Error;
            int? n = parse.GetValue(sentences);
            double? r = parse.GetValue(ratio);
            int? w = parse.GetValue(words);
            bool tuning = parse.GetValue(tune);
            int given = (n is null ? 0 : 1) + (r is null ? 0 : 1) + (w is null ? 0 : 1);
            if (!tuning && given > 1)
            {
                error.WriteLine("Give one of --sentences, --ratio and --words.");
                return Program.UsageError;
            }

            SummaryLength length;
            SummarizerWeights start;
            try
            {
                start = ParseWeights(parse.GetValue(weights));
                length = w is { } wv ? SummaryLength.FromWords(wv) : r is { } rv ? SummaryLength.FromRatio(rv) : (n is { } nv ? SummaryLength.FromSentences(nv) : SummaryLength.Default);
            }
            catch (ArgumentException ex)
            {
                error.WriteLine(ex.Message);
                return Program.UsageError;
            }

            var articleDir = parse.GetValue(articles)!;
            var summaryDir = parse.GetValue(summaries)!;
            if (!articleDir.Exists || !summaryDir.Exists)
            {
                error.WriteLine($"Not found: {(articleDir.Exists ? summaryDir.FullName : articleDir.FullName)}");
                return Program.UsageError;
            }

            var corpus = Load(articleDir.FullName, summaryDir.FullName, error);
            if (corpus.Count == 0)
            {
                error.WriteLine("No article with a reference summary was found.");
                return Program.SomeFailed;
            }

            if (parse.GetValue(folds) is { } k)
            {
                if (k < 2 || k > corpus.Count)
                {
                    error.WriteLine($"--folds must be from 2 to the number of documents ({corpus.Count}).");
                    return Program.UsageError;
                }

                var lengths = new[] { (n is { } nv ? SummaryLength.FromSentences(nv) : SummaryLength.Default), SummaryLength.FromRatio(r ?? 0.3) };
                double l2;
                double exponent;
                int trees;
                int depth;
                try
                {
                    (l2, exponent, trees, depth) = training.Read(parse);
                }
                catch (ArgumentException e)
                {
                    error.WriteLine(e.Message);
                    return Program.UsageError;
                }

                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{k}-fold cross-validation over {corpus.Count} distinct documents (L2 {l2}, length exponent {exponent}, {trees} trees of depth {depth})."));
                var watch = Stopwatch.StartNew();
                var results = SummaryEvaluator.CrossValidate(corpus, k, l2, exponent, trees, depth, start, lengths);
                for (int l = 0; l < lengths.Length; l++)
                {
                    WriteRows(output, $"ROUGE F1 (x100), {k}-fold cross-validation (each document scored by a model trained without it), mean over {corpus.Count} documents, length {Describe(lengths[l])}", results[l]);
                }

                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Cross-validation took {watch.Elapsed.TotalSeconds:0.0} s."));
                return Program.Success;
            }

            SummaryModel? scorer;
            try
            {
                scorer = LoadModel(parse.GetValue(model));
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                error.WriteLine(e.Message);
                return Program.UsageError;
            }

            if (tuning)
            {
                var lengths = new[] { (n is { } nv ? SummaryLength.FromSentences(nv) : SummaryLength.Default), SummaryLength.FromRatio(r ?? 0.3) };
                var tuneItems = Subset(corpus, "tune");
                var testItems = Subset(corpus, "test");
                error.WriteLine($"Tuning on {tuneItems.Count} documents (lengths: {Describe(lengths[0])}, {Describe(lengths[1])}); scoring {testItems.Count} held-out documents.");
                var tuned = SummaryEvaluator.Tune(tuneItems, lengths, start, rounds: 4, perturbations: Math.Max(0, parse.GetValue(trials)), error);
                output.WriteLine("Tuned weights: " + SummaryEvaluator.Describe(tuned));
                output.WriteLine();
                foreach (var l in lengths)
                {
                    WriteTable(output, testItems, null, tuned, l, "test");
                }

                return Program.Success;
            }

            var items = Subset(corpus, parse.GetValue(split)!);
            if (scorer is not null && parse.GetValue(model) is null)
            {
                error.WriteLine("Note: the built-in model was trained on the BBC articles; on them, use --folds for a figure on unseen text.");
            }

            WriteTable(output, items, scorer, start, length, parse.GetValue(split)!);
            WriteTiming(output, items, scorer, start, length);
            return Program.Success;
        });
        return command;
    }

    /// <summary>
    /// Reads every article with a reference summary at the same relative path, in ordinal path order, skipping an article
    /// whose text repeats an earlier one (the BBC set holds 65 such pairs), and prepares it for scoring.
    /// </summary>
    internal static IReadOnlyList<SummaryEvaluationItem> Load(string articleDir, string summaryDir, TextWriter log)
    {
        var evaluator = new SummaryEvaluator();
        var items = new List<SummaryEvaluationItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = Directory.GetFiles(articleDir, "*.txt", SearchOption.AllDirectories);
        var ids = new string[files.Length];
        for (int i = 0; i < files.Length; i++)
        {
            ids[i] = Path.GetRelativePath(articleDir, files[i]).Replace('\\', '/');
        }

        Array.Sort(ids, StringComparer.Ordinal);
        int missing = 0;
        int duplicates = 0;
        foreach (var id in ids)
        {
            var summaryPath = Path.Combine(summaryDir, id);
            if (!File.Exists(summaryPath))
            {
                missing++;
                continue;
            }

            string article = Read(Path.Combine(articleDir, id));
            if (!seen.Add(article))
            {
                duplicates++;
                continue;
            }

            items.Add(evaluator.Prepare(id, article, Read(summaryPath)));
        }

        log.WriteLine($"{items.Count} documents ({duplicates} repeated articles skipped, {missing} without a reference summary).");
        return items;
    }

    /// <summary>
    /// The fixed split: a document is in the tune half when the FNV-1a hash of its relative path is even, so the split
    /// does not depend on which other files are present.
    /// </summary>
    internal static bool IsTuneDocument(string id)
    {
        return Fnv1a.Hash(id) % 2 == 0;
    }

    internal static IReadOnlyList<SummaryEvaluationItem> Subset(IReadOnlyList<SummaryEvaluationItem> items, string split)
    {
        if (split == "all")
        {
            return items;
        }

        bool tune = split == "tune";
        var result = new List<SummaryEvaluationItem>();
        foreach (var item in items)
        {
            if (IsTuneDocument(item.Id) == tune)
            {
                result.Add(item);
            }
        }

        return result;
    }

    /// <summary>Reads a file as UTF-8, or as Windows-1252 when it is not valid UTF-8.</summary>
    internal static string Read(string path)
    {
        return TextDecoding.Decode(File.ReadAllBytes(path), out _);
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<SummaryEvaluationItem> items, SummaryModel? model, SummarizerWeights weights, SummaryLength length, string split)
    {
        var rows = new RougeScore[SummaryEvaluator.Systems.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = SummaryEvaluator.Mean(SummaryEvaluator.Systems[i], items, model, weights, length);
        }

        WriteRows(output, $"ROUGE F1 (x100), mean over {items.Count} documents ({split}), length {Describe(length)}", rows);
    }

    private static void WriteRows(TextWriter output, string caption, RougeScore[] rows)
    {
        output.WriteLine(caption);
        output.WriteLine("| system      | ROUGE-1 | ROUGE-2 | ROUGE-L | ROUGE-Lsum |");
        output.WriteLine("|-------------|--------:|--------:|--------:|-----------:|");
        for (int i = 0; i < rows.Length; i++)
        {
            var s = rows[i];
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {SummaryEvaluator.Systems[i],-11} | {s.Rouge1 * 100,7:0.00} | {s.Rouge2 * 100,7:0.00} | {s.RougeL * 100,7:0.00} | {s.RougeLsum * 100,10:0.00} |"));
        }

        output.WriteLine();
    }

    /// <summary>The model named on the command line: the built-in one when none is, no model for <c>none</c>.</summary>
    internal static SummaryModel? LoadModel(string? path) => path switch
    {
        null => SummaryModel.Default,
        "none" => null,
        _ => SummaryModel.Load(path),
    };

    private static void WriteTiming(TextWriter output, IReadOnlyList<SummaryEvaluationItem> items, SummaryModel? model, SummarizerWeights weights, SummaryLength length)
    {
        // Times the public path (features and selection) on the articles' own text, apart from ROUGE and file reading.
        var summarizer = model is null ? new Summarizer(weights) : new Summarizer(model, weights);
        var watch = new Stopwatch();
        var sentences = new List<TextSpan>();
        foreach (var item in items)
        {
            var structure = ArticleParser.Default.Parse(item.Document.Text);
            SplitBody(structure, sentences);
            watch.Start();
            summarizer.Summarize(structure, sentences, EntityAnalysis.Empty, length);
            watch.Stop();
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Summarizer: {watch.Elapsed.TotalMilliseconds / Math.Max(1, items.Count):0.000} ms per document (mean over {items.Count})."));

        // A long article: the bodies of consecutive documents under one title, until 5,000 words.
        var text = new StringBuilder("Long article\n\n");
        int words = 0;
        foreach (var item in items)
        {
            foreach (var s in item.Document.Sentences)
            {
                text.Append(s.Slice(item.Document.Text)).Append(' ');
            }

            text.Append("\n\n");
            foreach (int w in item.Document.WordCounts)
            {
                words += w;
            }

            if (words >= 5000)
            {
                break;
            }
        }

        var longStructure = ArticleParser.Default.Parse(text.ToString());
        SplitBody(longStructure, sentences);
        summarizer.Summarize(longStructure, sentences, EntityAnalysis.Empty, length);
        var runs = new double[21];
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (int i = 0; i < runs.Length; i++)
        {
            long start = Stopwatch.GetTimestamp();
            summarizer.Summarize(longStructure, sentences, EntityAnalysis.Empty, length);
            runs[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / runs.Length;
        Array.Sort(runs);

        // On a shared machine the wall clock counts time spent waiting for a core; the process's CPU time does not.
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Summarizer on a {words}-word article of {sentences.Count} sentences: median {runs[runs.Length / 2]:0.00} ms wall clock, {cpu:0.00} ms CPU per run, over {runs.Length} runs."));
    }

    private static void SplitBody(ArticleStructure structure, List<TextSpan> sentences)
    {
        sentences.Clear();
        sentences.AddRange(structure.SplitSentences());
    }

    /// <summary>Reads <c>Name=value,Name=value</c> over the built-in weights.</summary>
    internal static SummarizerWeights ParseWeights(string? text)
    {
        var w = SummarizerWeights.Default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return w;
        }

        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !double.TryParse(pair.AsSpan(eq + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
            {
                throw new ArgumentException($"'{pair}' is not Name=value.", nameof(text));
            }

            w = pair[..eq] switch
            {
                nameof(SummarizerWeights.Centrality) => w with { Centrality = v },
                nameof(SummarizerWeights.OverlapCentrality) => w with { OverlapCentrality = v },
                nameof(SummarizerWeights.ParagraphLead) => w with { ParagraphLead = v },
                nameof(SummarizerWeights.QuotationPenalty) => w with { QuotationPenalty = v },
                nameof(SummarizerWeights.Position) => w with { Position = v },
                nameof(SummarizerWeights.PositionDecay) => w with { PositionDecay = v },
                nameof(SummarizerWeights.TitleOverlap) => w with { TitleOverlap = v },
                nameof(SummarizerWeights.EntitySalience) => w with { EntitySalience = v },
                nameof(SummarizerWeights.Centroid) => w with { Centroid = v },
                nameof(SummarizerWeights.Frequency) => w with { Frequency = v },
                nameof(SummarizerWeights.Length) => w with { Length = v },
                nameof(SummarizerWeights.LengthTarget) => w with { LengthTarget = v },
                nameof(SummarizerWeights.LengthExponent) => w with { LengthExponent = v },
                nameof(SummarizerWeights.Redundancy) => w with { Redundancy = v },
                _ => throw new ArgumentException($"Unknown weight '{pair[..eq]}'.", nameof(text)),
            };
        }

        w.Validate();
        return w;
    }

    private static string Describe(SummaryLength length) =>
        length.IsWordBudget ? $"{length.Words} words"
        : length.Ratio > 0 ? string.Create(CultureInfo.InvariantCulture, $"ratio {length.Ratio}")
        : $"{length.Sentences} sentences";
}
