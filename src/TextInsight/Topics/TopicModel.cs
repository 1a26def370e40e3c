using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace TextInsight.Topics;

/// <summary>A topic model made by ML.NET: the fitted pipeline, its labels and a pool of prediction engines.</summary>
internal sealed class TopicModel : TopicScorer
{
    private const string InfoEntryName = "TextInsight/topics.json";
    private const string FormatName = "textinsight-topics";
    private const int FormatVersion = 1;

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _inputSchema;
    private readonly bool _softmax;
    private readonly string _description;

    // PredictionEngine is not thread-safe: each caller takes one from the bag and gives it back.
    private readonly ConcurrentBag<EngineSlot> _engines = [];
    private readonly Lock _engineCreation = new();

    private TopicModel(MLContext ml, ITransformer transformer, DataViewSchema inputSchema, string[] labels, bool softmax, string description)
    {
        _ml = ml;
        _transformer = transformer;
        _inputSchema = inputSchema;
        Labels = labels;
        _softmax = softmax;
        _description = description;
    }

    public override IReadOnlyList<string> Labels { get; }

    public override string Description => _description;

    public static TopicModel Train(IReadOnlyList<LabeledText> examples, TopicTrainingOptions options)
    {
        var ml = new MLContext(options.Seed);
        var rows = new List<TrainingRow>(examples.Count);
        foreach (var example in examples)
        {
            rows.Add(new TrainingRow { Text = example.Text, Label = example.Label });
        }

        var data = ml.Data.LoadFromEnumerable(rows);

        // The label keys are fitted apart from the saved pipeline, so that prediction needs only the text column.
        var keyed = ml.Transforms.Conversion.MapValueToKey(nameof(TrainingRow.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Fit(data)
            .Transform(data);
        var keyValues = default(VBuffer<ReadOnlyMemory<char>>);
        keyed.Schema[nameof(TrainingRow.Label)].GetKeyValues(ref keyValues);
        var labels = new string[keyValues.Length];
        var index = 0;
        foreach (var value in keyValues.DenseValues())
        {
            labels[index++] = value.ToString();
        }

        var pipeline = ml.Transforms.Text.FeaturizeText("Features", Featurizer(options), nameof(TrainingRow.Text))
            .Append(Learner(ml, options));
        var transformer = pipeline.Fit(keyed);
        var inputSchema = ml.Data.LoadFromEnumerable(Array.Empty<PredictionInput>()).Schema;
        return new TopicModel(ml, transformer, inputSchema, labels, options.Trainer == TopicTrainer.NaiveBayes, options.ToString());
    }

    public static TopicModel Load(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        string[] labels;
        bool softmax;
        string description;
        try
        {
            using var archive = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            var entry = archive.GetEntry(InfoEntryName)
                ?? throw new InvalidDataException($"This is not a TextInsight topic model: the archive has no {InfoEntryName}. Train one with `textinsight train topics`.");
            using var infoStream = entry.Open();
            using var info = JsonDocument.Parse(infoStream);
            var root = info.RootElement;
            if (root.GetProperty("format").GetString() != FormatName || root.GetProperty("version").GetInt32() != FormatVersion)
            {
                throw new InvalidDataException($"Unsupported topic model format; this version of TextInsight reads {FormatName} version {FormatVersion}.");
            }

            var labelArray = root.GetProperty("labels");
            labels = new string[labelArray.GetArrayLength()];
            var i = 0;
            foreach (var label in labelArray.EnumerateArray())
            {
                labels[i++] = label.GetString() ?? string.Empty;
            }

            softmax = root.GetProperty("scores").GetString() == "softmax";
            description = root.GetProperty("description").GetString() ?? string.Empty;
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException("This is not a readable TextInsight topic model: " + e.Message, e);
        }

        buffer.Position = 0;
        var ml = new MLContext();
        var transformer = ml.Model.Load(buffer, out var inputSchema);
        return new TopicModel(ml, transformer, inputSchema, labels, softmax, description);
    }

    public override void Save(Stream stream)
    {
        using var buffer = new MemoryStream();
        _ml.Model.Save(_transformer, _inputSchema, buffer);
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.CreateEntry(InfoEntryName, CompressionLevel.Optimal);
            using var entryStream = entry.Open();
            using var writer = new Utf8JsonWriter(entryStream, new JsonWriterOptions { Indented = true });
            writer.WriteStartObject();
            writer.WriteString("format", FormatName);
            writer.WriteNumber("version", FormatVersion);
            writer.WriteStartArray("labels");
            foreach (var label in Labels)
            {
                writer.WriteStringValue(label);
            }

            writer.WriteEndArray();
            writer.WriteString("scores", _softmax ? "softmax" : "probabilities");
            writer.WriteString("description", _description);
            writer.WriteEndObject();
        }

        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    /// <summary>Writes the probability of each label, in <see cref="Labels"/> order, into <paramref name="probabilities"/>.</summary>
    public override void Score(string text, Span<double> probabilities)
    {
        if (!_engines.TryTake(out var slot))
        {
            slot = CreateSlot();
        }

        try
        {
            slot.Input.Text = text;
            slot.Engine.Predict(slot.Input, ref slot.Output);
            var scores = slot.Output.Score;
            if (scores.Length != probabilities.Length)
            {
                throw new InvalidDataException($"The topic model gives {scores.Length} scores for {probabilities.Length} labels; the model file is inconsistent.");
            }

            if (_softmax)
            {
                Softmax(scores, probabilities);
            }
            else
            {
                Normalize(scores, probabilities);
            }
        }
        finally
        {
            slot.Input.Text = string.Empty;
            _engines.Add(slot);
        }
    }

    private EngineSlot CreateSlot()
    {
        // CreatePredictionEngine reads the shared transformer; building engines one at a time keeps that safe.
        lock (_engineCreation)
        {
            return new EngineSlot(_ml.Model.CreatePredictionEngine<PredictionInput, PredictionOutput>(_transformer));
        }
    }

    private static void Softmax(float[] scores, Span<double> probabilities)
    {
        for (var i = 0; i < scores.Length; i++)
        {
            probabilities[i] = scores[i];
        }

        LinearTopicModel.Softmax(probabilities[..scores.Length]);
    }

    private static void Normalize(float[] scores, Span<double> probabilities)
    {
        // The learners already give probabilities; summing in double removes the float rounding so they add up to 1.
        var sum = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            var p = float.IsFinite(scores[i]) ? Math.Max(0.0, scores[i]) : 0.0;
            probabilities[i] = p;
            sum += p;
        }

        if (sum <= 0)
        {
            probabilities.Fill(1.0 / probabilities.Length);
            return;
        }

        for (var i = 0; i < scores.Length; i++)
        {
            probabilities[i] /= sum;
        }
    }

    private static TextFeaturizingEstimator.Options Featurizer(TopicTrainingOptions options)
    {
        var weighting = options.TfIdf ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf;
        return new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            StopWordsRemoverOptions = options.RemoveStopWords
                ? new StopWordsRemovingEstimator.Options { Language = TextFeaturizingEstimator.Language.English }
                : null,
            WordFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = options.WordNgramLength,
                UseAllLengths = true,
                Weighting = weighting,
            },
            CharFeatureExtractor = options.CharNgramLength > 0
                ? new WordBagEstimator.Options { NgramLength = options.CharNgramLength, UseAllLengths = false, Weighting = weighting }
                : null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
    }

    /// <summary>ML.NET's L-BFGS defaults (L1 = L2 = 1) underfit L2-normalized TF-IDF vectors badly (0.71 accuracy in
    /// cross-validation on BBC); without L1 and with this L2 the learners fit them (see Models/README.md).</summary>
    private const float TunedL2 = 0.01f;

    private static IEstimator<ITransformer> Learner(MLContext ml, TopicTrainingOptions options)
    {
        const string label = nameof(TrainingRow.Label);
        const string features = "Features";
        var l2 = (float?)options.L2Regularization;
        var l1 = (float?)options.L1Regularization;
        var trainers = ml.MulticlassClassification.Trainers;
        switch (options.Trainer)
        {
            case TopicTrainer.LbfgsMaximumEntropy:
                var lbfgs = new LbfgsMaximumEntropyMulticlassTrainer.Options { LabelColumnName = label, FeatureColumnName = features };
                lbfgs.L2Regularization = l2 ?? TunedL2;
                lbfgs.L1Regularization = l1 ?? 0;
                return trainers.LbfgsMaximumEntropy(lbfgs);
            case TopicTrainer.SdcaMaximumEntropy:
                return trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
                {
                    LabelColumnName = label,
                    FeatureColumnName = features,
                    L2Regularization = l2,
                    L1Regularization = l1,
                });
            case TopicTrainer.OneVersusAllLinearSvm:
                var svm = new LinearSvmTrainer.Options { LabelColumnName = label, FeatureColumnName = features, NumberOfIterations = 20 };
                svm.Lambda = l2 ?? svm.Lambda;
                return trainers.OneVersusAll(ml.BinaryClassification.Trainers.LinearSvm(svm), label, useProbabilities: true);
            case TopicTrainer.OneVersusAllLogistic:
                var logistic = new LbfgsLogisticRegressionBinaryTrainer.Options { LabelColumnName = label, FeatureColumnName = features };
                logistic.L2Regularization = l2 ?? TunedL2;
                logistic.L1Regularization = l1 ?? 0;
                return trainers.OneVersusAll(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(logistic), label, useProbabilities: true);
            case TopicTrainer.NaiveBayes:
                return trainers.NaiveBayes(label, features);
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Trainer, "Unknown topic trainer.");
        }
    }

    private sealed class TrainingRow
    {
        public string Text { get; set; } = string.Empty;

        public string Label { get; set; } = string.Empty;
    }

    private sealed class PredictionInput
    {
        public string Text { get; set; } = string.Empty;
    }

    private sealed class PredictionOutput
    {
        [ColumnName("Score")]
        public float[] Score { get; set; } = [];
    }

    private sealed class EngineSlot(PredictionEngine<PredictionInput, PredictionOutput> engine)
    {
        public PredictionEngine<PredictionInput, PredictionOutput> Engine { get; } = engine;

        public PredictionInput Input { get; } = new();

#pragma warning disable CA1051 // Predict fills it by reference.
        public PredictionOutput Output = new();
#pragma warning restore CA1051
    }
}
