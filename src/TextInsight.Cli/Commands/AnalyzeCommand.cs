using System.CommandLine;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using TextInsight.Cli.Input;
using TextInsight.Cli.Output;
using TextInsight.Entities.Corpus;
using TextInsight.Orleans;
using TextInsight.Serialization;
using TextInsight.Summaries;
using TextInsight.Topics;

namespace TextInsight.Cli.Commands;

/// <summary><c>textinsight analyze</c>: one JSON record per input document, in input order.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliConsole console, ClusterPrestart? prestart = null)
    {
        var input = new InputArguments(dates: true);
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
        var keyphrases = new Option<int?>("--keyphrases") { Description = "How many key phrases at most, each with its score (default 10; 0 for none)." };
        var timeout = new Option<double?>("--timeout-per-document") { Description = "Give up on a document after this many seconds, with a timeout error record." };
        var topicModel = new Option<string>("--topic-model") { Description = "A topic model trained with 'textinsight train topics', used instead of the built-in one." };
        var entityModel = new Option<string>("--entity-model") { Description = "A named-entity model trained with 'textinsight train entities', used instead of the built-in one." };
        var cluster = new Option<string>("--cluster")
        {
            Description = "Analyze on a TextInsight Orleans cluster ('textinsight silo'): HOST:PORT[,HOST:PORT...] of its gateways, redis:CONFIG or postgres:CONNECTION-STRING. Output is the same as in-process.",
        };
        var clusterId = new Option<string>("--cluster-id") { Description = "The cluster's id, as given to its silos (default textinsight)." };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "With --cluster: documents per batch sent to a silo.",
            DefaultValueFactory = _ => 16,
        };
        var inFlight = new Option<int>("--batches-in-flight")
        {
            Description = "With --cluster: how many batches may be on the cluster at once (about two per silo core keeps every silo busy).",
            DefaultValueFactory = _ => 8,
        };
        var batchTimeout = new Option<double>("--batch-timeout")
        {
            Description = "With --cluster: seconds one attempt at a batch may take before it is retried elsewhere (a batch on a silo that died waits this long).",
            DefaultValueFactory = _ => 60,
        };
        var resume = new Option<bool>("--resume")
        {
            Description = "Keep the records already in --output (JSON Lines) and analyze only the documents after them; a partial last line is cut off.",
        };

        var noCorpusEntities = new Option<bool>("--no-corpus-entities")
        {
            Description = "Do not resolve entities across documents: no corpusId in entitySummary, no corpus_entities table (with --cluster, JSON records are then written as the silos sent them).",
        };

        var noRestoreCase = new Option<bool>("--no-restore-case")
        {
            Description = "Analyze text written in one case (a lower-case transcript, copy in capitals) as it is, without restoring its case first.",
        };

        var noRepairText = new Option<bool>("--no-repair-text")
        {
            Description = "Analyze plain text as it is, without repairing mis-decoded characters (UTF-8 read as Windows-1252 or Latin-1: donâ€™t, Ã©) or decoding HTML character references (&amp;, &#8217;) first.",
        };

        var stats = new Option<bool>("--stats")
        {
            Description = "At the end, write where the time went to standard error: what corpus resolution cost (thread CPU time of resolving, splicing corpus ids and the corpus_entities output, and its share of the process's CPU) and how busy the thread that takes records in order was; with --cluster also the coordinator's processor time per document, batch sizes, waiting, and each silo's processor, analysis and serialization time per document.",
        };

        var command = new Command("analyze", "Analyze documents: structure, sentences, entities, topics, summary and key phrases, as JSON records.");
        input.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(parallel);
        command.Options.Add(summarySentences);
        command.Options.Add(keyphrases);
        command.Options.Add(summaryRatio);
        command.Options.Add(timeout);
        command.Options.Add(topicModel);
        command.Options.Add(entityModel);
        command.Options.Add(cluster);
        command.Options.Add(clusterId);
        command.Options.Add(batchSize);
        command.Options.Add(inFlight);
        command.Options.Add(batchTimeout);
        command.Options.Add(resume);
        command.Options.Add(stats);
        command.Options.Add(noCorpusEntities);
        command.Options.Add(noRestoreCase);
        command.Options.Add(noRepairText);
        batchTimeout.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() <= 0)
            {
                r.AddError("--batch-timeout must be greater than 0.");
            }
        });
        foreach (var option in new[] { batchSize, inFlight })
        {
            option.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<int>() < 1)
                {
                    r.AddError($"{option.Name} must be at least 1.");
                }
            });
        }
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
        keyphrases.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 0)
            {
                r.AddError("--keyphrases must be 0 or more.");
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

            if (r.GetValue(resume) && r.GetValue(output) is null)
            {
                r.AddError("--resume needs --output FILE in the jsonl format: the records already written there are the checkpoint.");
            }

            if (r.GetValue(cluster) is not null && r.GetValue(topicModel) is not null)
            {
                r.AddError("--topic-model is read by each silo on the cluster: give it to 'textinsight silo', not to analyze --cluster.");
            }

            if (r.GetValue(cluster) is not null && r.GetValue(entityModel) is not null)
            {
                r.AddError("--entity-model is read by each silo on the cluster: give it to 'textinsight silo', not to analyze --cluster.");
            }
        });

        command.SetAction(async (parse, cancellationToken) =>
        {
            StartupTimeline.Mark(StartupTimeline.Step.Parsed);
            var length = parse.GetValue(summaryRatio) is { } ratio
                ? SummaryLength.FromRatio(ratio)
                : (parse.GetValue(summarySentences) is { } sentences ? SummaryLength.FromSentences(sentences) : SummaryLength.Default);
            if (await UserModels.LoadAsync("analyze", parse.GetValue(topicModel), parse.GetValue(entityModel), console.Error).ConfigureAwait(false) is not { } models)
            {
                return Program.UsageError;
            }

            var (topics, entities) = (models.Topics, models.Entities);

            ClusterConnection? connection = null;
            if (parse.GetValue(cluster) is { } clusterValue)
            {
                try
                {
                    connection = ClusterConnection.Parse(clusterValue, parse.GetValue(clusterId));
                }
                catch (ArgumentException ex)
                {
                    await console.Error.WriteLineAsync("textinsight analyze: --cluster: " + ex.Message).ConfigureAwait(false);
                    return Program.UsageError;
                }
            }

            var timeoutValue = parse.GetValue(timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            var settings = new AnalyzeSettings
            {
                Inputs = parse.GetValue(input.Inputs) ?? [],
                Input = input.ToOptions(parse),
                Format = RecordSinks.Resolve(parse.GetResult(format) is { Implicit: false } ? parse.GetValue(format) : null, parse.GetValue(output)),
                Output = parse.GetValue(output),
                Parallel = parse.GetValue(parallel),
                Progress = input.ProgressWanted(parse),
                Timeout = timeoutValue,
                Analyzer = new TextAnalyzerOptions { SummaryLength = length, MaxKeyphrases = parse.GetValue(keyphrases) ?? TextAnalyzerOptions.DefaultMaxKeyphrases, TopicClassifier = topics, EntityRecognizer = entities, RestoreCase = !parse.GetValue(noRestoreCase), RepairText = !parse.GetValue(noRepairText) },
                Cluster = connection,
                Prestart = prestart,
                Resume = parse.GetValue(resume),
                Stats = parse.GetValue(stats),
                CorpusEntities = !parse.GetValue(noCorpusEntities),
                ClusterBatch = new ClusterBatchOptions
                {
                    BatchSize = parse.GetValue(batchSize),
                    MaxBatchesInFlight = parse.GetValue(inFlight),
                    BatchTimeout = TimeSpan.FromSeconds(parse.GetValue(batchTimeout)),
                    Settings = new BatchSettings
                    {
                        SummarySentences = parse.GetValue(summarySentences) ?? SummaryLength.Default.Sentences,
                        SummaryRatio = parse.GetValue(summaryRatio),
                        MaxKeyphrases = parse.GetValue(keyphrases) ?? TextAnalyzerOptions.DefaultMaxKeyphrases,
                        TimeoutPerDocument = timeoutValue,
                        RestoreCase = !parse.GetValue(noRestoreCase),
                        RepairText = !parse.GetValue(noRepairText),
                    },
                },
            };
            return await RunAsync(settings, console, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Runs a batch: reads the inputs, analyzes them on <see cref="AnalyzeSettings.Parallel"/> threads, writes records in order.</summary>
    public static async Task<int> RunAsync(AnalyzeSettings settings, CliConsole console, CancellationToken cancellationToken)
    {
        // In process, the models load while the inputs are resolved and the first documents read, not on the first documents.
        var analyzer = settings.Cluster is null ? new TextAnalyzer(settings.Analyzer) : null;
        if (analyzer is not null)
        {
            _ = WarmUpQuietlyAsync(analyzer);
        }

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

        OutputCheckpoint? checkpoint = null;
        IRecordSink sink;
        try
        {
            if (settings.Resume && settings.Output is { } resumed)
            {
                if (settings.Format != OutputFormat.Jsonl)
                {
                    throw new UsageException("--resume needs --output FILE in the jsonl format: the records already written there are the checkpoint.");
                }

                checkpoint = OutputCheckpoint.ReadAndTrim(resumed);
                sink = RecordWriter.Create(OutputFormat.Jsonl, new FileStream(resumed, FileMode.Append, FileAccess.Write, FileShare.Read, 1 << 16), ownsStream: true);
            }
            else
            {
                sink = RecordSinks.Open(settings.Format, settings.Output, console.Out);
            }
        }
        catch (OutputException ex)
        {
            await console.Error.WriteLineAsync("textinsight analyze: " + ex.Message).ConfigureAwait(false);
            return Program.UsageError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"textinsight analyze: cannot write {settings.Output}: {ex.Message}").ConfigureAwait(false);
            return Program.UsageError;
        }
        catch (UsageException ex)
        {
            await console.Error.WriteLineAsync("textinsight analyze: " + ex.Message).ConfigureAwait(false);
            return Program.UsageError;
        }

        if (sink.Notice is { } notice)
        {
            await console.Error.WriteLineAsync("textinsight analyze: " + notice).ConfigureAwait(false);
        }

        if (checkpoint is not null)
        {
            await console.Error.WriteLineAsync(
                $"resuming after the {checkpoint.Sources.Count} records already in {settings.Output}{(checkpoint.CutBytes > 0 ? $" (cut a partial last line of {checkpoint.CutBytes} bytes)" : string.Empty)}").ConfigureAwait(false);
        }

        ClusterSession? session = null;
        if (settings.Cluster is { } connection)
        {
            try
            {
                session = await (settings.Prestart?.TakeAsync(connection, settings.ClusterBatch)
                    ?? ClusterSession.ConnectAsync(connection, settings.ClusterBatch, console.Error, cancellationToken)).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await sink.DisposeAsync().ConfigureAwait(false);
                await console.Error.WriteLineAsync("textinsight analyze: cancelled while connecting to the cluster; nothing was analyzed").ConfigureAwait(false);
                return Program.Cancelled;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
            {
                await sink.DisposeAsync().ConfigureAwait(false);
                await console.Error.WriteLineAsync($"textinsight analyze: cannot reach the cluster ({ClusterSession.Describe(connection)}): {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
                return Program.ClusterFailed;
            }
        }

        try
        {
            return await RunAsync(settings, plan, sink, checkpoint, session, analyzer, console, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<int> RunAsync(
        AnalyzeSettings settings,
        InputPlan plan,
        IRecordSink sink,
        OutputCheckpoint? checkpoint,
        ClusterSession? session,
        TextAnalyzer? analyzer,
        CliConsole console,
        CancellationToken cancellationToken)
    {
        var read = new ReadProgress { TotalBytes = plan.TotalBytes };
        var reader = new DocumentReader(settings.Input, read, console.OpenInput);
        var batch = new BatchOptions { MaxDegreeOfParallelism = settings.Parallel, TimeoutPerDocument = settings.Timeout };
        bool cancelled = false;
        (string Message, int Exit)? failure = null;
        var documents = reader.ReadAsync(plan, cancellationToken);
        if (checkpoint is not null)
        {
            documents = checkpoint.SkipDone(documents, cancellationToken);
        }

        var processorAtStart = Environment.CpuUsage.TotalTime;
        var started = Stopwatch.GetTimestamp();
        if (settings.Stats && session is not null)
        {
            StartupTimeline.Mark(StartupTimeline.Step.RunStarted);
            documents = ClusterSession.MarkFirstBatch(documents, settings.ClusterBatch.BatchSize, cancellationToken);
        }

        // Corpus entities are resolved here, where records come in input order whatever --parallel or the cluster
        // did, so their ids are the same on every run. A run that appends to a database continues its corpus; a
        // resumed run first resolves the records it keeps, as the run that wrote them did.
        CorpusEntityResolver? resolver = null;
        if (settings.CorpusEntities)
        {
            try
            {
                resolver = sink is ICorpusEntitySink known ? new CorpusEntityResolver(known.ReadCorpusEntities()) : new CorpusEntityResolver();
                if (checkpoint is not null && settings.Output is { } kept)
                {
                    OutputCheckpoint.ResolveKept(kept, checkpoint, resolver);
                }
            }
            catch (OutputException ex)
            {
                await sink.DisposeAsync().ConfigureAwait(false);
                await console.Error.WriteLineAsync("textinsight analyze: " + ex.Message).ConfigureAwait(false);
                return Program.UsageError;
            }
        }

        // From the cluster, JSON outputs take each record's bytes as the silo wrote them (the same bytes the JSON
        // writer would write), with the corpus ids put in by reading only the entity summary; CSV, DuckDB and Parquet
        // get the record parsed back.
        var raw = session is not null ? sink as IJsonRecordSink : null;
        var splicer = raw is not null && resolver is not null ? new CorpusIdSplicer(resolver) : null;
        var records = session is null
            ? InProcessAsync(analyzer ?? new TextAnalyzer(settings.Analyzer), documents, batch, cancellationToken)
            : raw is null ? session.AnalyzeAsync(documents, cancellationToken) : null;
        var progress = new ProgressDisplay(console.Error, read, settings.Progress && console.ErrorIsTerminal);
        var resolutionStats = settings.Stats && resolver is not null ? new CorpusResolutionStats() : null;
        await using (progress.ConfigureAwait(false))
        {
            var writer = sink;
            await using (writer.ConfigureAwait(false))
            {
                try
                {
                    if (records is not null)
                    {
                        await foreach (var record in records.ConfigureAwait(false))
                        {
                            if (resolutionStats is null)
                            {
                                resolver?.Resolve(record);
                                writer.Write(record);
                            }
                            else
                            {
                                ResolveAndWrite(resolver!, record, writer, resolutionStats);
                            }

                            progress.Done(record.Error is not null);
                        }
                    }
                    else
                    {
                        await foreach (var record in session!.Coordinator.AnalyzeAsync(documents, cancellationToken).ConfigureAwait(false))
                        {
                            if (record.Index == 0 && settings.Stats)
                            {
                                StartupTimeline.Mark(StartupTimeline.Step.FirstRecord);
                            }

                            if (resolutionStats is null)
                            {
                                raw!.WriteJson(splicer is null ? record.Json.Span : splicer.Resolve(record.Json.Span, record.Entities.Span));
                            }
                            else
                            {
                                SpliceAndWrite(splicer, record, raw!, resolutionStats);
                            }

                            progress.Done(record.Failed);
                        }
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    cancelled = true;
                }
                catch (UsageException ex)
                {
                    failure = (ex.Message, Program.UsageError);
                }
                catch (ClusterBatchException ex)
                {
                    failure = (ex.Message + "; the records before it are written: rerun with --resume to go on", Program.ClusterFailed);
                }
                catch (Exception ex) when (session is not null && ex is InvalidDataException or JsonException)
                {
                    // A silo that answers with the wrong number of records, or records this version cannot read.
                    failure = ("the cluster sent an answer that cannot be used (" + ex.Message + "); the records before it are written: rerun with --resume to go on", Program.ClusterFailed);
                }
                catch (OutputException ex)
                {
                    await console.Error.WriteLineAsync("textinsight analyze: " + ex.Message).ConfigureAwait(false);
                    return Program.UsageError;
                }

                if (writer.RepeatedSources > 0)
                {
                    await console.Error.WriteLineAsync(
                        $"textinsight analyze: warning: {writer.RepeatedSources} documents had the source of an earlier document; {settings.Output} is keyed by source, so they cannot be told apart there (give each row a distinct --id-column)").ConfigureAwait(false);
                }

                if ((cancelled || failure is not null) && !writer.CompletesInterruptedRuns)
                {
                    await console.Error.WriteLineAsync($"textinsight analyze: the run stopped early, so {settings.Output} keeps its previous files").ConfigureAwait(false);
                }
                else
                {
                    try
                    {
                        if (resolver is not null && writer is ICorpusEntitySink corpus)
                        {
                            long outputStarted = resolutionStats is null ? 0 : CorpusResolutionStats.Now();
                            corpus.WriteCorpusEntities(resolver.GetEntities());
                            resolutionStats?.AddOutput(CorpusResolutionStats.Now() - outputStarted);
                        }

                        writer.Complete();
                    }
                    catch (OutputException ex)
                    {
                        await console.Error.WriteLineAsync("textinsight analyze: " + ex.Message).ConfigureAwait(false);
                        return Program.UsageError;
                    }
                }
            }
        }

        if (plan.SkippedFiles + reader.SkippedNotFeeds > 0)
        {
            // Folders are walked as they are read: a run that stopped early has counted only the part it walked.
            string part = cancelled || failure is not null ? " (in the part of the folders walked before the run stopped)" : string.Empty;
            await console.Error.WriteLineAsync(InputPlan.SkippedMessage(plan.SkippedFiles, reader.SkippedNotFeeds, part)).ConfigureAwait(false);
        }

        await console.Error.WriteLineAsync(progress.SummaryLine("analyzed", cancelled)).ConfigureAwait(false);
        if (session is not null)
        {
            await console.Error.WriteLineAsync($"cluster: {session.Coordinator.Batches} batches, {session.Coordinator.Retries} retried").ConfigureAwait(false);
            if (settings.Stats)
            {
                var elapsed = Stopwatch.GetElapsedTime(started);
                var processor = Environment.CpuUsage.TotalTime;
                foreach (string line in ClusterStatsReport.Lines(session.Coordinator.Statistics, processor - processorAtStart, processor, elapsed))
                {
                    await console.Error.WriteLineAsync(line).ConfigureAwait(false);
                }

                await console.Error.WriteLineAsync(StartupTimeline.Line()).ConfigureAwait(false);
            }
        }

        if (settings.Stats && session is null)
        {
            await console.Error.WriteLineAsync(CorpusResolutionStats.CollectorLine()).ConfigureAwait(false);
            if (CorpusResolutionStats.RuntimeThreadsLine() is { } runtime)
            {
                await console.Error.WriteLineAsync(runtime).ConfigureAwait(false);
            }
        }

        if (resolutionStats is not null)
        {
            foreach (string line in resolutionStats.Lines(Environment.CpuUsage.TotalTime - processorAtStart, Stopwatch.GetElapsedTime(0, resolver!.RetiringTicks)))
            {
                await console.Error.WriteLineAsync(line).ConfigureAwait(false);
            }
        }

        if (failure is { } failed)
        {
            await console.Error.WriteLineAsync("textinsight analyze: " + failed.Message).ConfigureAwait(false);
            return failed.Exit;
        }

        return cancelled ? Program.Cancelled : progress.Failures > 0 ? Program.SomeFailed : Program.Success;
    }

    /// <summary>
    /// Starts loading the built-in models on the thread pool when the command line asks for an analysis in process,
    /// before the command line is parsed: the topic model alone takes most of the time to the first record. The
    /// analyzer of the run then finds them loaded (the built-in models are loaded once per process). A guess from the
    /// raw arguments: at worst, models are loaded that the run does not use.
    /// </summary>
    internal static void PreloadModels(string[] args)
    {
        if (StagesToPreload(args) is { } stages)
        {
            _ = WarmUpQuietlyAsync(new TextAnalyzer(new TextAnalyzerOptions { Stages = stages }));
        }
    }

    /// <summary>The stages whose built-in models an <c>analyze</c> command line will use in process; none for other commands, help, or <c>--cluster</c>.</summary>
    internal static Stages? StagesToPreload(string[] args)
    {
        if (args.Length == 0 || args[0] != "analyze")
        {
            return null;
        }

        var stages = Stages.All;
        foreach (string arg in args)
        {
            if (arg is "-h" or "--help" or "-?" || IsOption(arg, "--cluster"))
            {
                return null;
            }

            // A model of the user's replaces the built-in one: do not load that.
            stages &= IsOption(arg, "--topic-model") ? ~Stages.Topics : IsOption(arg, "--entity-model") ? ~Stages.Entities : Stages.All;
        }

        return stages;

        static bool IsOption(string arg, string name) =>
            arg.StartsWith(name, StringComparison.Ordinal) && (arg.Length == name.Length || arg[name.Length] is '=' or ':');
    }

    private static async Task WarmUpQuietlyAsync(TextAnalyzer analyzer)
    {
        try
        {
            await analyzer.WarmUpAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only a head start: a model that cannot load fails the documents that need it, each with an error record.
        }
    }

    /// <summary>Resolves and writes one record, counting each part's thread CPU time for <c>--stats</c>.</summary>
    private static void ResolveAndWrite(CorpusEntityResolver resolver, AnalysisRecord record, IRecordSink writer, CorpusResolutionStats stats)
    {
        // As CorpusEntityResolver.Resolve(AnalysisRecord), in its parts.
        stats.Arrived();
        long started = CorpusResolutionStats.Now();
        var entities = CorpusEntityResolver.DocumentEntities(record);
        long built = CorpusResolutionStats.Now();
        CorpusEntityResolver.SetCorpusIds(record, resolver.Resolve(entities, CorpusEntityResolver.TopicOf(record)));
        long resolved = CorpusResolutionStats.Now();
        writer.Write(record);
        long written = CorpusResolutionStats.Now();
        stats.AddResolving(built - started, resolved - built);
        stats.AddWriting(written - resolved);
        stats.Handled();
    }

    /// <summary>Splices the corpus ids into one record from the cluster and writes it, counting each part's thread CPU time for <c>--stats</c>.</summary>
    private static void SpliceAndWrite(CorpusIdSplicer? splicer, ClusterRecord record, IJsonRecordSink raw, CorpusResolutionStats stats)
    {
        stats.Arrived();
        long started = CorpusResolutionStats.Now();
        var spliced = splicer is null ? record.Json.Span : splicer.Resolve(record.Json.Span, record.Entities.Span);
        long resolved = CorpusResolutionStats.Now();
        raw.WriteJson(spliced);
        long written = CorpusResolutionStats.Now();
        stats.AddSplicing(resolved - started);
        stats.AddWriting(written - resolved);
        stats.Handled();
    }

    private static async IAsyncEnumerable<AnalysisRecord> InProcessAsync(
        TextAnalyzer analyzer,
        IAsyncEnumerable<DocumentInput> documents,
        BatchOptions batch,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var result in analyzer.AnalyzeManyAsync(documents, batch, cancellationToken).ConfigureAwait(false))
        {
            yield return AnalysisJson.ToRecord(result);
        }
    }
}
