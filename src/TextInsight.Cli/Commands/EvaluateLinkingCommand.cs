using System.CommandLine;
using System.Text.Json;
using TextInsight.Cli.Evaluation;
using TextInsight.Entities.Corpus;
using TextInsight.Serialization;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>textinsight evaluate linking</c>: resolves the records of an <c>analyze</c> run across documents, in their order,
/// and scores the corpus ids on a hand-checked sample of mention pairs (merge precision and recall, per half).
/// </summary>
internal static class EvaluateLinkingCommand
{
    public static Command Create()
    {
        var sample = new Option<string>("--sample") { Description = "The sample: tab-separated pairs of mentions in two documents, labelled same or different (tests/linking-sample/pairs.tsv).", Required = true };
        var records = new Argument<string>("records") { Description = "The JSON Lines output of 'textinsight analyze' over the documents the sample names (for instance the BBC articles folder), in input order." };
        var errors = new Option<int[]>("--errors")
        {
            Description = "List the pairs of these halves (the sample's `half` column; --errors 1 2 or --errors 1 --errors 2) that the resolution gets wrong: look only at halves the rules are chosen on, never at a held-out one.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("linking", "Evaluate corpus entity resolution: merge precision and recall on pairs of mentions across documents.") { records, sample, errors };
        command.SetAction(parse => Run(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, parse.GetValue(records)!, parse.GetValue(sample)!, parse.GetValue(errors)));
        return command;
    }

    private static int Run(TextWriter output, TextWriter error, string recordsPath, string samplePath, int[]? listErrors)
    {
        List<LinkingPair> pairs;
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            pairs = LinkingPair.Read(samplePath);
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
        {
            error.WriteLine("textinsight evaluate linking: " + ex.Message);
            return Program.UsageError;
        }

        // A half asked for that the sample does not hold would list nothing, which reads as "no errors".
        var listed = new HashSet<int>(listErrors ?? []);
        var present = new SortedSet<int>(pairs.Select(p => p.Half));
        var missing = listed.Where(h => !present.Contains(h)).Order().ToList();
        if (missing.Count > 0)
        {
            error.WriteLine($"textinsight evaluate linking: --errors: {samplePath} has no pairs in half {string.Join(", ", missing)} (its halves: {string.Join(", ", present)})");
            return Program.UsageError;
        }

        foreach (var p in pairs)
        {
            wanted.Add(p.SourceA);
            wanted.Add(p.SourceB);
        }

        // Every record is resolved, in order, as analyze would. The records are read first, so that the time and the
        // heap measured are the resolver's alone.
        var records = new List<AnalysisRecord>();
        try
        {
            foreach (string line in File.ReadLines(recordsPath))
            {
                if (line.Length > 0)
                {
                    records.Add(AnalysisJson.Deserialize(line));
                }
            }
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            error.WriteLine($"textinsight evaluate linking: cannot read {recordsPath}: {ex.Message}");
            return Program.UsageError;
        }

        // A first pass compiles the resolver's code (the tool runs without tiered compilation), so that the pass
        // measured shows the cost per document; the compilation is paid once per process.
        var warmUp = new CorpusEntityResolver();
        var copies = records.Select(r => AnalysisJson.Deserialize(AnalysisJson.Serialize(r))).ToList();
        // CPU time as well as wall: on a shared machine the wall clock counts other processes' turns.
        var warmCpu = Environment.CpuUsage.TotalTime;
        var warmClock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var copy in copies)
        {
            warmUp.Resolve(copy);
        }

        warmClock.Stop();
        warmCpu = Environment.CpuUsage.TotalTime - warmCpu;
        copies.Clear();
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var resolver = new CorpusEntityResolver();
        var growth = new List<string>();
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < records.Count; i++)
        {
            resolver.Resolve(records[i]);
            if ((i + 1) % Math.Max(1, records.Count / 4) == 0 || i + 1 == records.Count)
            {
                growth.Add($"{i + 1}: {resolver.Count}");
            }
        }

        clock.Stop();
        cpu = Environment.CpuUsage.TotalTime - cpu;
        long heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(resolver);
        int documents = records.Count;
        var kept = new Dictionary<string, AnalysisRecord>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (wanted.Contains(record.Source))
            {
                kept[record.Source] = record;
            }
        }

        var halves = new SortedDictionary<int, LinkingScore>();
        var all = new LinkingScore();
        foreach (var pair in pairs)
        {
            if (!halves.TryGetValue(pair.Half, out var score))
            {
                halves[pair.Half] = score = new LinkingScore();
            }

            int? a = LinkingScore.CorpusIdOf(kept.GetValueOrDefault(pair.SourceA), pair.MentionA);
            int? b = LinkingScore.CorpusIdOf(kept.GetValueOrDefault(pair.SourceB), pair.MentionB);
            bool right = score.Add(pair, a, b);
            all.Add(pair, a, b);
            if (!right && listed.Contains(pair.Half))
            {
                string Describe(int? id) => id is { } i && resolver.Find(i) is { } e ? $"{i} {e.Name} ({e.Type}, {e.Documents} docs)" : "not found";
                output.WriteLine($"  wrong: {pair.SourceA} '{pair.MentionA}' → {Describe(a)} | {pair.SourceB} '{pair.MentionB}' → {Describe(b)}; gold {(pair.Same ? "same" : "different")} {pair.Note}");
            }
        }

        output.WriteLine($"records: {recordsPath} ({documents} documents, {resolver.Count} corpus entities); sample: {samplePath}");
        foreach (var (half, score) in halves)
        {
            output.WriteLine(score.Line($"half {half}"));
        }

        output.WriteLine(all.Line("all"));
        long heap = Math.Max(0, heapAfter - heapBefore);
        output.WriteLine(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"resolution: {documents} documents in {clock.Elapsed.TotalMilliseconds:F0} ms, {cpu.TotalMilliseconds:F0} ms CPU (the first pass in the process, compiling the code: {warmClock.Elapsed.TotalMilliseconds:F0} ms, {warmCpu.TotalMilliseconds:F0} ms CPU) ({clock.Elapsed.TotalMilliseconds * 1000 / Math.Max(1, documents):F0} µs per document); resolver heap {heap / 1048576.0:F1} MB for {resolver.Count} corpus entities ({heap / (double)Math.Max(1, resolver.Count):F0} bytes each); corpus entities after documents {string.Join(", ", growth)}"));
        return Program.Success;
    }
}
