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
        var docs = new Option<DirectoryInfo>("--docs") { Description = "Folder of articles (.txt: the title on line 1, then the body); a document's id is its path under the folder (section/001.txt, with / between folders) where the gold file has that key, else its file name without .txt.", Required = true };
        var gold = new Option<FileInfo>("--gold") { Description = "JSON object of gold key phrases: {\"<id>\": [\"phrase\", ...]}.", Required = true };
        var ks = new Option<int[]>("--k") { Description = "Cut-offs (default 5 10).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [5, 10] };
        var splits = new Option<FileInfo?>("--splits") { Description = "JSON object of id lists by split name ({\"train\": [...], \"test\": [...]}), to score one split with --split." };
        var split = new Option<string?>("--split") { Description = "With --splits: the split to score." };
        var tune = new Option<string?>("--tune") { Description = "With --splits: choose the extractor's weights on this split (coordinate ascent on the mean of F1@5 and F1@10), print them, and score --split with them (the same split as --split: the in-sample score, so that a held-out split is not scored while choosing)." };
        var baseline = new Option<string[]>("--baseline") { Description = "Also score these published baselines over the same candidates, side by side: firstphrases, tfidf, textrank, positionrank, or all.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var show = new Option<int>("--show") { Description = "Print the predictions and gold of this many documents (matches marked with *).", DefaultValueFactory = _ => 0 };
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
        var command = new Command("keyphrases", "Precision, recall and F1 at k of key phrases against people's (Porter-stemmed exact match, macro-averaged), and the stage's speed.")
        {
            docs, gold, ks, splits, split, tune, baseline, show,
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
            if ((r.GetValue(splits) is null) != (r.GetValue(split) is null))
            {
                r.AddError("Give --splits and --split together.");
            }

            if (r.GetValue(tune) is not null && r.GetValue(splits) is null)
            {
                r.AddError("--tune needs --splits and --split: weights are chosen on one split and scored on another.");
            }
        });
        command.SetAction(parse =>
        {
            using var output = new StreamWriter(console.Out, new UTF8Encoding(false), 1 << 12, leaveOpen: true) { AutoFlush = true };
            var error = console.Error;
            var docDir = parse.GetValue(docs)!;
            var goldFile = parse.GetValue(gold)!;
            int[] cutoffs = parse.GetValue(ks) is { Length: > 0 } given ? given : [5, 10];
            Dictionary<string, string[]> goldPhrases;
            HashSet<string>? only = null;
            HashSet<string>? tuneIds = null;
            try
            {
                goldPhrases = ReadIdLists(goldFile);
                if (parse.GetValue(splits) is { } splitFile)
                {
                    string name = parse.GetValue(split)!;
                    var lists = ReadIdLists(splitFile);
                    if (!lists.TryGetValue(name, out var ids))
                    {
                        error.WriteLine($"{splitFile.FullName}: no split named '{name}' (it has: {string.Join(", ", lists.Keys)}).");
                        return Program.UsageError;
                    }

                    only = new HashSet<string>(ids, StringComparer.Ordinal);
                    if (parse.GetValue(tune) is { } tuneName)
                    {
                        if (!lists.TryGetValue(tuneName, out var tuneList))
                        {
                            error.WriteLine($"{splitFile.FullName}: no split named '{tuneName}' (it has: {string.Join(", ", lists.Keys)}).");
                            return Program.UsageError;
                        }

                        tuneIds = new HashSet<string>(tuneList, StringComparer.Ordinal);
                        if (tuneName != name)
                        {
                            tuneIds.ExceptWith(only);
                        }
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                error.WriteLine(e.Message);
                return Program.UsageError;
            }

            if (!docDir.Exists)
            {
                error.WriteLine($"Not found: {docDir.FullName}");
                return Program.UsageError;
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
                return Program.SomeFailed;
            }

            int max = cutoffs.Max();
            var analyzer = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Entities | Stages.Keyphrases, MaxKeyphrases = max });
            var analyses = new List<ArticleAnalysis>(files.Count);
            var tuneItems = new List<(ArticleAnalysis Analysis, string[] Gold)>();
            foreach (var (id, path) in files.ToList())
            {
                var analysis = analyzer.Analyze(File.ReadAllText(path), id);
                if (tuneIds?.Contains(id) ?? false)
                {
                    tuneItems.Add((analysis, goldPhrases[id]));
                }

                if (only is not null && !only.Contains(id))
                {
                    files.Remove((id, path));
                    continue;
                }

                analyses.Add(analysis);
            }

            var extractor = KeyphraseExtractor.Default;
            if (tuneIds is not null)
            {
                error.WriteLine($"Choosing weights on {tuneItems.Count} documents of split {parse.GetValue(tune)}; scoring {analyses.Count} of split {parse.GetValue(split)}.");
                var weights = KeyphraseTuner.Tune(tuneItems, KeyphraseWeights.Default, error);
                output.WriteLine("Weights chosen: " + weights);
                output.WriteLine();
                extractor = new KeyphraseExtractor(weights, null);
            }

            var pairs = new List<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)>(files.Count);
            for (int i = 0; i < files.Count; i++)
            {
                var a = analyses[i];
                pairs.Add((extractor.Extract(a.Structure, a.Sentences, a.EntityAnalysis, max).Select(k => k.Text).ToArray(), goldPhrases[files[i].Id]));
            }

            output.WriteLine($"Key phrases of {files.Count} documents against {goldFile.Name}{(only is null ? string.Empty : $", split {parse.GetValue(split)}")} (Porter-stemmed exact match, macro-averaged, x100):");
            output.WriteLine();
            output.WriteLine("| k | precision | recall | F1 |");
            output.WriteLine("|---|---|---|---|");
            foreach (int k in cutoffs)
            {
                var s = KeyphraseEvaluator.Evaluate(pairs, k);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {k} | {100 * s.Precision:0.00} | {100 * s.Recall:0.00} | {100 * s.F1:0.00} |"));
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

            if (baselines.Count > 0)
            {
                WriteComparison(output, cutoffs, pairs, baselines, analyses, files, goldPhrases, max);
            }

            output.WriteLine();
            var (wall, cpu, firstKb, kb) = MeasureSpeed(extractor, analyses, max);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Speed of the key phrase stage alone, one thread: {wall:0} articles/s elapsed, {cpu:0} articles per CPU second; {firstKb:0.0} KB allocated per article on the first pass (every article new to the thread), {kb:0.0} KB on later passes."));
            int shown = Math.Min(parse.GetValue(show), files.Count);
            for (int i = 0; i < shown; i++)
            {
                var gold = new HashSet<string>(goldPhrases[files[i].Id].Select(KeyphraseEvaluator.Normalize), StringComparer.Ordinal);
                output.WriteLine();
                output.WriteLine($"{files[i].Id}: " + string.Join(" | ", pairs[i].Predicted.Select(p => (gold.Contains(KeyphraseEvaluator.Normalize(p)) ? "*" : string.Empty) + p)));
                output.WriteLine("  gold: " + string.Join(" | ", goldPhrases[files[i].Id]));
            }

            return Program.Success;
        });
        return command;
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
        List<ArticleAnalysis> analyses,
        List<(string Id, string Path)> files,
        Dictionary<string, string[]> goldPhrases,
        int max)
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
        WriteRow(output, "textinsight", cutoffs, ours);
        foreach (var b in baselines)
        {
            var pairs = new List<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)>(files.Count);
            for (int i = 0; i < files.Count; i++)
            {
                var a = analyses[i];
                pairs.Add((KeyphraseBaselines.Extract(b, a.Structure, a.Sentences, max), goldPhrases[files[i].Id]));
            }

            WriteRow(output, KeyphraseBaselines.NameOf(b), cutoffs, pairs);
        }
    }

    private static void WriteRow(StreamWriter output, string name, int[] cutoffs, List<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)> pairs)
    {
        var row = new StringBuilder($"| {name} |");
        foreach (int k in cutoffs)
        {
            var s = KeyphraseEvaluator.Evaluate(pairs, k);
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
