using TextInsight.Entities.Rules;
using System.CommandLine;
using System.Diagnostics;
using TextInsight.Entities;
using TextInsight.Entities.Ner;
using TextInsight.Text;
using TextInsight.Text.Evaluation;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>textinsight evaluate entities</c>: conlleval-style exact-match precision, recall and F1 of the named-entity tagger
/// on a CoNLL file, then the model's load time and its tagging speed on the file's text.
/// </summary>
internal static class EvaluateEntitiesCommand
{
    public static Command Create()
    {
        var conll = new Option<string?>("--conll") { Description = "Gold data: CoNLL file (token ... IOB-tag per line)." };
        var sample = new Option<string[]>("--sample") { Description = "Gold data: one or more hand-annotated article samples (tests/entity-sample/bbc-2020-dev.tsv, bbc-2020-dev-b.tsv), scored through the whole pipeline (structure, tagger, name rules) on the articles under --articles; with several files, each file's figures and then the pooled ones.", AllowMultipleArgumentsPerToken = true };
        var articles = new Option<string>("--articles") { Description = "The folder of the sample's articles.", DefaultValueFactory = _ => "../shared/data/bbc-2020-dev/articles" };
        var errors = new Option<bool>("--errors") { Description = "With --sample: list the names missed (-) and the spurious ones (+), with the default rules. With --pipeline: list each name right on one side only, with its cause." };
        var pipeline = new Option<bool>("--pipeline") { Description = "With --conll: also score the whole pipeline (structure, sentence splitter, tokenizer, tagger, name rules, numbers, linking) on each document's raw text (tokens joined by spaces, one sentence per line), and count the names it gets right or wrong unlike the tagger on the gold tokens by the step that differs." };
        var blankLines = new Option<bool>("--blank-lines") { Description = "With --pipeline: a blank line between sentences (each its own paragraph) instead of a line break." };
        var model = new Option<string?>("--model") { Description = "A model file written by 'train entities'; the built-in model by default." };
        var speed = new Option<bool>("--no-speed") { Description = "Skip the load-time and throughput measurement." };
        var rules = new Option<bool>("--rules") { Description = "Also score the tagger on the documents' raw text (tokens joined by spaces, one sentence per line) without and with the article-level name rules the analyzer applies after it." };
        var compare = new Option<string?>("--compare") { Description = "With --sample: a second model file scored on the same articles (with the default name rules); prints both F1s and a paired bootstrap 95% interval of the F1 difference (the built-in or --model minus this one) over the articles, 1,000 resamples with a fixed seed." };
        var letterCase = new Option<string?>("--case") { Description = "Score the text with its letters changed into lower or upper case (lower|upper), as a transcript or wire copy writes it: the tagger on the gold tokens (their case restored by the truecaser unless --no-restore-case), the pipeline, the samples." };
        var noRestore = new Option<bool>("--no-restore-case") { Description = "Do not restore the case of text written in one case (TextAnalyzerOptions.RestoreCase off), to score it as it is." };
        var half = new Option<string?>("--half") { Description = "With --conll: only half a (even-numbered documents) or b (odd-numbered), to choose settings on one half and report on the other." };
        var command = new Command("entities", "Evaluate the named-entity tagger on CoNLL data (exact-match spans, overall and per type).") { conll, sample, articles, errors, model, compare, speed, rules, pipeline, blankLines, letterCase, noRestore, half };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            string? conllPath = parse.GetValue(conll);
            string[]? samplePaths = parse.GetValue(sample) is { Length: > 0 } given ? given : null;
            if ((conllPath is null) == (samplePaths is null))
            {
                error.WriteLine("error: give either --conll or --sample.");
                return 2;
            }

            if (samplePaths is null && parse.GetValue(compare) is not null)
            {
                error.WriteLine("error: --compare works with --sample.");
                return 2;
            }

            string? caseName = parse.GetValue(letterCase);
            if (caseName is not null and not "lower" and not "upper")
            {
                error.WriteLine($"error: --case must be lower or upper; got '{caseName}'.");
                return 2;
            }

            string? halfName = parse.GetValue(half);
            if (halfName is not null and not "a" and not "b")
            {
                error.WriteLine($"error: --half must be a or b; got '{halfName}'.");
                return 2;
            }

            var letters = new LetterCase(caseName is null ? null : caseName == "upper", !parse.GetValue(noRestore));
            return samplePaths is not null
                ? RunSample(output, error, samplePaths, parse.GetValue(articles)!, parse.GetValue(model), parse.GetValue(rules), parse.GetValue(errors), parse.GetValue(compare), letters)
                : Run(output, error, conllPath!, parse.GetValue(model), !parse.GetValue(speed), parse.GetValue(rules),
                    parse.GetValue(pipeline) ? (parse.GetValue(blankLines), parse.GetValue(errors)) : null, letters, halfName);
        });
        return command;
    }

    /// <summary>The case the text is scored in: as written (<see cref="Upper"/> null), in lower case or in capitals; and whether it is restored.</summary>
    private readonly record struct LetterCase(bool? Upper, bool Restore)
    {
        public string Describe() => (Upper is null ? "as written" : Upper.Value ? "in capitals" : "in lower case") + (Restore ? "" : ", case restoration off");
    }

    private static int Run(TextWriter output, TextWriter error, string conll, string? modelPath, bool measureSpeed, bool withRules, (bool BlankLines, bool List)? pipeline,
        LetterCase letters = default, string? half = null)
    {
        IReadOnlyList<IobDocument> docs;
        NamedEntityTagger tagger;
        var load = Stopwatch.StartNew();
        TimeSpan loadCpu;
        try
        {
            docs = IobCorpusReader.ReadFile(conll);
            if (half is not null)
            {
                docs = [.. docs.Where((_, i) => (i % 2 == 0) == (half == "a"))];
            }

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

        if (letters.Upper is { } upper)
        {
            docs = [.. docs.Select(d => ChangeCase(d, upper))];
        }

        // The tagger reads the gold tokens; in one case, the tokens of the document with its case restored (as the pipeline would).
        var read = letters.Upper is not null && letters.Restore ? [.. docs.Select(RestoreCase)] : docs;
        var predicted = read.Select(d => tagger.Model.Tag(NerCorpus.ToDocument(d, tagger.Model), null)).ToArray();
        var scores = NerCorpus.Score(docs, predicted);
        output.WriteLine($"model: {modelPath ?? NamedEntityTagger.DefaultModelName + " (built in)"}; data: {conll}{(half is null ? "" : " half " + half)}, {letters.Describe()}");
        output.Write(scores.Report());
        if (withRules)
        {
            var rules = Enum.GetValues<NameRule>().Where(r => r is not NameRule.None and not NameRule.All).ToList();
            var (raw, ruled, without) = NerCorpus.RuleAblation(tagger, docs, rules);
            output.WriteLine("tagger on raw text (our tokenizer; a name whose edges fall inside a CoNLL token counts as wrong):");
            output.Write(raw.Report());
            output.WriteLine("tagger on raw text, then the name rules (no headlines: CoNLL headlines are in capitals):");
            output.Write(ruled.Report());
            WriteAblation(output, ruled, without);
        }

        if (pipeline is var (blank, list))
        {
            var (analyzed, differences) = PipelineGap.Measure(tagger, docs, predicted, blank, letters.Restore);
            output.WriteLine($"the whole pipeline (TextAnalyzer: structure, sentences, tokens, tagger, name rules, numbers, linking) on raw text, {(blank ? "a blank line" : "a line break")} between sentences:");
            output.Write(analyzed.Report());
            output.WriteLine(FormattableString.Invariant($"gap to the tagger on the gold tokens: {(scores.F1() - analyzed.F1()) * 100:F2} F1"));
            PipelineGap.Report(output, differences, list);
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

    // The hand-annotated samples, scored through the whole pipeline; with --rules, each rule off in turn. With several
    // files: each file's report, then the pooled one (an article in two files would be counted twice, so it is refused).
    // With --compare, a second model with the default rules (the last analyzer), paired with the first over the articles
    // of each file and, with several files, of all of them.
    private static int RunSample(TextWriter output, TextWriter error, string[] samplePaths, string articleRoot, string? modelPath, bool withRules, bool listErrors,
        string? comparePath, LetterCase letters = default)
    {
        try
        {
            var samples = samplePaths.Select(EntitySample.Read).ToList();
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < samples.Count; i++)
            {
                foreach (var article in samples[i])
                {
                    if (!seen.TryAdd(article.Path, samplePaths[i]) && seen[article.Path] != samplePaths[i])
                    {
                        throw new FormatException($"{samplePaths[i]}: article {article.Path} is also in {seen[article.Path]}; pooled figures would count it twice.");
                    }
                }
            }

            var tagger = modelPath is null ? NamedEntityTagger.Default : NamedEntityTagger.Load(modelPath);
            var rules = withRules ? Enum.GetValues<NameRule>().Where(r => r is not NameRule.None and not NameRule.All).ToList() : [];
            var analyzers = EntitySample.Analyzers(tagger, rules, letters.Restore);
            analyzers.Add(new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Sentences | Stages.Entities, EntityRecognizer = new EntityRecognizer(tagger, NameRule.None), RestoreCase = letters.Restore }));
            var other = comparePath is null ? null : NamedEntityTagger.Load(comparePath);
            if (other is not null)
            {
                analyzers.Add(new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Sentences | Stages.Entities, EntityRecognizer = new EntityRecognizer(other, NameRules.Default), RestoreCase = letters.Restore }));
            }

            string modelName = modelPath ?? NamedEntityTagger.DefaultModelName + " (built in)";
            NerScores[]? pooled = null;
            var pooledArticles = other is null ? null : new List<NerScores[]>();
            for (int i = 0; i < samples.Count; i++)
            {
                var perArticle = other is null ? null : new List<NerScores[]>();
                var scores = EntitySample.Score(samples[i], articleRoot, analyzers, listErrors ? output : null, perArticle,
                    letters.Upper is { } upper ? text => CaseEvaluator.ChangeCase(text, upper) : null);
                if (other is not null)
                {
                    scores = scores[..^1];
                }

                output.WriteLine($"model: {modelName}; sample: {samplePaths[i]} ({samples[i].Count} articles under {articleRoot}), {letters.Describe()}; the whole pipeline, all zones");
                WriteSampleScores(output, scores, samples.Count == 1 && withRules ? rules : null);
                pooled ??= [.. scores.Select(_ => new NerScores())];
                for (int a = 0; a < scores.Length; a++)
                {
                    pooled[a].Add(scores[a]);
                }

                if (perArticle is not null)
                {
                    WriteComparison(output, modelName, comparePath!, perArticle);
                    pooledArticles!.AddRange(perArticle);
                }
            }

            if (samples.Count > 1)
            {
                output.WriteLine($"model: {modelName}; pooled: {samples.Count} samples ({samples.Sum(s => s.Count)} articles under {articleRoot}); the whole pipeline, all zones");
                WriteSampleScores(output, pooled!, withRules ? rules : null);
                if (pooledArticles is not null)
                {
                    WriteComparison(output, modelName, comparePath!, pooledArticles);
                }
            }

            return 0;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            error.WriteLine("error: " + e.Message);
            return 2;
        }
        catch (Exception e) when (e is FormatException or InvalidDataException)
        {
            error.WriteLine("error: " + e.Message);
            return 1;
        }
    }

    // Both models with the default rules (the first analyzer and the last), paired over the articles.
    private static void WriteComparison(TextWriter output, string name, string otherName, List<NerScores[]> perArticle)
    {
        var counts = perArticle.Select(a => new PairedCounts(a[0].Correct(), a[0].Found(), a[^1].Correct(), a[^1].Found(), a[0].Gold())).ToList();
        var c = PairedBootstrap.Compare(counts, PairedBootstrap.DefaultResamples, seed: 1);
        output.WriteLine($"paired comparison on the same {counts.Count} articles, default name rules:");
        output.WriteLine(FormattableString.Invariant($"  A {name}: F1 {c.F1A * 100:F2} ({counts.Sum(x => x.CorrectA)} correct of {counts.Sum(x => x.FoundA)} found)"));
        output.WriteLine(FormattableString.Invariant($"  B {otherName}: F1 {c.F1B * 100:F2} ({counts.Sum(x => x.CorrectB)} correct of {counts.Sum(x => x.FoundB)} found)"));
        output.WriteLine(FormattableString.Invariant($"  A − B: {c.Difference * 100:+0.00;-0.00;0.00} F1; paired bootstrap over articles ({c.Resamples:N0} resamples, seed 1): 95% interval [{c.Low * 100:+0.00;-0.00;0.00}, {c.High * 100:+0.00;-0.00;0.00}]; A not above B in {c.ShareNotAbove * 100:F1}% of resamples"));
        string verdict = c.Low > 0 ? "A is better beyond resampling noise" : c.High < 0 ? "B is better beyond resampling noise" : "the interval holds 0: no difference shown";
        output.WriteLine($"  {verdict}");
    }

    // The report of the default pipeline, the F1 without any rule (the last analyzer), and the ablation when asked.
    private static void WriteSampleScores(TextWriter output, NerScores[] scores, List<NameRule>? ablated)
    {
        output.Write(scores[0].Report());
        output.WriteLine(FormattableString.Invariant($"without any name rule: F1 {scores[^1].F1() * 100:F2} ({scores[^1].Correct()} correct of {scores[^1].Found()} found)"));
        if (ablated is not null)
        {
            WriteAblation(output, scores[0], [.. ablated.Select((r, i) => (r, scores[i + 1]))]);
        }
    }

    // One line per rule: a default rule turned off, an opt-in rule turned on; the gain is what the rule adds when on.
    private static void WriteAblation(TextWriter output, NerScores defaults, IReadOnlyList<(NameRule Rule, NerScores Scores)> toggled)
    {
        output.WriteLine("ablation: each rule toggled in turn, the others as by default (gain: F1 with the rule on minus F1 with it off; > 0 where the rule helps):");
        output.WriteLine($"  {"rule",-20} {"default",-8} {"F1 toggled",10} {"correct",8} {"found",7}  {"gain",7}");
        foreach (var (rule, scores) in toggled)
        {
            bool on = (NameRules.Default & rule) != 0;
            double gain = on ? defaults.F1() - scores.F1() : scores.F1() - defaults.F1();
            output.WriteLine(FormattableString.Invariant($"  {rule,-20} {(on ? "on" : "opt-in"),-8} {scores.F1() * 100,10:F2} {scores.Correct(),8} {scores.Found(),7}  {gain * 100,7:+0.00;-0.00;0.00}"));
        }
    }

    // Times Tag on raw text (tokenization, features, both passes and confidences), one thread, best of three runs.
    // CPU time is reported beside elapsed time because the machines this runs on are often shared.
    private static void MeasureSpeed(TextWriter output, NamedEntityTagger tagger, IReadOnlyList<IobDocument> docs)
    {
        // The same raw text as `--rules` scores: tokens joined by spaces, one sentence per line.
        var texts = docs.Select(d => NerCorpus.Detokenize(d)).Select(d => (d.Text, d.Segments)).ToList();

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

    private static IobDocument ChangeCase(IobDocument doc, bool upper) =>
        new([.. doc.Sentences.Select(s => s with { Tokens = [.. s.Tokens.Select(t => upper ? t.ToUpperInvariant() : t.ToLowerInvariant())] })]);

    // The document's tokens, one sentence a line, through the truecaser; then cut back into the same tokens (the same lengths).
    private static IobDocument RestoreCase(IobDocument doc)
    {
        string text = string.Join('\n', doc.Sentences.Select(s => string.Join(' ', s.Tokens)));
        if (TrueCaser.Default?.Restore(text, out _) is not { } restored)
        {
            return doc;
        }

        int position = 0;
        var sentences = new List<IobSentence>(doc.Sentences.Count);
        foreach (var sentence in doc.Sentences)
        {
            var tokens = new string[sentence.Tokens.Length];
            for (int i = 0; i < tokens.Length; i++)
            {
                tokens[i] = restored.Substring(position, sentence.Tokens[i].Length);
                position += tokens[i].Length + 1;
            }

            sentences.Add(sentence with { Tokens = tokens });
        }

        return new IobDocument(sentences);
    }
}
