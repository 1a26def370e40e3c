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
        var errors = new Option<int?>("--errors") { Description = "List the pairs of this half (1 or 2) that the resolution gets wrong: look at the half the rules are chosen on, not the other." };
        var command = new Command("linking", "Evaluate corpus entity resolution: merge precision and recall on pairs of mentions across documents.") { records, sample, errors };
        command.SetAction(parse => Run(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, parse.GetValue(records)!, parse.GetValue(sample)!, parse.GetValue(errors)));
        return command;
    }

    private static int Run(TextWriter output, TextWriter error, string recordsPath, string samplePath, int? listErrors)
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

        foreach (var p in pairs)
        {
            wanted.Add(p.SourceA);
            wanted.Add(p.SourceB);
        }

        // Every record is resolved, in order, as analyze would; only the records the sample names are kept.
        var resolver = new CorpusEntityResolver();
        var kept = new Dictionary<string, AnalysisRecord>(StringComparer.Ordinal);
        int documents = 0;
        try
        {
            foreach (string line in File.ReadLines(recordsPath))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                var record = AnalysisJson.Deserialize(line);
                resolver.Resolve(record);
                documents++;
                if (wanted.Contains(record.Source))
                {
                    kept[record.Source] = record;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            error.WriteLine($"textinsight evaluate linking: cannot read {recordsPath}: {ex.Message}");
            return Program.UsageError;
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
            if (!right && listErrors == pair.Half)
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
        return Program.Success;
    }
}
