using System.CommandLine;
using System.Diagnostics;
using System.Text;
using TextInsight.Entities;
using TextInsight.Entities.Ner;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>textinsight evaluate entities</c>: conlleval-style exact-match precision, recall and F1 of the named-entity tagger
/// on a CoNLL file, then the model's load time and its tagging speed on the file's text.
/// </summary>
internal static class EvaluateEntitiesCommand
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "Gold data: CoNLL file (token ... IOB-tag per line).", Required = true };
        var model = new Option<string?>("--model") { Description = "A model file written by 'train entities'; the built-in model by default." };
        var speed = new Option<bool>("--no-speed") { Description = "Skip the load-time and throughput measurement." };
        var rules = new Option<bool>("--rules") { Description = "Also score the tagger on the documents' raw text (tokens joined by spaces, one sentence per line) without and with the article-level name rules the analyzer applies after it." };
        var command = new Command("entities", "Evaluate the named-entity tagger on CoNLL data (exact-match spans, overall and per type).") { conll, model, speed, rules };
        command.SetAction(parse => Run(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, parse.GetValue(conll)!, parse.GetValue(model), !parse.GetValue(speed), parse.GetValue(rules)));
        return command;
    }

    private static int Run(TextWriter output, TextWriter error, string conll, string? modelPath, bool measureSpeed, bool withRules)
    {
        IReadOnlyList<IobDocument> docs;
        NamedEntityTagger tagger;
        var load = Stopwatch.StartNew();
        TimeSpan loadCpu;
        try
        {
            docs = IobCorpusReader.ReadFile(conll);
            var cpu = Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime;
            load.Restart();
            tagger = modelPath is null ? NamedEntityTagger.Default : NamedEntityTagger.Load(modelPath);
            load.Stop();
            loadCpu = Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime - cpu;
        }
        catch (FileNotFoundException e)
        {
            error.WriteLine("error: " + e.Message);
            return 2;
        }
        catch (Exception e) when (e is FormatException or InvalidDataException)
        {
            error.WriteLine("error: " + e.Message);
            return 1;
        }

        var predicted = docs.Select(d => tagger.Model.Tag(NerCorpus.ToDocument(d, tagger.Model.Gazetteer, tagger.Model.CaseLexicon), null)).ToArray();
        var scores = NerCorpus.Score(docs, predicted);
        output.WriteLine($"model: {modelPath ?? NamedEntityTagger.DefaultModelName + " (built in)"}; data: {conll}");
        output.Write(scores.Report());
        if (withRules)
        {
            var (raw, ruled) = ScoreRawText(tagger, docs);
            output.WriteLine("tagger on raw text (our tokenizer; a name whose edges fall inside a CoNLL token counts as wrong):");
            output.Write(raw.Report());
            output.WriteLine("tagger on raw text, then the name rules (no headlines: CoNLL headlines are in capitals):");
            output.Write(ruled.Report());
        }

        if (measureSpeed)
        {
            output.WriteLine($"model load: {load.Elapsed.TotalMilliseconds:F0} ms elapsed, {loadCpu.TotalMilliseconds:F0} ms CPU (first load in the process)");
            if (modelPath is not null)
            {
                var cpu = Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime;
                var again = Stopwatch.StartNew();
                NamedEntityTagger.Load(modelPath);
                output.WriteLine($"model load again: {again.Elapsed.TotalMilliseconds:F0} ms elapsed, {(Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime - cpu).TotalMilliseconds:F0} ms CPU (code already compiled)");
            }
            MeasureSpeed(output, tagger, docs);
        }

        return 0;
    }

    // The names of Tag, and of Tag then NameRules, on each document's text, mapped back to CoNLL tokens.
    private static (NerScores Raw, NerScores Ruled) ScoreRawText(NamedEntityTagger tagger, IReadOnlyList<IobDocument> docs)
    {
        var rules = new NameRules(tagger);
        NerScores raw = new(), ruled = new();
        foreach (var (doc, text, segments, starts) in docs.Select(Detokenize))
        {
            var names = tagger.Tag(text, segments);
            Score(doc, starts, names, raw);
            Score(doc, starts, rules.Apply(text, segments, new HashSet<TextSpan>(), names), ruled);
        }

        return (raw, ruled);
    }

    private static void Score(IobDocument doc, List<int[]> starts, IReadOnlyList<NamedEntitySpan> names, NerScores scores)
    {
        int next = 0;
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            int[] tokenStarts = starts[s];
            int end = tokenStarts[^1];
            var found = new List<EntitySpanLabel>();
            while (next < names.Count && names[next].Span.Start < end)
            {
                var span = names[next++].Span;
                int first = Array.IndexOf(tokenStarts, span.Start, 0, tokenStarts.Length - 1);
                int last = -1;
                for (int k = 0; k < tokenStarts.Length - 1; k++)
                {
                    if (tokenStarts[k] + sentence.Tokens[k].Length == span.End)
                    {
                        last = k;
                    }
                }

                var type = (int)names[next - 1].Type;
                found.Add(first >= 0 && last >= first ? new EntitySpanLabel(first, last + 1, type) : new EntitySpanLabel(-1, -1, type));
            }

            scores.Add(sentence.Entities, found, sentence.Tokens.Length);
        }
    }

    // Each sentence on its own line, tokens joined by spaces; per sentence the start of each token, then the line's end.
    private static (IobDocument Doc, string Text, List<TextSpan> Segments, List<int[]> Starts) Detokenize(IobDocument doc)
    {
        var sb = new StringBuilder();
        var segments = new List<TextSpan>();
        var starts = new List<int[]>();
        foreach (var s in doc.Sentences)
        {
            int start = sb.Length;
            var tokenStarts = new int[s.Tokens.Length + 1];
            for (int k = 0; k < s.Tokens.Length; k++)
            {
                if (k > 0)
                {
                    sb.Append(' ');
                }

                tokenStarts[k] = sb.Length;
                sb.Append(s.Tokens[k]);
            }

            tokenStarts[^1] = sb.Length;
            segments.Add(new TextSpan(start, sb.Length - start));
            starts.Add(tokenStarts);
            sb.Append('\n');
        }

        return (doc, sb.ToString(), segments, starts);
    }

    // Times Tag on raw text (tokenization, features, both passes and confidences), one thread, best of three runs.
    // CPU time is reported beside elapsed time because the machines this runs on are often shared.
    private static void MeasureSpeed(TextWriter output, NamedEntityTagger tagger, IReadOnlyList<IobDocument> docs)
    {
        var texts = new List<(string Text, List<TextSpan> Segments)>();
        foreach (var doc in docs)
        {
            var sb = new StringBuilder();
            var segments = new List<TextSpan>();
            foreach (var s in doc.Sentences)
            {
                int start = sb.Length;
                sb.AppendJoin(' ', s.Tokens);
                segments.Add(new TextSpan(start, sb.Length - start));
                sb.Append('\n');
            }

            texts.Add((sb.ToString(), segments));
        }

        int tokens = docs.Sum(d => d.TokenCount);
        double best = double.MaxValue, bestCpu = double.MaxValue;
        for (int run = 0; run < 3; run++)
        {
            var cpu = Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime;
            var clock = Stopwatch.StartNew();
            foreach (var (text, segments) in texts)
            {
                tagger.Tag(text, segments);
            }

            best = Math.Min(best, clock.Elapsed.TotalSeconds);
            bestCpu = Math.Min(bestCpu, (Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime - cpu).TotalSeconds);
        }

        output.WriteLine($"tagging speed (one thread, from raw text, best of 3): {tokens / best:N0} tokens/s elapsed, {tokens / bestCpu:N0} tokens/s of process CPU time ({tokens:N0} tokens)");
    }
}
