using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using TextInsight.Structure.Evaluation;
using TextInsight.Structure.Training;
using TextInsight.Topics;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>textinsight evaluate oneline --folder DIR [--truth FILE.json] [--part K/N] [--pages train|dev|test] [--errors N]</c>: analyzes each
/// article as written and flattened to one line (line breaks made spaces, as a CSV or JSON Lines field holds a whole
/// article) and reports how far the one-line form's analysis is from the written form's.
/// </summary>
internal static class EvaluateOneLineCommand
{
    public static Command Create()
    {
        var folders = new Option<string[]>("--folder") { Description = "A folder with one sub-folder per topic label, holding .txt articles (as evaluate topics reads it); repeat to add folders, each reported apart." };
        var truths = new Option<string[]>("--truth") { Description = "A ground-truth JSON file ({ \"<id>\": { \"articleBody\": \"…\" } }, as evaluate structure reads it): its texts, without topic labels; repeat to add files." };
        var part = new Option<string?>("--part") { Description = "Keep part K of N of each folder's or file's articles (K/N, e.g. 0/2; a fixed stratified share, as evaluate topics --test-part)." };
        var pages = new Option<string?>("--pages") { Description = "Keep only these pages of each --truth file, split by page id as the structure model's pages (FNV-1a of the id mod 5): train (2-4), dev (1) or test (0)." };
        var errors = new Option<int>("--errors") { Description = "List this many articles whose one-line form differs most (sentence count first, then topic, title, entities)." };
        var parallel = new Option<int>("--parallel") { Description = "Threads to analyze on.", DefaultValueFactory = _ => 1 };
        var command = new Command("oneline", "Compare each article's analysis as written and flattened to one line: sentences, topics, title, body, summary, entities.")
        {
            folders, truths, part, pages, errors, parallel,
        };
        command.SetAction(parse => Run(
            parse.GetValue(folders) ?? [],
            parse.GetValue(truths) ?? [],
            parse.GetValue(part),
            parse.GetValue(pages),
            parse.GetValue(errors),
            parse.GetValue(parallel),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(string[] folders, string[] truths, string? part, string? pages, int errors, int parallel, TextWriter stdout, TextWriter stderr)
    {
        if (folders.Length + truths.Length == 0)
        {
            stderr.WriteLine("Give --folder DIR (articles in one sub-folder per label) or --truth FILE.json, or both.");
            return Program.UsageError;
        }

        if (parallel < 1 || errors < 0)
        {
            stderr.WriteLine($"--parallel must be 1 or more and --errors 0 or more; got {parallel} and {errors}.");
            return Program.UsageError;
        }

        if (!TryParsePart(part, out var selected))
        {
            stderr.WriteLine($"--part must be K/N with N at least 2 and K from 0 to N-1 (e.g. 0/2); got '{part}'.");
            return Program.UsageError;
        }

        PagePart pagePart = PagePart.All;
        if (pages is not null && !TryParsePages(pages, out pagePart))
        {
            stderr.WriteLine($"--pages must be train, dev or test; got '{pages}'.");
            return Program.UsageError;
        }

        var sets = new List<(string Name, List<LabeledText> Texts, bool Labeled)>();
        try
        {
            foreach (var folder in folders)
            {
                sets.Add((folder, Select([.. TopicCorpus.ReadFolder(folder)], selected), true));
            }

            foreach (var truth in truths)
            {
                List<LabeledText> texts = [.. OneLineBreakTrainer.ReadTruth(truth, pagePart).Select(t => new LabeledText(t.Text, "", t.Id))];
                sets.Add((truth, Select(texts, selected), false));
            }
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine("error: " + e.Message);
            return Program.UsageError;
        }

        var analyzer = TextAnalyzer.CreateDefault();
        var all = new List<OneLineArticle>();
        foreach (var (name, texts, labeled) in sets)
        {
            var documents = texts.Select(t => (t.Text, labeled ? t.Label : (string?)null, t.Source ?? "")).ToList();
            var report = OneLineEvaluator.Run(analyzer, documents, parallel);
            Print(stdout, name + (part is null ? "" : " part " + part) + (pages is null || labeled ? "" : " " + pages + " pages"), report, errors);
            all.AddRange(report.Articles);
        }

        if (sets.Count > 1)
        {
            Print(stdout, "all", new OneLineReport(all), 0);
        }

        return Program.Success;
    }

    /// <summary>Reads a K/N part (null: every article).</summary>
    internal static bool TryParsePart(string? part, out (int K, int N)? selected)
    {
        selected = null;
        if (part is null)
        {
            return true;
        }

        var pieces = part.Split('/');
        if (pieces.Length != 2 || !int.TryParse(pieces[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(pieces[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 2 || k >= n)
        {
            return false;
        }

        selected = (k, n);
        return true;
    }

    /// <summary>Keeps part K of N of the texts (stratified by label, fixed seed), or all of them.</summary>
    internal static List<LabeledText> Select(List<LabeledText> texts, (int K, int N)? part) =>
        part is { } p ? TopicCorpus.SelectPart(texts, p.K, p.N) : texts;

    private static bool TryParsePages(string pages, out PagePart part)
    {
        part = pages switch
        {
            "train" => PagePart.Train,
            "dev" => PagePart.Dev,
            "test" => PagePart.Test,
            _ => PagePart.All,
        };
        return part != PagePart.All;
    }

    private static void Print(TextWriter stdout, string name, OneLineReport r, int errors)
    {
        int n = r.Articles.Count;
        stdout.WriteLine(name);
        if (n == 0)
        {
            stdout.WriteLine("  no articles");
            return;
        }

        stdout.WriteLine(Format($"  articles {n}  sentences within 10%: {r.WithinTenPercent} ({Share(r.WithinTenPercent, n)})  total sentence ratio {r.TotalSentenceRatio:F3} ({r.Articles.Sum(a => a.FlatSentences)} one-line / {r.Articles.Sum(a => a.Sentences)} written)"));
        if (r.Labeled > 0)
        {
            stdout.WriteLine(Format($"  topic accuracy: written {r.Accuracy:F4}  one line {r.FlatAccuracy:F4}  difference {r.FlatAccuracy - r.Accuracy:+0.0000;-0.0000;0.0000}  (same top topic {r.SameTopic} of {n})"));
        }
        else
        {
            stdout.WriteLine(Format($"  topics: no labels; same top topic in both forms {r.SameTopic} of {n} ({Share(r.SameTopic, n)})"));
        }

        stdout.WriteLine(Format($"  one-line title: none {r.Titles(OneLineTitle.None)}  headline-length {r.Titles(OneLineTitle.Headline)}  too long {r.Titles(OneLineTitle.TooLong)}; of {r.WrittenTitles} written titles {r.SameTitle} found again, {r.OtherTitle} another; {r.TitleWithoutWrittenTitle} titles where the written form has none"));
        stdout.WriteLine(Format($"  one-line body present {r.WithBody} of {n}  summary word F1 {r.SummaryOverlap:F3} (same words {r.SameSummary})  entity agreement F1 {r.EntityF1:F3}"));
        if (errors > 0)
        {
            stdout.WriteLine(Format($"  differing most (source, label, sentences written -> one line, topic written -> one line, summary F1, entity F1, one-line title):"));
            foreach (var a in r.Worst(errors))
            {
                var title = a.FlatTitle is null ? "(none)" : a.FlatTitle.Length > 100 ? a.FlatTitle[..100] + "…" : a.FlatTitle;
                stdout.WriteLine(Format($"  {a.Source}\t{a.Label ?? "-"}\t{a.Sentences} -> {a.FlatSentences}\t{a.Topic} -> {a.FlatTopic}\t{a.SummaryOverlap:F2}\t{a.EntityF1:F2}\t{title}"));
            }
        }
    }

    private static string Share(int count, int of) => (count / (double)of).ToString("P1", CultureInfo.InvariantCulture);

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
