using System.Diagnostics;

namespace TextInsight.Topics;

/// <summary>Scores the topics of an article's body with a trained model. Thread-safe.</summary>
/// <remarks>The built-in model (<see cref="Default"/>) knows the BBC News labels <c>business</c>, <c>entertainment</c>,
/// <c>politics</c>, <c>sport</c> and <c>tech</c>. <see cref="Train"/> fits a model to your own labels, and
/// <see cref="Save(string)"/> and <see cref="Load(string)"/> keep it.</remarks>
public sealed class TopicClassifier
{
    /// <summary>The resource name of the built-in model.</summary>
    internal const string DefaultModelResource = "TextInsight.Models.topics-bbc-v3.bin";

    private static readonly Lazy<TopicClassifier> DefaultLazy = new(() => new TopicClassifier(new Lazy<TopicScorer>(LoadDefaultModel)));

    private readonly Lazy<TopicScorer> _model;

    private TopicClassifier(Lazy<TopicScorer> model)
    {
        _model = model;
    }

    private TopicClassifier(TopicScorer model)
        : this(new Lazy<TopicScorer>(model))
    {
    }

    /// <summary>The classifier with the built-in news model, which is read from the assembly on first use, once per process.</summary>
    public static TopicClassifier Default => DefaultLazy.Value;

    /// <summary>The labels the model knows, in ordinal order.</summary>
    public IReadOnlyList<string> Labels => _model.Value.Labels;

    /// <summary>The featurization and learner the model was trained with.</summary>
    public string Description => _model.Value.Description;

    /// <summary>Scores every label for <paramref name="text"/>, highest first.</summary>
    /// <param name="text">The article body (or any text).</param>
    /// <returns>One score per label; the scores are probabilities that sum to 1. Ties keep the label order.</returns>
    public IReadOnlyList<TopicScore> Predict(string text) => Predict(text, int.MaxValue);

    /// <summary>Scores the <paramref name="top"/> most likely labels for <paramref name="text"/>, highest first.</summary>
    /// <param name="text">The article body (or any text).</param>
    /// <param name="top">How many labels to return, at least 1; more than the model knows returns them all.</param>
    /// <returns>The best labels with their probabilities (probabilities of all labels sum to 1).</returns>
    public IReadOnlyList<TopicScore> Predict(string text, int top)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var model = _model.Value;
        var labels = model.Labels;
        Span<double> probabilities = labels.Count <= 64 ? stackalloc double[labels.Count] : new double[labels.Count];
        model.Score(text, probabilities);
        var scores = new TopicScore[labels.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = new TopicScore(labels[i], probabilities[i]);
        }

        // A stable sort so that equal scores keep the label order and results are reproducible.
        var order = scores.AsSpan();
        for (var i = 1; i < order.Length; i++)
        {
            var current = order[i];
            var j = i - 1;
            while (j >= 0 && order[j].Score < current.Score)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = current;
        }

        return top >= scores.Length ? scores : scores[..top];
    }

    /// <summary>For <c>evaluate topics --explain</c>: the features of <paramref name="text"/> that push it most from label
    /// <paramref name="from"/> towards label <paramref name="to"/>; empty for models other than the linear one.</summary>
    internal IReadOnlyList<(string Feature, double Contribution)> Explain(string text, string from, string to, int top)
    {
        if (_model.Value is not LinearTopicModel linear)
        {
            return [];
        }

        var labels = linear.Labels;
        int f = -1, t = -1;
        for (var i = 0; i < labels.Count; i++)
        {
            f = labels[i] == from ? i : f;
            t = labels[i] == to ? i : t;
        }

        return f < 0 || t < 0 ? [] : linear.Explain(text, f, t, top);
    }

    /// <summary>Trains a topic model on labeled texts.</summary>
    /// <param name="examples">The texts and their labels: at least two labels, each with
    /// <see cref="TopicTrainingOptions.MinimumExamplesPerLabel"/> examples, no empty text or label.</param>
    /// <param name="options">Featurization and learner; <see cref="TopicTrainingOptions.Default"/> when null.</param>
    /// <exception cref="TopicTrainingDataException">The examples cannot make a model; the message says why and where.</exception>
    public static TopicClassifier Train(IEnumerable<LabeledText> examples, TopicTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= TopicTrainingOptions.Default;
        options.Validate();
        var list = examples as IReadOnlyList<LabeledText> ?? [.. examples];
        CheckTrainingData(list, options.MinimumExamplesPerLabel);
        return new TopicClassifier(TrainModel(list, options));
    }

    /// <summary>Evaluates the model's top label against the gold labels of <paramref name="examples"/>.</summary>
    /// <param name="examples">Texts with their gold labels.</param>
    public TopicEvaluation Evaluate(IEnumerable<LabeledText> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var gold = new List<string>();
        var predicted = new List<string>();
        foreach (var example in examples)
        {
            ArgumentNullException.ThrowIfNull(example, nameof(examples));
            gold.Add(example.Label);
            predicted.Add(Predict(example.Text, 1)[0].Label);
        }

        return TopicEvaluation.From(gold, predicted, Labels);
    }

    /// <summary>Cross-validates training: removes duplicate texts, splits the rest into <paramref name="folds"/> stratified folds
    /// with a fixed seed, trains from scratch on all folds but one and scores the one left out, for each fold.</summary>
    /// <param name="examples">The texts and their labels (as for <see cref="Train"/>).</param>
    /// <param name="folds">How many folds, 2 or more; each label needs at least this many distinct texts.</param>
    /// <param name="options">Featurization and learner; <see cref="TopicTrainingOptions.Default"/> when null. Its seed shuffles the folds.</param>
    /// <exception cref="TopicTrainingDataException">The examples cannot make a model or fill the folds.</exception>
    public static TopicCrossValidation CrossValidate(IEnumerable<LabeledText> examples, int folds = 5, TopicTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        options ??= TopicTrainingOptions.Default;
        options.Validate();
        var all = examples as IReadOnlyList<LabeledText> ?? [.. examples];
        CheckTrainingData(all, options.MinimumExamplesPerLabel);
        var distinct = Deduplicate(all);
        var foldOf = AssignFolds(distinct, folds, options);
        var gold = new List<string>(distinct.Count);
        var predicted = new List<string>(distinct.Count);
        var foldAccuracies = new double[folds];
        var trainingTime = TimeSpan.Zero;
        var trainingCpuTime = TimeSpan.Zero;
        using var process = Process.GetCurrentProcess();
        for (var fold = 0; fold < folds; fold++)
        {
            var train = new List<LabeledText>();
            var test = new List<LabeledText>();
            for (var i = 0; i < distinct.Count; i++)
            {
                (foldOf[i] == fold ? test : train).Add(distinct[i]);
            }

            var cpuBefore = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            var classifier = new TopicClassifier(TrainModel(train, options));
            trainingTime += stopwatch.Elapsed;
            process.Refresh();
            trainingCpuTime += process.TotalProcessorTime - cpuBefore;
            var correct = 0;
            foreach (var example in test)
            {
                var label = classifier.Predict(example.Text, 1)[0].Label;
                gold.Add(example.Label);
                predicted.Add(label);
                correct += label == example.Label ? 1 : 0;
            }

            foldAccuracies[fold] = (double)correct / test.Count;
        }

        var evaluation = TopicEvaluation.From(gold, predicted, []);
        return new TopicCrossValidation(evaluation, foldAccuracies, all.Count - distinct.Count, trainingTime / folds, trainingCpuTime / folds, options.ToString());
    }

    /// <summary>Reads a model saved by <see cref="Save(string)"/>.</summary>
    /// <param name="path">The model file.</param>
    /// <exception cref="InvalidDataException">The file is not a TextInsight topic model.</exception>
    public static TopicClassifier Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Reads a model saved by <see cref="Save(Stream)"/>.</summary>
    /// <param name="stream">The model, read from its current position to its end.</param>
    /// <exception cref="InvalidDataException">The stream does not hold a TextInsight topic model.</exception>
    public static TopicClassifier Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new TopicClassifier(TopicScorer.Read(stream));
    }

    /// <summary>Writes the model to a file (TextInsight's binary format for the <see cref="TopicTrainer.Linear"/> learner, else a zip archive of the ML.NET pipeline and the label list).</summary>
    /// <param name="path">The file to create or overwrite.</param>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>Writes the model to a stream.</summary>
    /// <param name="stream">A writable stream.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _model.Value.Save(stream);
    }

    private static TopicScorer LoadDefaultModel()
    {
        using var stream = typeof(TopicClassifier).Assembly.GetManifestResourceStream(DefaultModelResource)
            ?? throw new InvalidOperationException($"The built-in topic model {DefaultModelResource} is missing from the TextInsight assembly.");
        return TopicScorer.Read(stream);
    }

    private static TopicScorer TrainModel(IReadOnlyList<LabeledText> examples, TopicTrainingOptions options) =>
        options.Trainer == TopicTrainer.Linear ? LinearTopicTrainer.Train(examples, options) : TopicModel.Train(examples, options);

    private static void CheckTrainingData(IReadOnlyList<LabeledText> examples, int minimumPerLabel)
    {
        var empty = new List<string>();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < examples.Count; i++)
        {
            var example = examples[i] ?? throw new ArgumentException($"Example {i} is null.", nameof(examples));
            if (!(example.Weight > 0) || !double.IsFinite(example.Weight))
            {
                throw new TopicTrainingDataException($"Training example {example.Source ?? $"example {i}"} has weight {example.Weight}; a weight must be a positive finite number.");
            }

            if (string.IsNullOrWhiteSpace(example.Text) || string.IsNullOrWhiteSpace(example.Label))
            {
                empty.Add(example.Source ?? $"example {i}");
                continue;
            }

            counts[example.Label] = counts.GetValueOrDefault(example.Label) + 1;
        }

        if (empty.Count > 0)
        {
            const int shown = 10;
            var list = string.Join(", ", empty.Take(shown)) + (empty.Count > shown ? $" and {empty.Count - shown} more" : string.Empty);
            throw new TopicTrainingDataException($"{empty.Count} training example(s) have an empty text or label: {list}. Fill them in or remove them.");
        }

        if (counts.Count < 2)
        {
            var found = counts.Count == 0 ? "none" : $"only '{counts.Keys.First()}'";
            throw new TopicTrainingDataException($"Topic training needs at least two distinct labels; found {found}.");
        }

        var tooFew = counts.Where(pair => pair.Value < minimumPerLabel).Select(pair => $"'{pair.Key}' has {pair.Value}").ToList();
        if (tooFew.Count > 0)
        {
            throw new TopicTrainingDataException(
                $"Each label needs at least {minimumPerLabel} examples (TopicTrainingOptions.MinimumExamplesPerLabel): {string.Join(", ", tooFew)}. Add examples or drop the label.");
        }
    }

    private static List<LabeledText> Deduplicate(IReadOnlyList<LabeledText> examples)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<LabeledText>(examples.Count);
        foreach (var example in examples)
        {
            if (seen.Add(example.Text))
            {
                distinct.Add(example);
            }
        }

        return distinct;
    }

    private static int[] AssignFolds(List<LabeledText> examples, int folds, TopicTrainingOptions options)
    {
        var byLabel = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < examples.Count; i++)
        {
            if (!byLabel.TryGetValue(examples[i].Label, out var indices))
            {
                byLabel[examples[i].Label] = indices = [];
            }

            indices.Add(i);
        }

        var tooFew = byLabel.Where(pair => pair.Value.Count < Math.Max(folds, options.MinimumExamplesPerLabel))
            .Select(pair => $"'{pair.Key}' has {pair.Value.Count}").ToList();
        if (tooFew.Count > 0)
        {
            throw new TopicTrainingDataException(
                $"Cross-validation with {folds} folds needs at least {Math.Max(folds, options.MinimumExamplesPerLabel)} distinct texts per label: {string.Join(", ", tooFew)}.");
        }

        // Shuffling within each label, then dealing round-robin, keeps every fold's label mix close to the whole's.
        var random = new Random(options.Seed);
        var foldOf = new int[examples.Count];
        var next = 0;
        foreach (var indices in byLabel.Values)
        {
            var shuffled = indices.ToArray();
            random.Shuffle(shuffled);
            foreach (var index in shuffled)
            {
                foldOf[index] = next;
                next = (next + 1) % folds;
            }
        }

        return foldOf;
    }
}
