using System.CommandLine;
using TextInsight.Topics;

namespace TextInsight.Cli.Commands;

/// <summary>The featurization and learner options, shared by <c>train topics</c> and <c>evaluate topics --folds</c>.</summary>
internal sealed class TopicLearnerOptions
{
    private readonly Option<TopicTrainer?> _trainer = new("--trainer") { Description = "The learner (default: " + TopicTrainingOptions.Default.Trainer + ")." };
    private readonly Option<int?> _wordNgrams = new("--word-ngrams") { Description = "Word n-grams up to this length (1-3)." };
    private readonly Option<int?> _charNgrams = new("--char-ngrams") { Description = "Character n-grams of this length as well (0 = none)." };
    private readonly Option<bool> _tf = new("--tf") { Description = "Weight n-grams by raw counts instead of TF-IDF." };
    private readonly Option<bool> _keepStopWords = new("--keep-stop-words") { Description = "Keep common English words (by default they are removed before word n-grams are formed)." };
    private readonly Option<double?> _l2 = new("--l2") { Description = "The learner's L2 regularization weight." };
    private readonly Option<double?> _l1 = new("--l1") { Description = "The learner's L1 regularization weight." };
    private readonly Option<bool> _rawTf = new("--raw-tf") { Description = "Linear: count a feature n times as n, not 1 + ln n." };
    private readonly Option<int?> _minDf = new("--min-df") { Description = "Linear: drop features found in fewer texts than this (default 2)." };
    private readonly Option<bool> _noBalance = new("--no-balance") { Description = "Linear: weigh every text the same instead of every label." };
    private readonly Option<double?> _naiveBayes = new("--naive-bayes") { Description = "Linear: weight of the naive Bayes blended in (default " + TopicTrainingOptions.DefaultNaiveBayesWeight.ToString(System.Globalization.CultureInfo.InvariantCulture) + "; 0 = none)." };
    private readonly Option<bool> _stem = new("--stem") { Description = "Linear: cut words to a light stem (plural, -ing, -ed)." };
    private readonly Option<bool> _ignoreNames = new("--ignore-names") { Description = "Linear: leave out words capitalized inside a sentence (mostly names)." };
    private readonly Option<int?> _calibrationFolds = new("--calibration-folds") { Description = "Linear: fit the temperature of the probabilities on this many folds of the training texts (0 = none; default " + TopicTrainingOptions.Default.CalibrationFolds.ToString(System.Globalization.CultureInfo.InvariantCulture) + "); accuracy does not change." };
    private readonly Option<bool> _weightedIdf = new("--weighted-idf") { Description = "Linear: count each text by its weight (e.g. --balance-folders) in the inverse document frequencies (default true; --weighted-idf false counts every text once).", DefaultValueFactory = _ => TopicTrainingOptions.Default.WeightedIdf };
    private readonly Option<int?> _leadWords = new("--lead-words") { Description = "Linear: count the features of this many first words (after stop words are removed: headline and lead) twice (default 0)." };
    private readonly Option<bool> _transferVocabulary = new("--transfer-vocabulary") { Description = "Linear: keep only features found in the training texts of every folder (or in --vocabulary-text)." };
    private readonly Option<string[]> _vocabularyText = new("--vocabulary-text") { Description = "Linear: unlabeled texts (a folder of .txt files or a file with one text per line, .gz read as gzip) whose features are kept; with --transfer-vocabulary, besides the features all folders share.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string?> _clusters = new("--clusters") { Description = "Linear: word clusters (from train clusters) whose ids are features too; the model keeps them." };
    private readonly Option<bool> _labelOffsets = new("--label-offsets") { Description = "Linear: with calibration folds, also fit one offset per label (a prior shift) to the out-of-fold scores." };
    private readonly Option<int?> _offsetFolder = new("--offset-folder") { Description = "Linear: with --label-offsets, fit the offsets on the texts of this training folder only (0 = the first --folder/--train-folder)." };
    private readonly Option<double?> _idfPower = new("--idf-power") { Description = "Linear: raise the inverse document frequencies to this power (default 1)." };
    private readonly Option<int?> _minExamples = new("--min-examples") { Description = "The fewest examples a label may have (default 5)." };
    private readonly Option<int?> _seed = new("--seed") { Description = "The random seed (default 1)." };

    public void AddTo(Command command)
    {
        command.Options.Add(_trainer);
        command.Options.Add(_wordNgrams);
        command.Options.Add(_charNgrams);
        command.Options.Add(_tf);
        command.Options.Add(_keepStopWords);
        command.Options.Add(_l2);
        command.Options.Add(_l1);
        command.Options.Add(_rawTf);
        command.Options.Add(_minDf);
        command.Options.Add(_noBalance);
        command.Options.Add(_naiveBayes);
        command.Options.Add(_stem);
        command.Options.Add(_ignoreNames);
        command.Options.Add(_calibrationFolds);
        command.Options.Add(_weightedIdf);
        command.Options.Add(_leadWords);
        command.Options.Add(_transferVocabulary);
        command.Options.Add(_vocabularyText);
        command.Options.Add(_clusters);
        command.Options.Add(_labelOffsets);
        command.Options.Add(_offsetFolder);
        command.Options.Add(_idfPower);
        command.Options.Add(_minExamples);
        command.Options.Add(_seed);
    }

    /// <summary>The options, with the vocabulary groups taken from <paramref name="training"/> (one group per folder of
    /// <paramref name="folders"/>, by source prefix) when --transfer-vocabulary is given.</summary>
    public TopicTrainingOptions Read(ParseResult parse, IReadOnlyList<LabeledText> training, IReadOnlyList<string> folders)
    {
        var options = Read(parse);
        IReadOnlyList<IReadOnlyList<string>>? groups = null;
        if (parse.GetValue(_transferVocabulary))
        {
            if (folders.Count < 2)
            {
                throw new ArgumentException("--transfer-vocabulary needs two or more training folders.");
            }

            groups = [.. folders.Select(folder =>
            {
                var prefix = folder.Replace('\\', '/').TrimEnd('/') + "/";
                return (IReadOnlyList<string>)[.. training.Where(t => t.Source?.StartsWith(prefix, StringComparison.Ordinal) == true).Select(t => t.Text)];
            })];
        }

        IReadOnlySet<string>? offsetTexts = null;
        if (parse.GetValue(_offsetFolder) is { } k)
        {
            if (k < 0 || k >= folders.Count)
            {
                throw new ArgumentException($"--offset-folder must be 0 to {folders.Count - 1}; got {k}.");
            }

            var prefix = folders.Count == 1 ? string.Empty : folders[k].Replace('\\', '/').TrimEnd('/') + "/";
            offsetTexts = training.Where(t => t.Source?.StartsWith(prefix, StringComparison.Ordinal) == true).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        }

        var bridge = (parse.GetValue(_vocabularyText) ?? []).SelectMany(TopicSelfTraining.Read).ToList();
        return new TopicTrainingOptions
        {
            Trainer = options.Trainer, WordNgramLength = options.WordNgramLength, CharNgramLength = options.CharNgramLength, TfIdf = options.TfIdf,
            RemoveStopWords = options.RemoveStopWords, L2Regularization = options.L2Regularization, L1Regularization = options.L1Regularization,
            SublinearTf = options.SublinearTf, MinimumDocumentFrequency = options.MinimumDocumentFrequency, BalanceLabels = options.BalanceLabels,
            NaiveBayesWeight = options.NaiveBayesWeight, Stem = options.Stem, IgnoreNames = options.IgnoreNames, CalibrationFolds = options.CalibrationFolds,
            WeightedIdf = options.WeightedIdf, LeadWords = options.LeadWords, MinimumExamplesPerLabel = options.MinimumExamplesPerLabel, Seed = options.Seed,
            VocabularyGroups = groups, BridgeTexts = bridge.Count == 0 ? null : bridge,
            FitLabelOffsets = parse.GetValue(_labelOffsets), OffsetTexts = offsetTexts, IdfPower = parse.GetValue(_idfPower) ?? 1,
            Clusters = parse.GetValue(_clusters) is { } path ? LoadClusters(path) : null,
        };
    }

    private static TextInsight.Entities.Ner.NerClusters LoadClusters(string path)
    {
        using var stream = File.OpenRead(path);
        return TextInsight.Entities.Ner.NerClusters.Load(stream);
    }

    public TopicTrainingOptions Read(ParseResult parse)
    {
        var defaults = TopicTrainingOptions.Default;
        return new TopicTrainingOptions
        {
            Trainer = parse.GetValue(_trainer) ?? defaults.Trainer,
            WordNgramLength = parse.GetValue(_wordNgrams) ?? defaults.WordNgramLength,
            CharNgramLength = parse.GetValue(_charNgrams) ?? defaults.CharNgramLength,
            TfIdf = !parse.GetValue(_tf) && defaults.TfIdf,
            RemoveStopWords = !parse.GetValue(_keepStopWords) && defaults.RemoveStopWords,
            L2Regularization = parse.GetValue(_l2) ?? defaults.L2Regularization,
            L1Regularization = parse.GetValue(_l1) ?? defaults.L1Regularization,
            SublinearTf = !parse.GetValue(_rawTf) && defaults.SublinearTf,
            MinimumDocumentFrequency = parse.GetValue(_minDf) ?? defaults.MinimumDocumentFrequency,
            BalanceLabels = !parse.GetValue(_noBalance) && defaults.BalanceLabels,
            NaiveBayesWeight = parse.GetValue(_naiveBayes) ?? defaults.NaiveBayesWeight,
            Stem = parse.GetValue(_stem) || defaults.Stem,
            IgnoreNames = parse.GetValue(_ignoreNames) || defaults.IgnoreNames,
            CalibrationFolds = parse.GetValue(_calibrationFolds) ?? defaults.CalibrationFolds,
            WeightedIdf = parse.GetValue(_weightedIdf),
            LeadWords = parse.GetValue(_leadWords) ?? defaults.LeadWords,
            MinimumExamplesPerLabel = parse.GetValue(_minExamples) ?? defaults.MinimumExamplesPerLabel,
            Seed = parse.GetValue(_seed) ?? defaults.Seed,
        };
    }
}
