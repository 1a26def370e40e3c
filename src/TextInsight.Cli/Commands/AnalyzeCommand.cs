using System.CommandLine;
using TextInsight.Cli.Input;
using TextInsight.Cli.Output;
using TextInsight.Serialization;
using TextInsight.Summaries;
using TextInsight.Topics;

namespace TextInsight.Cli.Commands;

/// <summary><c>textinsight analyze</c>: one JSON record per input document, in input order.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new InputArguments();
        var format = new Option<OutputFormat>("--format")
        {
            Description = "Output format: jsonl (one record per line), json (an array), csv (one flat row per document), duckdb (insight tables in a DuckDB file) or parquet (a folder of Parquet files). By default jsonl, or duckdb/parquet when --output ends in .duckdb/.parquet.",
            DefaultValueFactory = _ => OutputFormat.Jsonl,
        };
        var output = new Option<string>("--output", "-o") { Description = "Write records to this file instead of standard output (results.duckdb: a DuckDB database, appended to across runs; results.parquet: a folder of Parquet files)." };
        var parallel = new Option<int>("--parallel")
        {
            Description = "How many documents to analyze at once (default: the processor count). Output order does not depend on it.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var summarySentences = new Option<int?>("--summary-sentences") { Description = "Summary length in sentences (default 3)." };
        var summaryRatio = new Option<double?>("--summary-ratio") { Description = "Summary length as a ratio of the body's sentences, greater than 0 and at most 1." };
        var noProgress = new Option<bool>("--no-progress") { Description = "Do not draw the progress bar (it is drawn only when standard error is a terminal)." };
        var timeout = new Option<double?>("--timeout-per-document") { Description = "Give up on a document after this many seconds, with a timeout error record." };
        var topicModel = new Option<string>("--topic-model") { Description = "A topic model trained with 'textinsight train topics', used instead of the built-in one." };

        var command = new Command("analyze", "Analyze documents: structure, sentences, entities, topics, summary and key phrases, as JSON records.");
        input.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(parallel);
        command.Options.Add(summarySentences);
        command.Options.Add(summaryRatio);
        command.Options.Add(noProgress);
        command.Options.Add(timeout);
        command.Options.Add(topicModel);
        parallel.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--parallel must be at least 1.");
            }
        });
        summarySentences.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 0)
            {
                r.AddError("--summary-sentences must be 0 or more.");
            }
        });
        summaryRatio.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is { } v && !(v > 0 && v <= 1))
            {
                r.AddError("--summary-ratio must be greater than 0 and at most 1.");
            }
        });
        timeout.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is <= 0)
            {
                r.AddError("--timeout-per-document must be greater than 0.");
            }
        });
        command.Validators.Add(r =>
        {
            if (r.GetValue(summarySentences) is not null && r.GetValue(summaryRatio) is not null)
            {
                r.AddError("Give --summary-sentences or --summary-ratio, not both.");
            }
        });

        command.SetAction(async (parse, cancellationToken) =>
        {
            var length = parse.GetValue(summaryRatio) is { } ratio
                ? SummaryLength.FromRatio(ratio)
                : SummaryLength.FromSentences(parse.GetValue(summarySentences) ?? 3);
            TopicClassifier? topics = null;
            if (parse.GetValue(topicModel) is { } modelPath)
            {
                try
                {
                    topics = TopicClassifier.Load(modelPath);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or InvalidOperationException or FormatException)
                {
                    await console.Error.WriteLineAsync($"textinsight analyze: cannot load the topic model {modelPath}: {ex.Message}").ConfigureAwait(false);
                    return Program.UsageError;
                }
            }

            var settings = new AnalyzeSettings
            {
                Inputs = parse.GetValue(input.Inputs) ?? [],
                Input = input.ToOptions(parse),
                Format = RecordSinks.Resolve(parse.GetResult(format) is { Implicit: false } ? parse.GetValue(format) : null, parse.GetValue(output)),
                Output = parse.GetValue(output),
                Parallel = parse.GetValue(parallel),
                Progress = !parse.GetValue(noProgress),
                Timeout = parse.GetValue(timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                Analyzer = new TextAnalyzerOptions { SummaryLength = length, TopicClassifier = topics },
            };
            return await RunAsync(settings, console, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Runs a batch: reads the inputs, analyzes them on <see cref="AnalyzeSettings.Parallel"/> threads, writes records in order.</summary>
    public static async Task<int> RunAsync(AnalyzeSettings settings, CliConsole console, CancellationToken cancellationToken)
    {
        InputPlan plan;
        try
        {
            plan = InputPlan.Create(settings.Inputs, settings.Input);
        }
        catch (UsageException ex)
        {
            await console.Error.WriteLineAsync("textinsight analyze: " + ex.Message).ConfigureAwait(false);
            return Program.UsageError;
        }

        IRecordSink sink;
        try
        {
            sink = RecordSinks.Open(settings.Format, settings.Output, console.Out);
        }
        catch (OutputException ex)
        {
            await console.Error.WriteLineAsync("textinsight analyze: " + ex.Message).ConfigureAwait(false);
            return Program.UsageError;
        }

        var read = new ReadProgress { TotalBytes = plan.TotalBytes };
        var reader = new DocumentReader(settings.Input, read, console.OpenInput);
        var analyzer = new TextAnalyzer(settings.Analyzer);
        var batch = new BatchOptions { MaxDegreeOfParallelism = settings.Parallel, TimeoutPerDocument = settings.Timeout };
        bool cancelled = false;
        var progress = new ProgressDisplay(console.Error, read, settings.Progress && console.ErrorIsTerminal);
        await using (progress.ConfigureAwait(false))
        {
            var writer = sink;
            await using (writer.ConfigureAwait(false))
            {
                try
                {
                    await foreach (var result in analyzer.AnalyzeManyAsync(reader.ReadAsync(plan, cancellationToken), batch, cancellationToken).ConfigureAwait(false))
                    {
                        writer.Write(AnalysisJson.ToRecord(result));
                        progress.Done(result.Error is not null);
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    cancelled = true;
                }
                catch (OutputException ex)
                {
                    await console.Error.WriteLineAsync("textinsight analyze: " + ex.Message).ConfigureAwait(false);
                    return Program.UsageError;
                }

                try
                {
                    writer.Complete();
                }
                catch (OutputException ex)
                {
                    await console.Error.WriteLineAsync("textinsight analyze: " + ex.Message).ConfigureAwait(false);
                    return Program.UsageError;
                }
            }
        }

        if (plan.SkippedFiles > 0)
        {
            await console.Error.WriteLineAsync($"skipped {plan.SkippedFiles} files of unsupported kinds inside input folders").ConfigureAwait(false);
        }

        await console.Error.WriteLineAsync(progress.SummaryLine("analyzed", cancelled)).ConfigureAwait(false);
        return cancelled ? Program.Cancelled : progress.Failures > 0 ? Program.SomeFailed : Program.Success;
    }
}
