using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using TextInsight.Entities.Ner;
using TextInsight.Internals;
using TextInsight.Structure;
using TextInsight.Text;
using TextInsight.Topics;
using TextInsight.Structure.Training;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>evaluate language</c>: the language check (<see cref="LanguageCheck"/>) on documents as <c>analyze</c> reads them
/// (plain text, HTML pages): how many are judged English, not English and too short to tell, with the share of
/// lower-case words that are English at each threshold given, and the documents judged not English listed.
/// </summary>
internal static class EvaluateLanguageCommand
{
    public static Command Create()
    {
        var texts = new Option<string[]>("--texts") { Description = "A folder of .txt files (BBC folders, corpus/, keyphrases-dev docs); repeatable." };
        var pages = new Option<string[]>("--pages") { Description = "A benchmark folder with ground-truth.json and html/<id>.html.gz: the truths as plain text and the pages as HTML; repeatable." };
        var conll = new Option<string?>("--conll") { Description = "A CoNLL file: its documents, one sentence a line." };
        var unlabeled = new Option<string[]>("--unlabeled") { Description = "A text file (optionally .gz) of one document a line; repeatable." };
        var part = new Option<string>("--part") { Description = "tune (documents whose id's FNV-1a hash is even: a page's id, else the text), check (odd) or all.", DefaultValueFactory = _ => "all" };
        var shares = new Option<double[]>("--min-share") { Description = "Score at each of these least shares of English lower-case words (to choose one on the tune part); the built-in one by default.", AllowMultipleArgumentsPerToken = true };
        var counts = new Option<int[]>("--min-count") { Description = "Score with each of these least counts of a word in lower case in English news; the built-in one by default.", AllowMultipleArgumentsPerToken = true };
        var commons = new Option<double[]>("--min-common") { Description = "Score at each of these least shares of English's most frequent words; the built-in one by default.", AllowMultipleArgumentsPerToken = true };
        var list = new Option<int>("--list") { Description = "List up to this many documents of each set judged not English or labelled so, or Latin-script ones with fewer than 85% English words (id, verdict, counts, the body's start).", DefaultValueFactory = _ => 0 };
        var labels = new Option<string?>("--labels") { Description = "A TSV of document ids (page ids, or paths relative to a --texts folder) and the language of those that are not English (tests/language-sample/labels.tsv); every other document is English. Scores found and false alarms." };
        var speed = new Option<bool>("--speed") { Description = "Also time the check over the --texts documents' parsed structures on one thread (MB/s of UTF-8 body, best of five)." };
        var command = new Command("language", "Measure the check that a document is English: verdicts on English text (false alarms) and on pages in other languages, and speed.")
        {
            texts, pages, conll, unlabeled, part, shares, counts, commons, list, labels, speed,
        };
        command.SetAction(parse => Run(
            parse.GetValue(texts) ?? [], parse.GetValue(pages) ?? [], parse.GetValue(conll), parse.GetValue(unlabeled) ?? [],
            parse.GetValue(part) ?? "all", parse.GetValue(shares) ?? [], parse.GetValue(counts) ?? [], parse.GetValue(commons) ?? [], parse.GetValue(list),
            parse.GetValue(labels), parse.GetValue(speed), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] textFolders, string[] pageFolders, string? conll, string[] unlabeled, string part, double[] shares,
        int[] counts, double[] commons, int list, string? labelFile, bool speed, TextWriter stdout, TextWriter stderr)
    {
        if (part is not ("tune" or "check" or "all"))
        {
            stderr.WriteLine($"--part must be tune, check or all; got '{part}'.");
            return Program.UsageError;
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (labelFile is not null)
        {
            if (!File.Exists(labelFile))
            {
                stderr.WriteLine($"error: the labels file {labelFile} does not exist.");
                return Program.UsageError;
            }

            foreach (string line in File.ReadLines(labelFile))
            {
                if (line.Length > 0 && line[0] != '#' && line.Split('\t') is [var id, var language, ..])
                {
                    labels[id] = language;
                }
            }
        }

        var analyzer = TextAnalyzer.CreateBuilder(new TextAnalyzerOptions { Stages = Stages.Structure }).Build();
        var sets = new List<(string Name, List<(string Id, ArticleAnalysis Analysis)> Documents)>();
        try
        {
            foreach (string folder in textFolders)
            {
                var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories);
                Array.Sort(files, StringComparer.Ordinal);
                var docs = new List<(string, ArticleAnalysis)>();
                foreach (string f in files)
                {
                    string text = TopicCorpus.Decode(File.ReadAllBytes(f));
                    if (InPart(text, part))
                    {
                        docs.Add((Path.GetRelativePath(folder, f), analyzer.Analyze(text)));
                    }
                }

                sets.Add((folder, docs));
            }

            foreach (string folder in pageFolders)
            {
                var truths = new List<(string, ArticleAnalysis)>();
                var htmls = new List<(string, ArticleAnalysis)>();
                foreach (var (id, text) in OneLineBreakTrainer.ReadTruth(Path.Combine(folder, "ground-truth.json"), PagePart.All))
                {
                    if (!InPart(id, part))
                    {
                        continue;
                    }

                    truths.Add((id, analyzer.Analyze(text)));
                    string page = Path.Combine(folder, "html", id + ".html.gz");
                    if (File.Exists(page))
                    {
                        using var gz = new GZipStream(File.OpenRead(page), CompressionMode.Decompress);
                        using var reader = new StreamReader(gz, Encoding.UTF8);
                        htmls.Add((id, analyzer.Analyze(new DocumentInput { Source = id, Content = reader.ReadToEnd(), Format = DocumentFormat.Html })));
                    }
                }

                sets.Add((folder + " truths", truths));
                sets.Add((folder + " pages (HTML)", htmls));
            }

            if (conll is not null)
            {
                var docs = new List<(string, ArticleAnalysis)>();
                var read = IobCorpusReader.ReadFile(conll);
                for (int i = 0; i < read.Count; i++)
                {
                    string text = string.Join('\n', read[i].Sentences.Select(s => string.Join(' ', s.Tokens)));
                    if (InPart(text, part))
                    {
                        docs.Add(("document " + i.ToString(CultureInfo.InvariantCulture), analyzer.Analyze(text)));
                    }
                }

                sets.Add((conll, docs));
            }

            foreach (string file in unlabeled)
            {
                var docs = new List<(string, ArticleAnalysis)>();
                using var stream = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                    ? (Stream)new GZipStream(File.OpenRead(file), CompressionMode.Decompress)
                    : File.OpenRead(file);
                using var reader = new StreamReader(stream, Encoding.UTF8);
                int line = 0;
                while (reader.ReadLine() is { } text)
                {
                    line++;
                    if (text.Length > 0 && InPart(text, part))
                    {
                        docs.Add(("line " + line.ToString(CultureInfo.InvariantCulture), analyzer.Analyze(text)));
                    }
                }

                sets.Add((file, docs));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or JsonException)
        {
            stderr.WriteLine("error: " + e.Message);
            return Program.UsageError;
        }

        if (sets.Count == 0)
        {
            stderr.WriteLine("Give documents to measure on: --texts DIR, --pages DIR, --conll FILE or --unlabeled FILE.");
            return Program.UsageError;
        }

        var caser = TrueCaser.Default;
        double[] chosenCommons = commons.Length == 0 ? [LanguageCheck.MinCommonShare] : commons;
        if (caser is null)
        {
            stderr.WriteLine("error: the built-in English word counts (truecase-news-v1.bin) could not be loaded.");
            return 1;
        }

        int[] chosenCounts = counts.Length == 0 ? [LanguageCheck.MinEnglishCount] : counts;
        double[] chosenShares = shares.Length == 0 ? [LanguageCheck.MinEnglishShare] : shares;
        foreach (var (name, documents) in sets)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} (part {part}): {documents.Count} documents"));
            foreach (int count in chosenCounts)
            {
                var lexicon = new EnglishLexicon(caser, count, LanguageCheck.CommonWords);
                var verdicts = documents.Select(d => LanguageCheck.Check(d.Analysis.Structure, lexicon)).ToList();
                foreach (double share in chosenShares)
                foreach (double common in chosenCommons)
                {
                    int english = 0, notEnglish = 0, tooShort = 0, otherScript = 0, foreign = 0, found = 0, falseAlarms = 0;
                    for (int i = 0; i < verdicts.Count; i++)
                    {
                        var v = verdicts[i];
                        var decision = Decide(v, share, common);
                        bool labelled = labels.ContainsKey(documents[i].Id);
                        foreign += labelled ? 1 : 0;
                        found += labelled && decision == LanguageDecision.NotEnglish ? 1 : 0;
                        falseAlarms += !labelled && decision == LanguageDecision.NotEnglish ? 1 : 0;
                        switch (decision)
                        {
                            case LanguageDecision.English: english++; break;
                            case LanguageDecision.TooShort: tooShort++; break;
                            default:
                                notEnglish++;
                                otherScript += v.Script == WritingScript.Latin ? 0 : 1;
                                break;
                        }
                    }

                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  min-count {count} min-share {share:0.00} min-common {common:0.00}: English {english}, not English {notEnglish} ({otherScript} by script, {notEnglish - otherScript} Latin), too short to tell {tooShort}; labelled not English {foreign}: found {found}; English {documents.Count - foreign}: judged not English {falseAlarms}"));
                }

                if (list > 0)
                {
                    int shown = 0;
                    for (int i = 0; i < documents.Count && shown < list; i++)
                    {
                        var v = verdicts[i];
                        if (v.Decision == LanguageDecision.NotEnglish || labels.ContainsKey(documents[i].Id) || (v.Decision == LanguageDecision.English && (v.EnglishShare < 0.85 || v.CommonShare < 0.3)))
                        {
                            shown++;
                            string body = documents[i].Analysis.Body;
                            string start = body[..Math.Min(body.Length, 90)].ReplaceLineEndings(" ");
                            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                                $"    {documents[i].Id}{(labels.TryGetValue(documents[i].Id, out var l) ? " [" + l + "]" : "")}: {v.Decision} {v.Tag} letters {v.Letters} words {v.EnglishWords}/{v.Words} ({v.EnglishShare:P0}) common {v.CommonShare:P0} \"{start}\""));
                        }
                    }
                }
            }

            var shipped = documents.Count(d => d.Analysis.Language is not null);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  as analyzed (ArticleAnalysis.Language set): {shipped} of {documents.Count}"));
        }

        if (speed)
        {
            var structures = sets.Where(s => !s.Name.EndsWith(" pages (HTML)", StringComparison.Ordinal)).SelectMany(s => s.Documents).Select(d => d.Analysis.Structure).ToList();
            long bytes = structures.Sum(s => (long)Encoding.UTF8.GetByteCount(s.GetBody()));
            double best = double.MaxValue;
            int flagged = 0;
            for (int rep = 0; rep < 5; rep++)
            {
                flagged = 0;
                var watch = Stopwatch.StartNew();
                foreach (var s in structures)
                {
                    flagged += LanguageCheck.Check(s, EnglishLexicon.Default).Decision == LanguageDecision.NotEnglish ? 1 : 0;
                }

                best = Math.Min(best, watch.Elapsed.TotalSeconds);
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"speed: {structures.Count} documents, {bytes / 1e6:F1} MB of UTF-8 body, checked in {best * 1000:F1} ms: {bytes / 1e6 / best:F0} MB/s on one thread ({flagged} not English)"));
        }

        return 0;
    }

    // The shipped verdict with another least share of English words (a verdict by script stands whatever the share).
    private static LanguageDecision Decide(LanguageVerdict v, double minShare, double minCommon) =>
        v.Script != WritingScript.Latin || v.Decision == LanguageDecision.TooShort ? v.Decision
        : v.EnglishWords >= minShare * v.Words || v.CommonWords >= minCommon * v.Words ? LanguageDecision.English : LanguageDecision.NotEnglish;

    private static bool InPart(string key, string part) => part == "all" || (Fnv1a.Hash(key) % 2 == 0) == (part == "tune");
}
