using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using TextInsight.Entities.Ner;
using TextInsight.Structure.Training;
using TextInsight.Text;
using TextInsight.Text.Evaluation;
using TextInsight.Text.Training;
using TextInsight.Topics;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>textinsight train truecase</c> (the truecaser that restores the case of text written in one case, <see cref="TrueCaser"/>)
/// and <c>textinsight evaluate case</c> (how often cased text triggers it, its word accuracy, sentences of lower-cased
/// and upper-cased text, speed).
/// </summary>
internal static class CaseCommands
{
    public static Command CreateTrain()
    {
        var unlabeled = new Option<string[]>("--unlabeled") { Description = "A file of documents one a line (\"Title. Body\", optionally .gz), as ../shared/data/unlabeled-news holds; repeatable.", AllowMultipleArgumentsPerToken = true };
        var folders = new Option<string[]>("--folder") { Description = "A folder of .txt articles in label sub-folders (title on the first line); repeatable." };
        var exclude = new Option<string[]>("--exclude-part") { Description = "Leave part K of N of each folder out of training (K/N, as evaluate case --part reads it); repeatable." };
        var conll = new Option<string?>("--conll") { Description = "A CoNLL file whose sentences are read as well (sentences in capitals are skipped)." };
        var smoothing = new Option<double>("--smoothing") { Description = "How strongly a context's counts lean toward the word's own (choose it with evaluate case on a tune part).", DefaultValueFactory = _ => 2 };
        var minContext = new Option<int>("--min-context") { Description = "How often a context must be seen to be kept.", DefaultValueFactory = _ => 2 };
        var disagreeing = new Option<bool>("--only-disagreeing") { Description = "Keep only the contexts in which a word is most often written otherwise than it mostly is (a smaller model)." };
        var output = new Option<string>("--out") { Description = "Write the model here.", Required = true };
        var command = new Command("truecase", "Train the truecaser that restores the case of text written in one case, from cased text.")
        {
            unlabeled, folders, exclude, conll, smoothing, minContext, disagreeing, output,
        };
        command.SetAction(parse => RunTrain(
            parse.GetValue(unlabeled) ?? [], parse.GetValue(folders) ?? [], parse.GetValue(exclude) ?? [], parse.GetValue(conll),
            parse.GetValue(smoothing), parse.GetValue(minContext), parse.GetValue(disagreeing), parse.GetValue(output)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    public static Command CreateEvaluate()
    {
        var folders = new Option<string[]>("--folder") { Description = "A folder of .txt articles in label sub-folders (title on the first line); repeatable, each reported apart." };
        var part = new Option<string?>("--part") { Description = "Keep part K of N of each folder (K/N, the parts train truecase --exclude-part leaves out)." };
        var texts = new Option<string[]>("--texts") { Description = "A folder of .txt files read as they are (for example corpus/); detection only; repeatable." };
        var truths = new Option<string[]>("--truth") { Description = "A ground-truth JSON file ({\"<id>\": {\"articleBody\": \"…\"}}); detection only; repeatable." };
        var conll = new Option<string?>("--conll") { Description = "A CoNLL file: its documents (one sentence a line) for detection and word accuracy." };
        var half = new Option<string?>("--half") { Description = "With --conll: only half a (even-numbered documents) or b (odd-numbered)." };
        var model = new Option<string?>("--model") { Description = "A model written by train truecase; the built-in one by default." };
        var smoothing = new Option<double[]>("--smoothing") { Description = "Score the words with each of these smoothings (to choose one on a tune part).", AllowMultipleArgumentsPerToken = true };
        var sentences = new Option<bool>("--sentences") { Description = "With --folder: sentence starts of the articles lower-cased and upper-cased, with and without case restoration, against the cased articles'." };
        var speed = new Option<bool>("--speed") { Description = "With --folder: articles restored per second on one thread." };
        var errors = new Option<int>("--errors") { Description = "List the words restored wrong most often (written → restored), this many." };
        var shout = new Option<bool>("--shout") { Description = "With --folder: each article with its longest paragraph in capitals; the names found in that paragraph, with and without case restoration, against those of the cased article." };
        var command = new Command("case", "Measure case restoration: detection on cased text, truecaser word accuracy, sentences of lower- and upper-cased text, speed.")
        {
            folders, part, texts, truths, conll, half, model, smoothing, sentences, speed, shout, errors,
        };
        command.SetAction(parse => RunEvaluate(
            parse.GetValue(folders) ?? [], parse.GetValue(part), parse.GetValue(texts) ?? [], parse.GetValue(truths) ?? [], parse.GetValue(conll),
            parse.GetValue(half), parse.GetValue(model), parse.GetValue(smoothing) ?? [], parse.GetValue(sentences), parse.GetValue(speed), parse.GetValue(shout), parse.GetValue(errors),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int RunTrain(string[] unlabeled, string[] folders, string[] exclude, string? conll, double smoothing, int minContext, bool disagreeing, string output, TextWriter stdout, TextWriter stderr)
    {
        if (unlabeled.Length + folders.Length == 0 && conll is null)
        {
            stderr.WriteLine("Give cased text to train on: --unlabeled FILE, --folder DIR or --conll FILE.");
            return Program.UsageError;
        }

        if (smoothing <= 0 || minContext < 1)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"--smoothing must be greater than 0 and --min-context at least 1; got {smoothing} and {minContext}."));
            return Program.UsageError;
        }

        var excluded = new List<(int K, int N)>();
        foreach (string e in exclude)
        {
            if (!EvaluateOneLineCommand.TryParsePart(e, out var p) || p is null)
            {
                stderr.WriteLine($"--exclude-part must be K/N with N at least 2 and K from 0 to N-1 (e.g. 4/5); got '{e}'.");
                return Program.UsageError;
            }

            excluded.Add(p.Value);
        }

        var trainer = new TrueCaserTrainer();
        try
        {
            foreach (string file in unlabeled)
            {
                using var stream = File.OpenRead(file);
                using Stream text = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
                using var reader = new StreamReader(text);
                while (reader.ReadLine() is { } line)
                {
                    trainer.AddDocumentLine(line);
                }
            }

            foreach (string folder in folders)
            {
                var all = TopicCorpus.ReadFolder(folder);
                var left = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (k, n) in excluded)
                {
                    foreach (var t in TopicCorpus.SelectPart(all, k, n))
                    {
                        left.Add(t.Source!);
                    }
                }

                foreach (var t in all)
                {
                    if (!left.Contains(t.Source!))
                    {
                        trainer.AddArticle(t.Text);
                    }
                }
            }

            if (conll is not null)
            {
                foreach (var doc in IobCorpusReader.ReadFile(conll))
                {
                    foreach (var sentence in doc.Sentences)
                    {
                        trainer.AddSentence(string.Join(' ', sentence.Tokens));
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            stderr.WriteLine("error: " + e.Message);
            return Program.UsageError;
        }

        var model = trainer.Train(smoothing, minContext, disagreeing);
        using (var file = File.Create(output))
        {
            model.Save(file);
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read {trainer.Paragraphs:N0} paragraphs, {trainer.Words:N0} words counted; model: {model.WordCount:N0} words, {model.ContextCount:N0} contexts, smoothing {smoothing}; wrote {output} ({new FileInfo(output).Length:N0} bytes)"));
        return Program.Success;
    }

    private static int RunEvaluate(string[] folders, string? part, string[] textFolders, string[] truths, string? conll, string? half, string? modelPath,
        double[] smoothings, bool sentences, bool speed, bool shout, int errors, TextWriter stdout, TextWriter stderr)
    {
        if (!EvaluateOneLineCommand.TryParsePart(part, out var selected))
        {
            stderr.WriteLine($"--part must be K/N with N at least 2 and K from 0 to N-1 (e.g. 3/5); got '{part}'.");
            return Program.UsageError;
        }

        if (half is not null and not "a" and not "b")
        {
            stderr.WriteLine($"--half must be a or b; got '{half}'.");
            return Program.UsageError;
        }

        if (folders.Length + textFolders.Length + truths.Length == 0 && conll is null)
        {
            stderr.WriteLine("Give texts to measure on: --folder DIR, --texts DIR, --truth FILE.json or --conll FILE.");
            return Program.UsageError;
        }

        TrueCaser? caser;
        var sets = new List<(string Name, List<string> Texts, bool Articles)>();
        try
        {
            using (var stream = modelPath is null ? null : File.OpenRead(modelPath))
            {
                caser = stream is null ? TrueCaser.Default : TrueCaser.Load(stream);
            }

            foreach (string folder in folders)
            {
                var texts = EvaluateOneLineCommand.Select([.. TopicCorpus.ReadFolder(folder)], selected);
                sets.Add((folder + (part is null ? "" : " part " + part), [.. texts.Select(t => t.Text)], true));
            }

            foreach (string folder in textFolders)
            {
                var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories);
                Array.Sort(files, StringComparer.Ordinal);
                sets.Add((folder, [.. files.Select(f => TopicCorpus.Decode(File.ReadAllBytes(f)))], false));
            }

            foreach (string truth in truths)
            {
                sets.Add((truth, [.. OneLineBreakTrainer.ReadTruth(truth, Structure.Training.PagePart.All).Select(t => t.Text)], false));
            }

            if (conll is not null)
            {
                var docs = IobCorpusReader.ReadFile(conll);
                var texts = new List<string>();
                for (int i = 0; i < docs.Count; i++)
                {
                    if (half is null || (i % 2 == 0) == (half == "a"))
                    {
                        texts.Add(string.Join('\n', docs[i].Sentences.Select(s => string.Join(' ', s.Tokens))));
                    }
                }

                sets.Add((conll + (half is null ? "" : " half " + half), texts, false));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or JsonException)
        {
            stderr.WriteLine("error: " + e.Message);
            return Program.UsageError;
        }

        if (caser is null)
        {
            stderr.WriteLine("error: this build carries no truecaser model; give --model.");
            return 1;
        }

        stdout.WriteLine($"model: {modelPath ?? "truecase-news-v1 (built in)"}: {caser.WordCount:N0} words, {caser.ContextCount:N0} contexts, smoothing {caser.Smoothing.ToString(CultureInfo.InvariantCulture)}");
        foreach (var (name, texts, articles) in sets)
        {
            var (triggered, lower, upper, stretches) = CaseEvaluator.Detect(texts);
            stdout.WriteLine($"{name}: {texts.Count} documents as written; case restoration triggered on {triggered} ({lower} whole in lower case, {upper} whole in capitals, {stretches} lines in capitals in cased text)");
            if (!articles && !name.StartsWith(conll ?? "\0", StringComparison.Ordinal))
            {
                continue;
            }

            var (asLower, asUpper, withI) = CaseEvaluator.DetectChanged(texts);
            stdout.WriteLine($"  taken as one case: lower-cased {asLower}, upper-cased {asUpper}, lower-cased with the pronoun I in capitals {withI}, of {texts.Count}");
            Words(stdout, "  words, lower-cased text as it is", CaseEvaluator.ScoreWords(null, texts, articles));
            Words(stdout, "  words, unigram forms only (no context)", CaseEvaluator.ScoreWords(caser.WithSmoothing(1e12), texts, articles));
            foreach (double s in smoothings.Length == 0 ? [caser.Smoothing] : smoothings)
            {
                var scores = CaseEvaluator.ScoreWords(caser.WithSmoothing(s), texts, articles);
                Words(stdout, "  words, truecaser smoothing " + s.ToString(CultureInfo.InvariantCulture), scores);
                foreach (var ((written, given), n) in scores.Errors.OrderByDescending(e => e.Value).ThenBy(e => e.Key.Written, StringComparer.Ordinal).Take(errors))
                {
                    stdout.WriteLine($"    {n,5}  {written} -> {given}");
                }
            }

            if (articles && sentences)
            {
                var reference = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Sentences });
                var off = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Sentences, RestoreCase = false });
                foreach (bool up in new[] { false, true })
                {
                    Sentences(stdout, $"  sentences, {(up ? "upper" : "lower")}-cased, as it is", CaseEvaluator.ScoreSentences(reference, off, texts, up));
                    Sentences(stdout, $"  sentences, {(up ? "upper" : "lower")}-cased, case restored", CaseEvaluator.ScoreSentences(reference, reference, texts, up));
                }
            }

            if (articles && shout)
            {
                var on = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Sentences | Stages.Entities });
                var off = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Sentences | Stages.Entities, RestoreCase = false });
                var (restoredScores, shouted) = CaseEvaluator.ScoreShoutedParagraph(on, on, texts);
                var (asIs, _) = CaseEvaluator.ScoreShoutedParagraph(on, off, texts);
                Agreement(stdout, $"  names in the longest paragraph in capitals ({shouted} of {texts.Count} restored), as it is", asIs);
                Agreement(stdout, "  names in the longest paragraph in capitals, case restored", restoredScores);
            }

            if (articles && speed)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  speed, one thread: {CaseEvaluator.MeasureSpeed(caser, texts, upper: false):F0} articles/s restored (lower-cased), {CaseEvaluator.MeasureSpeed(caser, texts, upper: true):F0} (upper-cased); {texts.Sum(t => t.Length) / (double)texts.Count:F0} characters an article"));
            }
        }

        return Program.Success;
    }

    private static void Words(TextWriter stdout, string name, CaseScores s)
    {
        var (p, r, f) = s.CapitalScores();
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {s.Words:N0} words, {s.Accuracy * 100:F2}% exact; words with a capital P {p * 100:F2} R {r * 100:F2} F1 {f * 100:F2}"));
    }

    private static void Agreement(TextWriter stdout, string name, (long Same, long Found, long Reference) s)
    {
        double p = s.Found == 0 ? 0 : (double)s.Same / s.Found, r = s.Reference == 0 ? 0 : (double)s.Same / s.Reference;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: agreement with the cased article's names P {p * 100:F2} R {r * 100:F2} F1 {(p + r == 0 ? 0 : 200 * p * r / (p + r)):F2} ({s.Same} same of {s.Found} found, {s.Reference} in the cased article)"));
    }

    private static void Sentences(TextWriter stdout, string name, BoundaryScores s)
    {
        var (p, r, f) = s.Scores();
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: starts P {p * 100:F2} R {r * 100:F2} F1 {f * 100:F2}; same count {s.SameCount}/{s.Documents} ({100.0 * s.SameCount / s.Documents:F1}%); {s.Found:N0} sentences for {s.Reference:N0} ({(double)s.Found / s.Reference:F3})"));
    }
}
