using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TextInsight.Entities.Ner;
using TextInsight.Structure.Training;
using TextInsight.Text;
using TextInsight.Topics;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>evaluate layout</c>: the repair of text laid out on pages (<see cref="PdfLayoutRepair"/>) on articles laid out as
/// PDF text extraction gives them (which it must restore) and on clean text (which it must leave alone).
/// </summary>
/// <remarks>
/// The laid-out data is a folder <c>DIR/PART/LAYOUT/ID.txt</c> with the clean article in <c>DIR/PART/clean/ID.txt</c>
/// (its title, a blank line, its paragraphs) and, optionally, the running header and footer strings the layout added in
/// <c>DIR/PART/LAYOUT/ID.furniture</c>, one a line.
/// </remarks>
internal static class EvaluateLayoutCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "The laid-out articles: DIR/PART/LAYOUT/ID.txt with DIR/PART/clean/ID.txt (and ID.furniture: the header and footer strings)." };
        var part = new Option<string>("--part") { Description = "The part folder of --data to score (tune or check).", DefaultValueFactory = _ => "check" };
        var texts = new Option<string[]>("--texts") { Description = "A folder of clean .txt files, which must be left alone; repeatable." };
        var truths = new Option<string[]>("--truth") { Description = "A ground-truth JSON file of clean pages ({\"<id>\": {\"articleBody\": \"…\"}}), which must be left alone; repeatable." };
        var conll = new Option<string?>("--conll") { Description = "A CoNLL file: its documents, one sentence a line, which must be left alone." };
        var wrap = new Option<int[]>("--wrap") { Description = "Also check the clean texts hard-wrapped at these widths (words never split; lines may break after a compound's hyphen).", AllowMultipleArgumentsPerToken = true };
        var compound = new Option<int[]>("--compound-part") { Description = "Score de-hyphenation with each of these counts for a part after a line-end hyphen to be a word (to choose one on the tune part).", AllowMultipleArgumentsPerToken = true };
        var shortLine = new Option<double[]>("--short-line") { Description = "Score with each of these shares of the typical line for a line to end its paragraph (to choose one on the tune part).", AllowMultipleArgumentsPerToken = true };
        var fit = new Option<double[]>("--fit") { Description = "Score with each of these shares of the typical line within which the next line's first word must have fitted for a line to end its paragraph (0: off).", AllowMultipleArgumentsPerToken = true };
        var analyze = new Option<bool>("--analyze") { Description = "Also analyze each document (before and after repair) against the clean article: sentences, entities, title, body 4-grams, header text left." };
        var errors = new Option<int>("--errors") { Description = "Show this many wrong de-hyphenation decisions." };
        var speed = new Option<bool>("--speed") { Description = "Time the detection over the clean documents on one thread (MB/s of UTF-8, best of five)." };
        var command = new Command("layout", "Measure the repair of text laid out on pages (PDF text extraction): de-hyphenation, running headers and footers, paragraphs; clean documents changed; speed.")
        {
            data, part, texts, truths, conll, wrap, compound, shortLine, fit, analyze, errors, speed,
        };
        command.SetAction(parse => Run(
            parse.GetValue(data), parse.GetValue(part) ?? "check", parse.GetValue(texts) ?? [], parse.GetValue(truths) ?? [], parse.GetValue(conll),
            parse.GetValue(wrap) ?? [], parse.GetValue(compound) ?? [], parse.GetValue(shortLine) ?? [], parse.GetValue(fit) ?? [], parse.GetValue(analyze), parse.GetValue(errors), parse.GetValue(speed),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private sealed record Laid(string Layout, string Id, string Text, string Clean, string[] Furniture);

    private static int Run(string? data, string part, string[] textFolders, string[] truths, string? conll, int[] wraps, int[] compounds, double[] shortLines, double[] fits,
        bool analyze, int errors, bool speed, TextWriter stdout, TextWriter stderr)
    {
        var laid = new List<Laid>();
        var clean = new List<(string Name, List<string> Texts)>();
        try
        {
            if (data is not null)
            {
                string root = Path.Combine(data, part);
                foreach (string dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
                {
                    string layout = Path.GetFileName(dir);
                    if (layout == "clean")
                    {
                        continue;
                    }

                    foreach (string file in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
                    {
                        string id = Path.GetFileNameWithoutExtension(file);
                        string furniture = Path.ChangeExtension(file, ".furniture");
                        laid.Add(new Laid(layout, id, File.ReadAllText(file), File.ReadAllText(Path.Combine(root, "clean", id + ".txt")),
                            File.Exists(furniture) ? File.ReadAllLines(furniture).Where(l => l.Trim().Length > 0).ToArray() : []));
                    }
                }
            }

            foreach (string folder in textFolders)
            {
                var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories);
                Array.Sort(files, StringComparer.Ordinal);
                clean.Add((folder, [.. files.Select(f => TopicCorpus.Decode(File.ReadAllBytes(f)))]));
            }

            foreach (string truth in truths)
            {
                clean.Add((truth, [.. OneLineBreakTrainer.ReadTruth(truth, PagePart.All).Select(t => t.Text)]));
            }

            if (conll is not null)
            {
                clean.Add((conll, [.. IobCorpusReader.ReadFile(conll).Select(d => string.Join('\n', d.Sentences.Select(s => string.Join(' ', s.Tokens))))]));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or JsonException)
        {
            stderr.WriteLine("error: " + e.Message);
            return Program.UsageError;
        }

        if (laid.Count == 0 && clean.Count == 0)
        {
            stderr.WriteLine("Give text to measure on: --data DIR (laid-out articles) and/or --texts DIR, --truth FILE, --conll FILE (clean text).");
            return Program.UsageError;
        }

        var words = TrueCaser.Default;
        var settingsList = new List<PdfLayoutSettings>();
        foreach (int c in compounds.Length == 0 ? [PdfLayoutSettings.Default.CompoundPart] : compounds)
        {
            foreach (double s in shortLines.Length == 0 ? [PdfLayoutSettings.Default.ShortLine] : shortLines)
            {
                foreach (double f in fits.Length == 0 ? [PdfLayoutSettings.Default.Fit] : fits)
                {
                    settingsList.Add(PdfLayoutSettings.Default with { CompoundPart = c, ShortLine = s, Fit = f });
                }
            }
        }

        foreach (var settings in settingsList)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"settings: compound-part {settings.CompoundPart}, short-line {settings.ShortLine}, fit {settings.Fit}"));
            if (laid.Count > 0)
            {
                ScoreHyphens(laid, words, settings, errors, stdout);
                int paragraphsRight = 0, paragraphsFound = 0, paragraphsTruth = 0;
                foreach (var doc in laid)
                {
                    string repaired = PdfLayoutRepair.Repair(doc.Text, words, settings)?.Text ?? doc.Text;
                    var found = repaired.Split("\n\n").Select(p => Normalize(p)).Where(p => p.Length > 0).ToList();
                    var truth = doc.Clean.Split("\n\n").Select(p => Normalize(p)).Where(p => p.Length > 0).ToList();
                    paragraphsRight += Matches(found, truth);
                    paragraphsFound += found.Count;
                    paragraphsTruth += truth.Count;
                }

                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  paragraphs (title included) matching the clean article's: P {100.0 * paragraphsRight / Math.Max(1, paragraphsFound):F1} R {100.0 * paragraphsRight / Math.Max(1, paragraphsTruth):F1} ({paragraphsFound} for {paragraphsTruth})"));
                foreach (var group in laid.GroupBy(l => l.Layout))
                {
                    var missed = group.Where(l => PdfLayoutRepair.Repair(l.Text, words, settings) is null).ToList();
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  laid-out documents repaired, layout {group.Key}: {group.Count() - missed.Count} of {group.Count()}{(missed.Count > 0 && errors > 0 ? " (not: " + string.Join(", ", missed.Take(errors).Select(m => m.Id)) + ")" : "")}"));
                }
            }

            foreach (var (name, list) in clean)
            {
                int changed = list.Count(t => PdfLayoutRepair.Repair(t, words, settings) is not null);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: clean documents changed {changed} of {list.Count}"));
                foreach (int width in wraps)
                {
                    int wrappedChanged = 0, shownWrapped = 0;
                    foreach (string t in list)
                    {
                        string wrapped = Wrap(t, width);
                        if (PdfLayoutRepair.Repair(wrapped, words, settings) is { } r)
                        {
                            wrappedChanged++;
                            if (shownWrapped++ < errors)
                            {
                                stdout.WriteLine("      changed: " + r.Warning() + ": " + string.Join(", ", LineEndHyphens(wrapped)));
                            }
                        }
                    }

                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    hard-wrapped at {width}: changed {wrappedChanged} of {list.Count}"));
                }
            }
        }

        if (analyze && laid.Count > 0)
        {
            Analyze(laid, errors, stdout);
        }

        if (speed && clean.Count > 0)
        {
            ScanSpeed.Report(clean.SelectMany(s => s.Texts).ToList(), text => PdfLayoutRepair.Repair(text) is not null, stdout);
        }

        return 0;
    }

    // Each line-end hyphen between letters whose truth the clean article tells (it holds the hyphenated or the joined
    // form, not both): decided as the repair decides it.
    private static void ScoreHyphens(List<Laid> laid, TrueCaser? words, PdfLayoutSettings settings, int errors, TextWriter stdout)
    {
        var byLayout = new SortedDictionary<string, int[]>(StringComparer.Ordinal);   // joinRight, joinAll, keepRight, keepAll
        int shown = 0;
        foreach (var doc in laid)
        {
            var counts = PdfLayoutRepair.CountWords(doc.Text);
            var lines = doc.Text.Split('\n');
            var c = byLayout.TryGetValue(doc.Layout, out var a) ? a : byLayout[doc.Layout] = new int[4];
            for (int i = 0; i + 1 < lines.Length; i++)
            {
                var line = lines[i].AsSpan().TrimEnd();
                var next = lines[i + 1].AsSpan().TrimStart();
                if (!PdfLayoutRepair.HyphenAt(line, next, out var left, out var right) || line[^1] == '\u00AD')
                {
                    continue;
                }

                string l = left.ToString(), r = right.ToString();
                bool hyphenated = doc.Clean.Contains(l + "-" + r, StringComparison.Ordinal);
                bool joined = doc.Clean.Contains(l + r, StringComparison.Ordinal);
                if (hyphenated == joined)
                {
                    continue;
                }

                bool join = PdfLayoutRepair.Decide(left, right, words, counts, settings, out _);
                int k = joined ? 0 : 2;
                c[k + 1]++;
                c[k] += join == joined ? 1 : 0;
                if (join != joined && shown++ < errors)
                {
                    stdout.WriteLine($"    wrong: {l}-|{r} ({(joined ? "should join" : "should keep")}, {doc.Layout}/{doc.Id})");
                }
            }
        }

        int[] total = new int[4];
        foreach (var (layout, c) in byLayout)
        {
            for (int k = 0; k < 4; k++)
            {
                total[k] += c[k];
            }

            stdout.WriteLine("  de-hyphenation, layout " + layout + ": " + Hyphens(c));
        }

        stdout.WriteLine("  de-hyphenation, all: " + Hyphens(total));
    }

    private static IEnumerable<string> LineEndHyphens(string text)
    {
        var lines = text.Split('\n');
        for (int i = 0; i + 1 < lines.Length; i++)
        {
            if (PdfLayoutRepair.HyphenAt(lines[i].AsSpan().TrimEnd(), lines[i + 1].AsSpan().TrimStart(), out var left, out var right))
            {
                yield return left.ToString() + "-|" + right.ToString();
            }
        }
    }

    private static string Hyphens(int[] c) => string.Create(CultureInfo.InvariantCulture,
        $"{c[0] + c[2]} of {c[1] + c[3]} right ({Share(c[0] + c[2], c[1] + c[3])}); joins {c[0]} of {c[1]} ({Share(c[0], c[1])}), compounds kept {c[2]} of {c[3]} ({Share(c[2], c[3])})");

    // Before (the laid-out text as it is) and after (repaired) against the clean article's own analysis.
    private static void Analyze(List<Laid> laid, int errors, TextWriter stdout)
    {
        var after = new TextAnalyzer(new TextAnalyzerOptions());
        var before = new TextAnalyzer(new TextAnalyzerOptions { RepairText = false });
        var rows = new SortedDictionary<string, double[][]>(StringComparer.Ordinal);
        int shown = 0;
        foreach (var doc in laid)
        {
            var truth = after.Analyze(doc.Clean);
            var truthSentences = truth.Sentences.Select(s => Normalize(truth.Text.AsSpan(s.Start, s.Length))).ToList();
            var truthEntities = truth.Entities.Select(e => e.Type + "\t" + Normalize(e.Text)).ToHashSet(StringComparer.Ordinal);
            string cleanBody = doc.Clean[(doc.Clean.IndexOf('\n', StringComparison.Ordinal) + 1)..];
            var furniture = doc.Furniture.Where(f => !doc.Clean.Contains(f.Trim(), StringComparison.Ordinal)).ToArray();
            if (!rows.TryGetValue(doc.Layout, out var r))
            {
                rows[doc.Layout] = r = [new double[10], new double[10]];
            }

            for (int side = 0; side < 2; side++)
            {
                var a = (side == 0 ? before : after).Analyze(doc.Text);
                var sentences = a.Sentences.Select(s => Normalize(a.Text.AsSpan(s.Start, s.Length))).ToList();
                var entities = a.Entities.Select(e => e.Type + "\t" + Normalize(e.Text)).ToHashSet(StringComparer.Ordinal);
                var m = r[side];
                m[0] += Matches(sentences, truthSentences);
                m[1] += sentences.Count;
                m[2] += truthSentences.Count;
                m[3] += F1(entities.Count(truthEntities.Contains), entities.Count, truthEntities.Count);
                m[4] += Normalize(a.Title ?? "") == Normalize(truth.Title ?? "") ? 1 : 0;
                m[5] += FourGramF1(a.Body, cleanBody);
                bool left = furniture.Any(f => a.Body.Contains(f.Trim(), StringComparison.Ordinal)) || HasPageLine(a.Body);
                m[6] += left ? 1 : 0;
                bool multiPage = doc.Text.Split('\f').Count(page => page.Trim().Length > 0) >= 2;
                m[8] += multiPage && left ? 1 : 0;
                m[9] += multiPage ? 1 : 0;
                if (left && side == 1 && shown++ < errors)
                {
                    stdout.WriteLine($"    header or footer left: {doc.Layout}/{doc.Id}: {string.Join(" | ", furniture.Where(f => a.Body.Contains(f.Trim(), StringComparison.Ordinal)))}");
                }

                m[7]++;
            }
        }

        var all = new[] { new double[10], new double[10] };
        foreach (var (layout, r) in rows)
        {
            for (int side = 0; side < 2; side++)
            {
                for (int k = 0; k < 10; k++)
                {
                    all[side][k] += r[side][k];
                }
            }

            Print(stdout, "layout " + layout, r);
        }

        Print(stdout, "all layouts", all);
    }

    private static void Print(TextWriter stdout, string name, double[][] r)
    {
        foreach (var (label, m) in new[] { ("before", r[0]), ("after", r[1]) })
        {
            double n = m[7];
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name}, {label}: {n} documents; sentences matching the clean article's P {100 * m[0] / Math.Max(1, m[1]):F1} R {100 * m[0] / Math.Max(1, m[2]):F1} ({m[1]} for {m[2]}); entity F1 {100 * m[3] / n:F1} (mean per document); title right {100 * m[4] / n:F1}%; body 4-gram F1 {100 * m[5] / n:F1}; header or footer text left in the body {100 * m[6] / n:F1}% (of documents of two pages or more split by form feeds: {100 * m[8] / Math.Max(1, m[9]):F1}% of {m[9]})"));
        }
    }

    // A line of its own holding only a page number form (`Page 3`, `- 3 -`, `3 of 12`) inside the body.
    private static bool HasPageLine(string body)
    {
        foreach (var line in body.Split('\n'))
        {
            var t = line.Trim();
            if (t.Length is > 0 and < 20 && t.Any(char.IsDigit) && (t.StartsWith("Page ", StringComparison.Ordinal) || t.All(ch => char.IsDigit(ch) || ch is '-' or ' ' or '/')))
            {
                return true;
            }
        }

        return false;
    }

    private static int Matches(List<string> found, List<string> truth)
    {
        var left = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string t in truth)
        {
            left[t] = left.GetValueOrDefault(t) + 1;
        }

        int matched = 0;
        foreach (string f in found)
        {
            if (left.TryGetValue(f, out int n) && n > 0)
            {
                left[f] = n - 1;
                matched++;
            }
        }

        return matched;
    }

    private static double F1(int right, int found, int truth) =>
        found + truth == 0 ? 1 : 2.0 * right / (found + truth);

    private static double FourGramF1(string found, string truth)
    {
        static Dictionary<string, int> Grams(string text)
        {
            var w = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var d = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i + 4 <= w.Length; i++)
            {
                string g = string.Join(' ', w, i, 4);
                d[g] = d.GetValueOrDefault(g) + 1;
            }

            return d;
        }

        var f = Grams(Normalize(found));
        var t = Grams(Normalize(truth));
        int right = 0;
        foreach (var (g, n) in f)
        {
            right += Math.Min(n, t.GetValueOrDefault(g));
        }

        return F1(right, f.Values.Sum(), t.Values.Sum());
    }

    // Whitespace made single spaces and typographic quotes plain (a typesetter curls them: not the layout's doing).
    private static string Normalize(ReadOnlySpan<char> s) => string.Join(' ', s.ToString()
        .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
        .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Each paragraph (a line) wrapped at the width by whole words, breaking after a compound's hyphen where the word
    // does not fit (as Python's textwrap and mail clients do); lines are never split inside a word otherwise.
    internal static string Wrap(string text, int width)
    {
        var b = new StringBuilder(text.Length + text.Length / width);
        foreach (string paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            int column = 0;
            bool first = true;
            foreach (string word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                string w = word;
                if (!first && column + 1 + w.Length > width)
                {
                    int h = w.IndexOf('-', StringComparison.Ordinal);
                    if (h > 0 && h < w.Length - 1 && char.IsLetter(w[h - 1]) && char.IsLetter(w[h + 1]) && column + 1 + h + 1 <= width)
                    {
                        b.Append(' ').Append(w, 0, h + 1);
                        w = w[(h + 1)..];
                    }

                    b.Append('\n');
                    column = 0;
                    first = true;
                }

                if (!first)
                {
                    b.Append(' ');
                    column++;
                }

                b.Append(w);
                column += w.Length;
                first = false;
            }

            b.Append('\n');
        }

        return b.ToString();
    }

    private static string Share(long part, long whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("F1", CultureInfo.InvariantCulture) + "%";
}
