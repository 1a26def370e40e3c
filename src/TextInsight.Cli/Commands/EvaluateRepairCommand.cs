using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using TextInsight.Entities.Ner;
using TextInsight.Internals;
using TextInsight.Structure.Training;
using TextInsight.Text;
using TextInsight.Topics;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>evaluate repair</c>: the repair of mis-decoded text and HTML references (<see cref="TextRepair"/>) on clean text
/// (which it must leave alone) and on the same text mis-decoded the ways it happens upstream (which it must restore).
/// </summary>
internal static class EvaluateRepairCommand
{
    public static Command Create()
    {
        var texts = new Option<string[]>("--texts") { Description = "A folder of .txt files read as they are (BBC folders, corpus/); repeatable." };
        var truths = new Option<string[]>("--truth") { Description = "A ground-truth JSON file ({\"<id>\": {\"articleBody\": \"…\"}}); repeatable." };
        var conll = new Option<string?>("--conll") { Description = "A CoNLL file: its documents, one sentence a line." };
        var part = new Option<string>("--part") { Description = "tune (documents whose text's FNV-1a hash is even), check (odd) or all.", DefaultValueFactory = _ => "all" };
        var gains = new Option<int[]>("--min-gain") { Description = "Score with each of these least gains in plausibility (to choose one on the tune part); the built-in one by default.", AllowMultipleArgumentsPerToken = true };
        var changes = new Option<int>("--changes") { Description = "Show this many of the changes made to clean documents (each with its context)." };
        var speed = new Option<bool>("--speed") { Description = "Also time the repair scan over the clean documents on one thread (MB/s of UTF-8, best of five)." };
        var command = new Command("repair", "Measure the repair of mis-decoded text (UTF-8 read as Windows-1252 or Latin-1, once or twice) and HTML references: clean documents changed, mis-decoded ones restored, speed.")
        {
            texts, truths, conll, part, gains, changes, speed,
        };
        command.SetAction(parse => Run(
            parse.GetValue(texts) ?? [], parse.GetValue(truths) ?? [], parse.GetValue(conll), parse.GetValue(part) ?? "all",
            parse.GetValue(gains) ?? [], parse.GetValue(changes), parse.GetValue(speed),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] textFolders, string[] truths, string? conll, string part, int[] gains, int changes, bool speed, TextWriter stdout, TextWriter stderr)
    {
        if (part is not ("tune" or "check" or "all"))
        {
            stderr.WriteLine($"--part must be tune, check or all; got '{part}'.");
            return Program.UsageError;
        }

        var sets = new List<(string Name, List<string> Texts)>();
        try
        {
            foreach (string folder in textFolders)
            {
                var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories);
                Array.Sort(files, StringComparer.Ordinal);
                sets.Add((folder, Keep([.. files.Select(f => TopicCorpus.Decode(File.ReadAllBytes(f)))], part)));
            }

            foreach (string truth in truths)
            {
                sets.Add((truth, Keep([.. OneLineBreakTrainer.ReadTruth(truth, PagePart.All).Select(t => t.Text)], part)));
            }

            if (conll is not null)
            {
                var docs = IobCorpusReader.ReadFile(conll);
                sets.Add((conll, Keep([.. docs.Select(d => string.Join('\n', d.Sentences.Select(s => string.Join(' ', s.Tokens))))], part)));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or JsonException)
        {
            stderr.WriteLine("error: " + e.Message);
            return Program.UsageError;
        }

        if (sets.Count == 0)
        {
            stderr.WriteLine("Give clean text to measure on: --texts DIR, --truth FILE or --conll FILE.");
            return Program.UsageError;
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp1252 = Encoding.GetEncoding(1252);
        var forms = new (string Name, Func<string, string> Spoil)[]
        {
            ("UTF-8 read as Windows-1252", t => cp1252.GetString(Encoding.UTF8.GetBytes(t))),
            ("UTF-8 read as Latin-1", t => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(t))),
            ("UTF-8 read as Windows-1252 twice", t => cp1252.GetString(Encoding.UTF8.GetBytes(cp1252.GetString(Encoding.UTF8.GetBytes(t))))),
            ("HTML-escaped (&amp; &lt; &#NNN;)", WebUtility.HtmlEncode),
        };

        int[] chosen = gains.Length == 0 ? [TextRepair.MinimumGain] : gains;
        foreach (var (name, list) in sets)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} (part {part}): {list.Count} documents, {list.Count(HasNonAscii)} with non-ASCII characters"));
            foreach (int gain in chosen)
            {
                int changed = 0, shown = 0;
                foreach (string text in list)
                {
                    if (TextRepair.Repair(text, gain) is { } r)
                    {
                        changed++;
                        if (shown++ < changes)
                        {
                            stdout.WriteLine("    changed: " + Difference(text, r.Text) + " (" + string.Join("; ", r.Warnings()) + ")");
                        }
                    }
                }

                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  min-gain {gain}: clean documents changed {changed} of {list.Count}"));
                foreach (var (formName, spoil) in forms)
                {
                    int documents = 0, exact = 0;
                    long characters = 0, recovered = 0;
                    foreach (string text in list)
                    {
                        string spoiled = spoil(text);
                        if (spoiled == text)
                        {
                            continue;
                        }

                        documents++;
                        string repaired = TextRepair.Repair(spoiled, gain)?.Text ?? spoiled;
                        exact += repaired == text ? 1 : 0;
                        var (all, found) = Recovered(text, repaired);
                        characters += all;
                        recovered += found;
                    }

                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"    {formName}: {documents} documents changed by it, restored exactly {exact} ({Share(exact, documents)}), non-ASCII characters and ampersands recovered {recovered} of {characters} ({Share(recovered, characters)})"));
                }
            }
        }

        if (speed)
        {
            ScanSpeed.Report(sets.SelectMany(s => s.Texts).ToList(), text => TextRepair.Repair(text) is not null, stdout);
        }

        return 0;
    }

    private static List<string> Keep(List<string> texts, string part) =>
        part == "all" ? texts : [.. texts.Where(t => (Fnv1a.Hash(t) % 2 == 0) == (part == "tune"))];

    private static bool HasNonAscii(string text) => !Ascii.IsValid(text);

    private static string Share(long part, long whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("F1", CultureInfo.InvariantCulture) + "%";

    // Of the original's non-ASCII characters and ampersands (what a mis-decoding or escaping spoils), how many the
    // repaired text holds, as a multiset overlap.
    private static (long All, long Found) Recovered(string original, string repaired)
    {
        var counts = new Dictionary<int, int>();
        long all = 0;
        foreach (var rune in original.EnumerateRunes())
        {
            if (rune.Value >= 0x80 || rune.Value == '&')
            {
                counts[rune.Value] = counts.GetValueOrDefault(rune.Value) + 1;
                all++;
            }
        }

        long found = 0;
        foreach (var rune in repaired.EnumerateRunes())
        {
            if (counts.TryGetValue(rune.Value, out int n) && n > 0)
            {
                counts[rune.Value] = n - 1;
                found++;
            }
        }

        return (all, found);
    }

    // The first place the two texts differ, with a little context on each side.
    private static string Difference(string before, string after)
    {
        int start = 0;
        while (start < before.Length && start < after.Length && before[start] == after[start])
        {
            start++;
        }

        int from = Math.Max(0, start - 30);
        string Cut(string s) => s.Substring(from, Math.Min(s.Length - from, 70)).ReplaceLineEndings(" ");
        return $"\"{Cut(before)}\" -> \"{Cut(after)}\"";
    }
}
