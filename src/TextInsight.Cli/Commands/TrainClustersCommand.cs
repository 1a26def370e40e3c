using System.CommandLine;
using System.Diagnostics;
using TextInsight.Entities.Ner;
using TextInsight.Internals;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>textinsight train clusters</c>: learns word clusters from unlabelled text for the entity tagger's features
/// (<c>train entities --clusters</c>). Deterministic for a seed.
/// </summary>
internal static class TrainClustersCommand
{
    public static Command Create()
    {
        var text = new Option<string[]>("--text") { Description = "Unlabelled text: a .txt or .txt.gz file of one document a line, or a folder of .txt articles (searched recursively). Repeatable.", Required = true, AllowMultipleArgumentsPerToken = true };
        var conll = new Option<string[]>("--conll") { Description = "CoNLL files whose tokens (not labels) are read as text too. Repeatable.", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "The cluster file to write.", Required = true };
        var minCount = new Option<int>("--min-count") { Description = "Words seen fewer times are not clustered.", DefaultValueFactory = _ => 5 };
        var maxWords = new Option<int>("--max-words") { Description = "The most words clustered (the most frequent).", DefaultValueFactory = _ => 60_000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the projection and the k-means starts.", DefaultValueFactory = _ => 1 };
        var dimensions = new Option<int>("--dimensions") { Description = "Dimensions of the random projection of the context vectors.", DefaultValueFactory = _ => 256 };
        var contexts = new Option<int>("--context-words") { Description = "The most frequent words that serve as contexts.", DefaultValueFactory = _ => 1_500 };
        var command = new Command("clusters", "Learn word clusters from unlabelled text (features of the entity tagger).") { text, conll, output, minCount, maxWords, seed, dimensions, contexts };
        command.SetAction(parse => Run(parse.InvocationConfiguration.Error, parse.GetValue(text) ?? [], parse.GetValue(conll) ?? [], parse.GetValue(output)!,
            new NerClusterOptions { MinCount = parse.GetValue(minCount), MaxWords = parse.GetValue(maxWords), Seed = parse.GetValue(seed), Dimensions = parse.GetValue(dimensions), ContextWords = parse.GetValue(contexts) }));
        return command;
    }

    private static int Run(TextWriter error, string[] texts, string[] conll, string output, NerClusterOptions options)
    {
        if (options.MinCount < 1 || options.MaxWords < 100 || options.Dimensions is < 8 or > 4096 || options.ContextWords < 10)
        {
            error.WriteLine("error: --min-count must be at least 1, --max-words at least 100, --dimensions between 8 and 4096, --context-words at least 10.");
            return 2;
        }

        foreach (string path in texts.Concat(conll))
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                error.WriteLine($"error: {path} does not exist.");
                return 2;
            }
        }

        var clock = Stopwatch.StartNew();
        var clusters = NerClusterTrainer.Train(Documents(texts, conll), options, error.WriteLine);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using (var stream = File.Create(output))
        {
            clusters.Save(stream);
        }

        error.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes, {clusters.Count:N0} words) in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    // Every document of the inputs, in the order given (folders in ordinal order of their paths).
    private static IEnumerable<string> Documents(string[] texts, string[] conll)
    {
        foreach (string path in texts)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.GetFiles(path, "*.txt", SearchOption.AllDirectories);
                Array.Sort(files, StringComparer.Ordinal);
                foreach (string file in files)
                {
                    yield return TextDecoding.Decode(File.ReadAllBytes(file), out _);
                }

                continue;
            }

            using Stream raw = File.OpenRead(path);
            using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new CheckedGzipStream(raw) : raw;
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0)
                {
                    yield return line;
                }
            }
        }

        foreach (string path in conll)
        {
            foreach (var doc in IobCorpusReader.ReadFile(path))
            {
                yield return string.Join('\n', doc.Sentences.Select(s => string.Join(' ', s.Tokens)));
            }
        }
    }
}
