using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TextInsight.Summaries;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>textinsight evaluate keyphrases</c>: precision, recall and F1 at k of the key phrases against people's, by the
/// protocol of the published comparisons (<see cref="KeyphraseEvaluator"/>), and the key phrase stage's speed.
/// </summary>
internal static class EvaluateKeyphrasesCommand
{
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var docs = new Option<DirectoryInfo[]>("--docs") { Description = "Folder of articles (.txt: the title on line 1, then the body); a document's id is its path under the folder (section/001.txt, with / between folders) where the gold file has that key, else its file name without .txt. Several folders are several samples, each with its own --gold (and --splits), paired in order: each is scored apart, then the mean over the samples.", Required = true, AllowMultipleArgumentsPerToken = true };
        var gold = new Option<FileInfo[]>("--gold") { Description = "JSON object of gold key phrases: {\"<id>\": [\"phrase\", ...]}; one per --docs folder.", Required = true, AllowMultipleArgumentsPerToken = true };
        var ks = new Option<int[]>("--k") { Description = "Cut-offs (default 5 10).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [5, 10] };
        var splits = new Option<FileInfo[]>("--splits") { Description = "JSON object of id lists by split name ({\"train\": [...], \"test\": [...]}), one per --docs folder, to score one split with --split.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var split = new Option<string?>("--split") { Description = "With --splits: the split to score (the same name in every sample)." };
        var tune = new Option<string?>("--tune") { Description = "With --splits: choose the extractor's weights on this split (coordinate ascent on the mean of F1@5 and F1@10, averaged over the samples), print them, and score --split with them (the same split as --split: the in-sample score, so that a held-out split is not scored while choosing)." };
        var weights = new Option<string?>("--weights") { Description = "Score with these weights instead of the built-in ones (and start --tune from them): Name=value pairs, comma-separated, as 'Weights chosen' prints them; a weight not named keeps its built-in value." };
        var baseline = new Option<string[]>("--baseline") { Description = "Also score these published baselines over the same candidates, side by side: firstphrases, tfidf, textrank, positionrank, or all.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var show = new Option<int>("--show") { Description = "Print the predictions and gold of this many documents per sample (matches marked with *).", DefaultValueFactory = _ => 0 };
        ks.Validators.Add(r =>
        {
            foreach (int k in r.GetValueOrDefault<int[]>() ?? [])
            {
                if (k < 1)
                {
                    r.AddError($"--k must be 1 or more; got {k}.");
                }
            }
        });
        weights.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text)
            {
                try
                {
                    KeyphraseWeights.Parse(text, KeyphraseWeights.Default);
                }
                catch (FormatException e)
                {
                    r.AddError($"--weights: {e.Message}");
                }
            }
        });
        var command = new Command("keyphrases", "Precision, recall and F1 at k of key phrases against people's (Porter-stemmed exact match, macro-averaged), and the stage's speed.")
        {
            docs, gold, ks, splits, split, tune, weights, baseline, show,
        };
        baseline.Validators.Add(r =>
        {
            foreach (string name in r.GetValueOrDefault<string[]>() ?? [])
            {
                if (name != "all" && ParseBaseline(name) is null)
                {
                    r.AddError($"--baseline: unknown '{name}' (firstphrases, tfidf, textrank, positionrank, all).");
                }
            }
        });
        command.Validators.Add(r =>
        {
            int samples = r.GetValue(docs)?.Length ?? 0;
            int splitFiles = r.GetValue(splits)?.Length ?? 0;
            if ((splitFiles == 0) != (r.GetValue(split) is null))
            {
                r.AddError("Give --splits and --split together.");
            }

            if ((r.GetValue(gold)?.Length ?? 0) != samples || (splitFiles != 0 && splitFiles != samples))
            {
                r.AddError($"Give one --gold (and, with --split, one --splits) per --docs folder: {samples} folders.");
            }

            if (r.GetValue(tune) is not null && splitFiles == 0)
            {
                r.AddError("--tune needs --splits and --split: weights are chosen on one split and scored on another.");
            }
        });
        command.SetAction(parse =>
        {
            using var output = new StreamWriter(console.Out, new UTF8Encoding(false), 1 << 12, leaveOpen: true) { AutoFlush = true };
            var error = console.Error;
            int[] cutoffs = parse.GetValue(ks) is { Length: > 0 } given ? given : [5, 10];
            int max = cutoffs.Max();
            string? splitName = parse.GetValue(split);
            string? tuneName = parse.GetValue(tune);
            var docDirs = parse.GetValue(docs)!;
            var goldFiles = parse.GetValue(gold)!;
            var splitFiles = parse.GetValue(splits) ?? [];
            var analyzer = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Entities | Stages.Keyphrases, MaxKeyphrases = max });
            var samples = new List<Sample>(docDirs.Length);
            for (int s = 0; s < docDirs.Length; s++)
            {
                var (sample, exit) = LoadSample(docDirs[s], goldFiles[s], splitFiles.Length > 0 ? splitFiles[s] : null, splitName, tuneName, analyzer, error);
                if (sample is null)
                {
                    return exit;
                }

                samples.Add(sample);
            }

            var start = parse.GetValue(weights) is { } text ? KeyphraseWeights.Parse(text, KeyphraseWeights.Default) : KeyphraseWeights.Default;
            var extractor = ReferenceEquals(start, KeyphraseWeights.Default) ? KeyphraseExtractor.Default : new KeyphraseExtractor(start, null);
            if (tuneName is not null)
            {
                error.WriteLine($"Choosing weights on {string.Join(" + ", samples.Select(s => s.TuneItems.Count))} documents of split {tuneName}; scoring {string.Join(" + ", samples.Select(s => s.Analyses.Count))} of split {splitName}.");
                var chosen = KeyphraseTuner.Tune([.. samples.Select(s => (IReadOnlyList<(ArticleAnalysis, string[])>)s.TuneItems)], start, error);
                output.WriteLine("Weights chosen: " + chosen);
                output.WriteLine();
                extractor = new KeyphraseExtractor(chosen, null);
            }
            else if (!ReferenceEquals(start, KeyphraseWeights.Default))
            {
                output.WriteLine("Weights: " + start);
                output.WriteLine();
            }

            var baselines = new List<KeyphraseBaseline>();
            foreach (string name in parse.GetValue(baseline) ?? [])
            {
                foreach (var b in name == "all" ? Enum.GetValues<KeyphraseBaseline>() : [ParseBaseline(name)!.Value])
                {
                    if (!baselines.Contains(b))
                    {
                        baselines.Add(b);
                    }
                }
            }

            // Per system, per sample, per cut-off: F1, for the mean over the samples.
            var f1 = new Dictionary<string, double[,]>(StringComparer.Ordinal);
            for (int s = 0; s < samples.Count; s++)
            {
                var sample = samples[s];
                var pairs = new List<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)>(sample.Files.Count);
                for (int i = 0; i < sample.Files.Count; i++)
                {
                    var a = sample.Analyses[i];
                    pairs.Add((extractor.Extract(a.Structure, a.Sentences, a.EntityAnalysis, max).Select(k => k.Text).ToArray(), sample.Gold[sample.Files[i].Id]));
                }

                if (s > 0)
                {
                    output.WriteLine();
                }

                output.WriteLine($"Key phrases of {sample.Files.Count} documents against {sample.GoldName}{(splitName is null ? string.Empty : $", split {splitName}")} (Porter-stemmed exact match, macro-averaged, x100):");
                output.WriteLine();
                output.WriteLine("| k | precision | recall | F1 |");
                output.WriteLine("|---|---|---|---|");
                for (int c = 0; c < cutoffs.Length; c++)
                {
                    var score = KeyphraseEvaluator.Evaluate(pairs, cutoffs[c]);
                    Record(f1, "textinsight", samples.Count, cutoffs.Length, s, c, score.F1);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {cutoffs[c]} | {100 * score.Precision:0.00} | {100 * score.Recall:0.00} | {100 * score.F1:0.00} |"));
                }

                if (baselines.Count > 0)
                {
                    WriteComparison(output, cutoffs, pairs, baselines, sample, max, (name, c, value) => Record(f1, name, samples.Count, cutoffs.Length, s, c, value));
                }

                int shown = Math.Min(parse.GetValue(show), sample.Files.Count);
                for (int i = 0; i < shown; i++)
                {
                    var goldSet = new HashSet<string>(sample.Gold[sample.Files[i].Id].Select(KeyphraseEvaluator.Normalize), StringComparer.Ordinal);
                    output.WriteLine();
                    output.WriteLine($"{sample.Files[i].Id}: " + string.Join(" | ", pairs[i].Predicted.Select(p => (goldSet.Contains(KeyphraseEvaluator.Normalize(p)) ? "*" : string.Empty) + p)));
                    output.WriteLine("  gold: " + string.Join(" | ", sample.Gold[sample.Files[i].Id]));
                }
            }

            if (samples.Count > 1)
            {
                WriteMeans(output, cutoffs, f1, samples.Count);
            }

            output.WriteLine();
            var (wall, cpu, firstKb, kb) = MeasureSpeed(extractor, [.. samples.SelectMany(s => s.Analyses)], max);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Speed of the key phrase stage alone, one thread: {wall:0} articles/s elapsed, {cpu:0} articles per CPU second; {firstKb:0.0} KB allocated per article on the first pass (every article new to the thread), {kb:0.0} KB on later passes."));
            return Program.Success;
        });
        return command;
    }

    /// <summary>One sample: its documents with gold (of the split scored), their analyses, and the documents to choose weights on.</summary>
    private sealed record Sample(string GoldName, Dictionary<string, string[]> Gold, List<(string Id, string Path)> Files, List<ArticleAnalysis> Analyses, List<(ArticleAnalysis Analysis, string[] Gold)> TuneItems);

    /// <summary>Reads one sample's gold and split, and analyses its documents; null and the exit code when it cannot.</summary>
    private static (Sample? Sample, int Exit) LoadSample(DirectoryInfo docDir, FileInfo goldFile, FileInfo? splitFile, string? splitName, string? tuneName, TextAnalyzer analyzer, TextWriter error)
    {
        Dictionary<string, string[]> goldPhrases;
        HashSet<string>? only = null;
        HashSet<string>? tuneIds = null;
        try
        {
            goldPhrases = ReadIdLists(goldFile);
            if (splitFile is not null)
            {
                var lists = ReadIdLists(splitFile);
                if (!lists.TryGetValue(splitName!, out var ids))
                {
                    error.WriteLine($"{splitFile.FullName}: no split named '{splitName}' (it has: {string.Join(", ", lists.Keys)}).");
                    return (null, Program.UsageError);
                }

                only = new HashSet<string>(ids, StringComparer.Ordinal);
                if (tuneName is not null)
                {
                    if (!lists.TryGetValue(tuneName, out var tuneList))
                    {
                        error.WriteLine($"{splitFile.FullName}: no split named '{tuneName}' (it has: {string.Join(", ", lists.Keys)}).");
                        return (null, Program.UsageError);
                    }

                    tuneIds = new HashSet<string>(tuneList, StringComparer.Ordinal);
                    if (tuneName != splitName)
                    {
                        tuneIds.ExceptWith(only);
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error.WriteLine(e.Message);
            return (null, Program.UsageError);
        }

        if (!docDir.Exists)
        {
            error.WriteLine($"Not found: {docDir.FullName}");
            return (null, Program.UsageError);
        }

        var files = new List<(string Id, string Path)>();
        foreach (var path in Directory.EnumerateFiles(docDir.FullName, "*.txt", SearchOption.AllDirectories))
        {
            string id = DocumentId(docDir.FullName, path, goldPhrases);
            if ((only is null || only.Contains(id) || (tuneIds?.Contains(id) ?? false)) && goldPhrases.ContainsKey(id))
            {
                files.Add((id, path));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        if (files.Count == 0)
        {
            error.WriteLine($"No .txt document in {docDir.FullName} has gold key phrases in {goldFile.FullName}{(only is null ? string.Empty : " and is in the split")}.");
            return (null, Program.SomeFailed);
        }

        var scored = new List<(string Id, string Path)>(files.Count);
        var analyses = new List<ArticleAnalysis>(files.Count);
        var tuneItems = new List<(ArticleAnalysis Analysis, string[] Gold)>();
        foreach (var (id, path) in files)
        {
            var analysis = analyzer.Analyze(File.ReadAllText(path), id);
            if (tuneIds?.Contains(id) ?? false)
            {
                tuneItems.Add((analysis, goldPhrases[id]));
            }

            if (only is null || only.Contains(id))
            {
                scored.Add((id, path));
                analyses.Add(analysis);
            }
        }

        return (new Sample(goldFile.Name, goldPhrases, scored, analyses, tuneItems), Program.Success);
    }

    private static void Record(Dictionary<string, double[,]> f1, string system, int samples, int cutoffs, int sample, int cutoff, double value)
    {
        if (!f1.TryGetValue(system, out var table))
        {
            f1[system] = table = new double[samples, cutoffs];
        }

        table[sample, cutoff] = value;
    }

    /// <summary>Each system's F1 at each cut-off, averaged over the samples (each sample counts once, whatever its size).</summary>
    private static void WriteMeans(StreamWriter output, int[] cutoffs, Dictionary<string, double[,]> f1, int samples)
    {
        output.WriteLine();
        output.WriteLine($"Mean over the {samples} samples (F1, x100):");
        output.WriteLine();
        output.WriteLine("| system |" + string.Concat(cutoffs.Select(k => $" F1@{k} |")));
        output.WriteLine("|---|" + string.Concat(cutoffs.Select(_ => "---|")));
        foreach (var (system, table) in f1)
        {
            var row = new StringBuilder($"| {system} |");
            for (int c = 0; c < cutoffs.Length; c++)
            {
                double sum = 0;
                for (int s = 0; s < samples; s++)
                {
                    sum += table[s, c];
                }

                row.Append(CultureInfo.InvariantCulture, $" {100 * sum / samples:0.00} |");
            }

            output.WriteLine(row.ToString());
        }
    }

    /// <summary>
    /// A document's id in the gold file: its path under <paramref name="root"/> with '/' between folders
    /// (<c>business/021.txt</c>, as the BBC key phrase sample keys it, whose file names repeat across sections) when the
    /// gold file has that key, else its file name without <c>.txt</c> (as 500N-KPCrowd keys it).
    /// </summary>
    internal static string DocumentId(string root, string path, IReadOnlyDictionary<string, string[]> gold)
    {
        string relative = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
        return gold.ContainsKey(relative) ? relative : Path.GetFileNameWithoutExtension(path);
    }

    private static KeyphraseBaseline? ParseBaseline(string name)
    {
        foreach (var b in Enum.GetValues<KeyphraseBaseline>())
        {
            if (string.Equals(KeyphraseBaselines.NameOf(b), name, StringComparison.OrdinalIgnoreCase))
            {
                return b;
            }
        }

        return null;
    }

    /// <summary>The extractor's scores and the baselines' on the same documents and candidates, one row each.</summary>
    private static void WriteComparison(
        StreamWriter output,
        int[] cutoffs,
        List<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)> ours,
        List<KeyphraseBaseline> baselines,
        Sample sample,
        int max,
        Action<string, int, double> record)
    {
        output.WriteLine();
        output.WriteLine("Side by side, same documents and candidates (x100):");
        output.WriteLine();
        var header = new StringBuilder("| system |");
        var rule = new StringBuilder("|---|");
        foreach (int k in cutoffs)
        {
            header.Append(CultureInfo.InvariantCulture, $" P@{k} | R@{k} | F1@{k} |");
            rule.Append("---|---|---|");
        }

        output.WriteLine(header.ToString());
        output.WriteLine(rule.ToString());
        WriteRow(output, "textinsight", cutoffs, ours, (_, _) => { });
        foreach (var b in baselines)
        {
            var pairs = new List<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)>(sample.Files.Count);
            for (int i = 0; i < sample.Files.Count; i++)
            {
                var a = sample.Analyses[i];
                pairs.Add((KeyphraseBaselines.Extract(b, a.Structure, a.Sentences, max), sample.Gold[sample.Files[i].Id]));
            }

            string name = KeyphraseBaselines.NameOf(b);
            WriteRow(output, name, cutoffs, pairs, (c, value) => record(name, c, value));
        }
    }

    private static void WriteRow(StreamWriter output, string name, int[] cutoffs, List<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)> pairs, Action<int, double> record)
    {
        var row = new StringBuilder($"| {name} |");
        for (int c = 0; c < cutoffs.Length; c++)
        {
            var s = KeyphraseEvaluator.Evaluate(pairs, cutoffs[c]);
            record(c, s.F1);
            row.Append(CultureInfo.InvariantCulture, $" {100 * s.Precision:0.00} | {100 * s.Recall:0.00} | {100 * s.F1:0.00} |");
        }

        output.WriteLine(row.ToString());
    }

    /// <summary>
    /// Runs the extractor over the analysed documents for at least a second, as the pipeline runs it (on documents that
    /// hold their tokens and entities already, built once here); returns articles per elapsed second and per second of
    /// the process's CPU time (on a shared machine the second is the fairer figure), and the bytes the thread allocated
    /// per article, in KB, on the first pass (the words and phrases new to the thread's tables) and on the later ones.
    /// </summary>
    private static (double Elapsed, double Cpu, double FirstKb, double Kb) MeasureSpeed(KeyphraseExtractor extractor, List<ArticleAnalysis> analyses, int max)
    {
        var documents = new List<ArticleDocument>(analyses.Count);
        foreach (var a in analyses)
        {
            var d = ArticleDocument.Create(a.Structure, a.Sentences, tokenize: true);
            d.Entities = a.EntityAnalysis;
            documents.Add(d);
        }

        // The first pass on a thread of its own, whose tables start empty (this thread's saw the articles already).
        double firstKb = 0;
        var first = new Thread(() =>
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var d in documents)
            {
                extractor.Extract(d, max);
            }

            firstKb = (GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0 / Math.Max(1, documents.Count);
        });
        first.Start();
        first.Join();
        foreach (var d in documents)
        {
            extractor.Extract(d, max);
        }

        long done = 0;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(1))
        {
            foreach (var d in documents)
            {
                extractor.Extract(d, max);
            }

            done += documents.Count;
        }

        double elapsed = watch.Elapsed.TotalSeconds;
        double kb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / Math.Max(1, done);
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        foreach (var d in documents)
        {
            d.Release();
        }

        return (done / elapsed, cpu > 0 ? done / cpu : 0, firstKb, kb);
    }

    /// <summary>Reads a JSON object whose values are arrays of strings.</summary>
    private static Dictionary<string, string[]> ReadIdLists(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new IOException($"Not found: {file.FullName}");
        }

        try
        {
            using var stream = file.OpenRead();
            using var json = JsonDocument.Parse(stream);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{file.FullName}: expected a JSON object of string arrays.");
            }

            var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var property in json.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.Array)
                {
                    throw new InvalidDataException($"{file.FullName}: the value of \"{property.Name}\" is not an array.");
                }

                var items = new List<string>();
                foreach (var item in property.Value.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        throw new InvalidDataException($"{file.FullName}: \"{property.Name}\" holds a value that is not a string.");
                    }

                    items.Add(item.GetString()!);
                }

                result[property.Name] = [.. items];
            }

            return result;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file.FullName}: not valid JSON ({e.Message}).", e);
        }
    }
}
