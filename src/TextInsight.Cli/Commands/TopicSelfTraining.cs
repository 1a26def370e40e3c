using System.CommandLine;
using System.Globalization;
using TextInsight.Internals;
using TextInsight.Topics;

namespace TextInsight.Cli.Commands;

/// <summary>
/// Self-training for <c>train topics</c> and <c>evaluate topics --train-folder</c>: a first model labels unlabeled texts
/// (for example news of a period between the labelled ones), the texts it is sure of join the training data with the
/// label it gave and a small total weight, and the model is trained again, so words the labelled texts lack can pick up
/// the weight of the words they occur with.
/// </summary>
internal sealed class TopicSelfTraining
{
    private readonly Option<string[]> _unlabeled = new("--unlabeled") { Description = "Unlabeled texts for self-training: a folder of .txt files (one text each) or a file with one text per line (.gz read as gzip); repeatable.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<double> _threshold = new("--pseudo-threshold") { Description = "Self-training: keep an unlabeled text when the first model's top probability is at least this.", DefaultValueFactory = _ => 0.9 };
    private readonly Option<double> _share = new("--pseudo-weight") { Description = "Self-training: the kept texts weigh this much in total, relative to the labeled texts' total weight of 1.", DefaultValueFactory = _ => 0.25 };

    public void AddTo(Command command)
    {
        command.Options.Add(_unlabeled);
        command.Options.Add(_threshold);
        command.Options.Add(_share);
    }

    /// <summary>The labeled texts, plus the unlabeled texts the first model is sure of when --unlabeled is given.</summary>
    public IReadOnlyList<LabeledText> Extend(ParseResult parse, IReadOnlyList<LabeledText> labeled, TopicTrainingOptions options, ISet<string> exclude, TextWriter log)
    {
        var sources = parse.GetValue(_unlabeled) ?? [];
        if (sources.Length == 0)
        {
            return labeled;
        }

        var threshold = parse.GetValue(_threshold);
        var share = parse.GetValue(_share);
        if (threshold is <= 0 or > 1 || share is <= 0 || !double.IsFinite(share))
        {
            throw new ArgumentException("--pseudo-threshold must be in (0, 1] and --pseudo-weight above 0.");
        }

        var first = TopicClassifier.Train(labeled, options);
        var known = new HashSet<string>(labeled.Select(t => t.Text), StringComparer.Ordinal);
        var kept = new List<LabeledText>();
        var read = 0;
        foreach (var source in sources)
        {
            foreach (var text in Read(source))
            {
                read++;
                if (known.Contains(text) || exclude.Contains(text) || !known.Add(text))
                {
                    continue;
                }

                var top = first.Predict(text, 1)[0];
                if (top.Score >= threshold)
                {
                    kept.Add(new LabeledText(text, top.Label, source));
                }
            }
        }

        var labeledWeight = labeled.Sum(t => t.Weight);
        var each = kept.Count == 0 ? 0 : share * labeledWeight / kept.Count;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Self-training: kept {kept.Count} of {read} unlabeled texts at top probability >= {threshold} ({string.Join(", ", kept.GroupBy(t => t.Label).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}), weighing {share} of the labeled texts in total"));
        return [.. labeled, .. kept.Select(t => t with { Weight = each })];
    }

    internal static IEnumerable<string> Read(string source)
    {
        if (Directory.Exists(source))
        {
            var files = Directory.GetFiles(source, "*.txt", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                yield return TopicCorpus.Decode(File.ReadAllBytes(file));
            }

            yield break;
        }

        using var stream = File.OpenRead(source);
        using var reader = new StreamReader(source.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new CheckedGzipStream(stream) : stream);
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return line;
            }
        }
    }
}
