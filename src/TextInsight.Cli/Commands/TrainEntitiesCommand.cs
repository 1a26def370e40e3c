using System.CommandLine;
using System.Diagnostics;
using TextInsight.Entities;
using TextInsight.Entities.Ner;

namespace TextInsight.Cli.Commands;

/// <summary><c>textinsight train entities</c>: trains the named-entity tagger on CoNLL-2003 style data.</summary>
internal static class TrainEntitiesCommand
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "Training data: CoNLL file (token ... IOB-tag per line, blank line between sentences, -DOCSTART- between documents).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "Development data in the same format: reports F1 per epoch, keeps the best epoch and fits the confidence calibration." };
        var output = new Option<string>("--out") { Description = "The model file to write (e.g. ner-news-v3.bin).", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data for each model.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffles (runs are reproducible).", DefaultValueFactory = _ => 1 };
        var seeds = new Option<string?>("--seeds") { Description = "An ensemble: a comma-separated list of distinct seeds (e.g. 1,2,3,4), one training run each, whose weights are averaged into one model of the same size and speed (takes the place of --seed; the folds come from the first seed). Each run takes about as long as a single one." };
        var bits = new Option<int>("--bits") { Description = "Each pass's weight table has 2^bits feature buckets.", DefaultValueFactory = _ => 20 };
        var hide = new Option<double>("--hide-rare") { Description = "Probability of hiding the identity of a word seen once in training (teaches the model to read unknown names from context).", DefaultValueFactory = _ => 0.0 };
        var hideNames = new Option<double>("--hide-names") { Description = "Share of training tokens whose name-list and cluster features are hidden (feature dropout, drawn once with the seed), so the model also learns names the lists and clusters do not know.", DefaultValueFactory = _ => 0.0 };
        var hideKinds = new Option<double>("--hide-name-kinds") { Description = "Share of training names whose tokens lose the name-list kinds of their own type (drawn once with the seed), as names missing from their list read at run time.", DefaultValueFactory = _ => 0.0 };
        var folds = new Option<int>("--folds") { Description = "Folds of the training documents for jackknifed gazetteer and pass 1 features.", DefaultValueFactory = _ => 4 };
        var caseText = new Option<string?>("--case-text") { Description = "A folder of unlabelled plain-text articles (*.txt, searched recursively; title on the first line) whose casing widens the lexicon used to truecase title-case headlines." };
        var lexicons = new Option<string?>("--lexicons") { Description = "A folder of public name lists (person-first-names.tsv, person-surnames.tsv, person-surnames-intl.tsv, locations.tsv, demonyms.tsv, organizations.tsv) to match as features; the model keeps only hashes." };
        var clusters = new Option<string?>("--clusters") { Description = "A word-cluster file written by 'train clusters', whose cluster paths become features; the model keeps a copy." };
        var clusterSupport = new Option<double>("--cluster-support") { Description = "Cluster path prefixes whose training tokens amount to fewer than this many equally frequent words (inverse Simpson index of the word counts) give no features, nor do their deeper levels; 0 keeps every level.", DefaultValueFactory = _ => 0.0 };
        var sample = new Option<string[]>("--sample") { Description = "More training data: hand-annotated article samples in the format of tests/entity-sample/*.tsv (character offsets into the articles under --articles), read as the analyzer reads them (its segments and tokens).", AllowMultipleArgumentsPerToken = true };
        var articles = new Option<string>("--articles") { Description = "The folder of the --sample articles.", DefaultValueFactory = _ => "../shared/data/bbc-2020-dev/articles" };
        var sampleRepeat = new Option<int>("--sample-repeat") { Description = "How many times each --sample sentence is seen per epoch, to weigh a small sample against the CoNLL file.", DefaultValueFactory = _ => 1 };
        var command = new Command("entities", "Train the named-entity tagger (Person, Organization, Location, Misc).") { conll, dev, output, epochs, seed, seeds, bits, folds, hide, hideNames, hideKinds, caseText, lexicons, clusters, clusterSupport, sample, articles, sampleRepeat };
        command.SetAction(parse => ParseSeeds(parse.GetValue(seeds), out var ensemble) is { } problem
            ? Fail(parse.InvocationConfiguration.Error, problem)
            : Run(
            parse.InvocationConfiguration.Error, parse.GetValue(conll)!, parse.GetValue(dev), parse.GetValue(output)!, parse.GetValue(caseText),
            parse.GetValue(lexicons), parse.GetValue(clusters), parse.GetValue(clusterSupport),
            parse.GetValue(sample) ?? [], parse.GetValue(articles)!, parse.GetValue(sampleRepeat),
            new NerTrainingOptions { Epochs = parse.GetValue(epochs), Seed = ensemble is null ? parse.GetValue(seed) : ensemble[0], Seeds = ensemble, Pass1Bits = parse.GetValue(bits), Pass2Bits = parse.GetValue(bits), Folds = parse.GetValue(folds), HideRareWords = parse.GetValue(hide), HideNameFeatures = parse.GetValue(hideNames), HideNameKinds = parse.GetValue(hideKinds) }));
        return command;
    }

    private static int Run(TextWriter error, string conll, string? dev, string output, string? caseText, string? lexiconFolder, string? clusterFile, double clusterSupport,
        string[] samplePaths, string articleRoot, int sampleRepeat, NerTrainingOptions options)
    {
        if (sampleRepeat < 1)
        {
            error.WriteLine("error: --sample-repeat must be at least 1.");
            return 2;
        }

        if (clusterSupport < 0)
        {
            error.WriteLine("error: --cluster-support must not be negative.");
            return 2;
        }

        if (options.Epochs < 1 || options.Bits() is < 12 or > 22 || options.Folds < 2 || options.HideRareWords is < 0 or > 1 || options.HideNameFeatures is < 0 or > 1 || options.HideNameKinds is < 0 or > 1)
        {
            error.WriteLine("error: --epochs must be at least 1, --bits between 12 and 22, --folds at least 2, --hide-rare, --hide-names and --hide-name-kinds between 0 and 1.");
            return 2;
        }

        IReadOnlyList<IobDocument> train, devDocs;
        List<string>? caseTexts = null;
        NerLexicon? nameLists = null;
        NerClusters? clusters = null;
        try
        {
            if (lexiconFolder is not null)
            {
                if (!Directory.Exists(lexiconFolder))
                {
                    throw new FileNotFoundException($"The lexicon folder {lexiconFolder} does not exist.");
                }

                nameLists = NerLexicon.Build(lexiconFolder);
                error.WriteLine($"name lists: {nameLists.Count:N0} entries and prefixes, longest {nameLists.MaxLength} tokens");
            }

            if (clusterFile is not null)
            {
                using var stream = File.OpenRead(clusterFile);
                clusters = NerClusters.Load(stream);
                error.WriteLine($"word clusters: {clusters.Count:N0} words");
            }

            train = IobCorpusReader.ReadFile(conll);
            if (samplePaths.Length > 0)
            {
                if (!Directory.Exists(articleRoot))
                {
                    throw new DirectoryNotFoundException($"The folder of the sample's articles {articleRoot} does not exist (--articles).");
                }

                var extra = new List<IobDocument>(train);
                foreach (string path in samplePaths)
                {
                    List<IobDocument> docs;
                    try
                    {
                        docs = EntitySampleCorpus.ToDocuments(EntitySample.Read(path), articleRoot, sampleRepeat, line => error.WriteLine("  " + line));
                    }
                    catch (FileNotFoundException e) when (e.FileName != path)
                    {
                        // An article of the sample, not the sample itself: say which sample names it.
                        throw new FileNotFoundException($"sample {path}: {e.Message}", e.FileName, e);
                    }
                    catch (InvalidDataException e)
                    {
                        throw new InvalidDataException($"sample {path}: {e.Message}", e);
                    }

                    error.WriteLine($"sample {path}: {docs.Count} articles, {docs.Sum(d => d.Sentences.Count):N0} segments, {docs.Sum(d => d.TokenCount):N0} tokens, {docs.Sum(d => d.Sentences.Sum(x => x.Entities.Count)):N0} names, each seen {sampleRepeat} time(s) an epoch");
                    extra.AddRange(docs);
                }

                train = extra;
            }

            devDocs = dev is null ? [] : IobCorpusReader.ReadFile(dev);
            if (clusters is not null && clusterSupport > 0)
            {
                clusters = clusters.BackOffUnsupported(train, clusterSupport, out var backedOff);
                error.WriteLine($"word clusters backed off where the training data hold fewer than {clusterSupport:G} effective words: level 3 of {backedOff[0]:N0} words, levels 2-3 of {backedOff[1]:N0}, all levels of {backedOff[2]:N0}");
            }
            if (caseText is not null)
            {
                if (!Directory.Exists(caseText))
                {
                    throw new FileNotFoundException($"The folder {caseText} does not exist.");
                }

                var files = Directory.GetFiles(caseText, "*.txt", SearchOption.AllDirectories);
                Array.Sort(files, StringComparer.Ordinal);
                caseTexts = [.. files.Select(f => TextDecoding.Decode(File.ReadAllBytes(f), out _))];
            }
        }
        catch (FileNotFoundException e)
        {
            error.WriteLine("error: " + e.Message);
            return 2;
        }
        catch (DirectoryNotFoundException e)
        {
            error.WriteLine("error: " + e.Message);
            return 2;
        }
        catch (Exception e) when (e is FormatException or InvalidDataException)
        {
            error.WriteLine("error: " + e.Message);
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var trainer = new NerTrainer(options, error.WriteLine);
        var model = trainer.Train(train, dev is null ? null : devDocs, caseTexts, nameLists, clusters);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using (var stream = File.Create(output))
        {
            new NamedEntityTagger(model).Save(stream);
        }

        error.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes) in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    // "1,2,3" into distinct seeds; returns a message for a malformed list.
    internal static string? ParseSeeds(string? text, out int[]? seeds)
    {
        seeds = null;
        if (text is null)
        {
            return null;
        }

        var parsed = new List<int>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int value))
            {
                return $"--seeds takes a comma-separated list of whole numbers, not '{text}'.";
            }

            parsed.Add(value);
        }

        if (parsed.Count is < 1 or > 32 || parsed.Distinct().Count() != parsed.Count)
        {
            return "--seeds takes 1 to 32 distinct seeds.";
        }

        seeds = [.. parsed];
        return null;
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine("error: " + message);
        return 2;
    }

    private static int Bits(this NerTrainingOptions options) => Math.Min(options.Pass1Bits, options.Pass2Bits);
}
