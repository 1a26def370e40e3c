namespace TextInsight.Topics;

/// <summary>
/// Trains a <see cref="LinearTopicModel"/>, deterministically (no random numbers): features seen in fewer than
/// <see cref="TopicTrainingOptions.MinimumDocumentFrequency"/> texts are dropped; each text becomes an L2-normalized
/// (sublinear) TF-IDF vector; multinomial logistic regression with L2 regularization is fitted by Nesterov's
/// accelerated gradient descent on the mean log loss (each text weighted so that every label weighs the same when
/// <see cref="TopicTrainingOptions.BalanceLabels"/> is set); and the log-probabilities of a multinomial naive Bayes on
/// the same vectors, centered per feature, are added to the weights times <see cref="TopicTrainingOptions.NaiveBayesWeight"/>
/// (a product of the two experts, which stays one linear model).
/// </summary>
internal static class LinearTopicTrainer
{
    /// <summary>Gradient steps; enough for the log loss to settle at the regularization the defaults use.</summary>
    private const int Iterations = 300;

    /// <summary>Naive Bayes smoothing, in the units of the normalized vectors (a text's values sum to about 10).</summary>
    private const double NaiveBayesAlpha = 0.01;

    public static LinearTopicModel Train(IReadOnlyList<LabeledText> examples, TopicTrainingOptions options)
    {
        var model = TrainUncalibrated(examples, options);
        // With fewer than two texts a fold, the folds' models say nothing about unseen text: the temperature stays 1.
        if (options.CalibrationFolds < 2 || examples.Count < 2 * options.CalibrationFolds)
        {
            return model;
        }

        var (logProbabilities, goldIndex) = OutOfFold(examples, options);
        var temperature = FitTemperatureTo(examples, logProbabilities, goldIndex);
        model = model.WithTemperature(temperature);
        return options.FitLabelOffsets ? model.WithOffsets(FitOffsets(examples, options, logProbabilities, goldIndex, temperature, model.Labels.Count)) : model;
    }

    /// <summary>
    /// One offset per label added to the calibrated scores, minimizing the weighted log loss of the out-of-fold scores of
    /// <see cref="TopicTrainingOptions.OffsetTexts"/> (all examples when null) plus a small L2 penalty; the log loss is
    /// convex in the offsets, and 2,000 gradient steps of size 1 settle it (its curvature is at most 1/2).
    /// </summary>
    private static double[] FitOffsets(IReadOnlyList<LabeledText> examples, TopicTrainingOptions options, double[][] logProbabilities, int[] goldIndex, double temperature, int labelCount)
    {
        const double Penalty = 1e-3;
        var offsets = new double[labelCount];
        var gradient = new double[labelCount];
        var z = new double[labelCount];
        var selected = Enumerable.Range(0, examples.Count)
            .Where(d => goldIndex[d] >= 0 && (options.OffsetTexts is null || options.OffsetTexts.Contains(examples[d].Text)))
            .ToArray();
        var total = selected.Sum(d => examples[d].Weight);
        if (total <= 0)
        {
            return offsets;
        }

        for (var step = 0; step < 2000; step++)
        {
            for (var c = 0; c < labelCount; c++)
            {
                gradient[c] = Penalty * offsets[c];
            }

            foreach (var d in selected)
            {
                for (var c = 0; c < labelCount; c++)
                {
                    z[c] = (logProbabilities[d][c] / temperature) + offsets[c];
                }

                LinearTopicModel.Softmax(z);
                var w = examples[d].Weight / total;
                for (var c = 0; c < labelCount; c++)
                {
                    gradient[c] += w * (z[c] - (c == goldIndex[d] ? 1 : 0));
                }
            }

            for (var c = 0; c < labelCount; c++)
            {
                offsets[c] -= gradient[c];
            }
        }

        return offsets;
    }

    /// <summary>
    /// Fits the temperature that makes the probabilities honest: the examples (duplicate texts kept together) are dealt
    /// into <see cref="TopicTrainingOptions.CalibrationFolds"/> folds stratified by label, each fold is scored by a model
    /// trained on the others, and the temperature minimizes the weighted log loss of those out-of-fold scores. Dividing
    /// every score by one number leaves the ranking of the labels, and so the accuracy, unchanged.
    /// </summary>
    internal static double FitTemperature(IReadOnlyList<LabeledText> examples, TopicTrainingOptions options)
    {
        var (logProbabilities, goldIndex) = OutOfFold(examples, options);
        return FitTemperatureTo(examples, logProbabilities, goldIndex);
    }

    private static double FitTemperatureTo(IReadOnlyList<LabeledText> examples, double[][] logProbabilities, int[] goldIndex)
    {
        // The log loss is convex in 1/T; a golden-section search over ln T in [ln 0.05, ln 20] finds its minimum.
        double Loss(double logTemperature) => LogLoss(examples, logProbabilities, goldIndex, Math.Exp(logTemperature));
        double low = Math.Log(0.05), high = Math.Log(20);
        var ratio = (Math.Sqrt(5) - 1) / 2;
        double a = high - (ratio * (high - low)), b = low + (ratio * (high - low));
        double fa = Loss(a), fb = Loss(b);
        for (var iteration = 0; iteration < 60; iteration++)
        {
            if (fa <= fb)
            {
                high = b;
                b = a;
                fb = fa;
                a = high - (ratio * (high - low));
                fa = Loss(a);
            }
            else
            {
                low = a;
                a = b;
                fa = fb;
                b = low + (ratio * (high - low));
                fb = Loss(b);
            }
        }

        return Math.Exp((low + high) / 2);
    }

    /// <summary>The weighted out-of-fold log loss at <paramref name="temperature"/> (what <see cref="FitTemperature"/> minimizes).</summary>
    internal static double OutOfFoldLogLoss(IReadOnlyList<LabeledText> examples, TopicTrainingOptions options, double temperature)
    {
        var (logProbabilities, goldIndex) = OutOfFold(examples, options);
        return LogLoss(examples, logProbabilities, goldIndex, temperature);
    }

    /// <summary>The log-probabilities (temperature 1) each example gets from a model trained on the other folds; the
    /// examples, duplicate texts kept together, are dealt into folds within each label in ordinal order of source.</summary>
    private static (double[][] LogProbabilities, int[] GoldIndex) OutOfFold(IReadOnlyList<LabeledText> examples, TopicTrainingOptions options)
    {
        var folds = options.CalibrationFolds;
        var foldOfText = new Dictionary<string, int>(StringComparer.Ordinal);
        var dealt = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = Enumerable.Range(0, examples.Count)
            .OrderBy(d => examples[d].Label, StringComparer.Ordinal)
            .ThenBy(d => examples[d].Source, StringComparer.Ordinal)
            .ThenBy(d => examples[d].Text, StringComparer.Ordinal)
            .ToArray();
        var foldOf = new int[examples.Count];
        foreach (var d in order)
        {
            if (!foldOfText.TryGetValue(examples[d].Text, out var fold))
            {
                var next = dealt.GetValueOrDefault(examples[d].Label);
                dealt[examples[d].Label] = next + 1;
                fold = next % folds;
                foldOfText[examples[d].Text] = fold;
            }

            foldOf[d] = fold;
        }

        var uncalibrated = new TopicTrainingOptions
        {
            Trainer = options.Trainer, WordNgramLength = options.WordNgramLength, TfIdf = options.TfIdf,
            RemoveStopWords = options.RemoveStopWords, SublinearTf = options.SublinearTf,
            MinimumDocumentFrequency = options.MinimumDocumentFrequency, BalanceLabels = options.BalanceLabels,
            NaiveBayesWeight = options.NaiveBayesWeight, Stem = options.Stem, IgnoreNames = options.IgnoreNames, LeadWords = options.LeadWords, VocabularyGroups = options.VocabularyGroups, BridgeTexts = options.BridgeTexts, Clusters = options.Clusters, IdfPower = options.IdfPower,
            L2Regularization = options.L2Regularization, WeightedIdf = options.WeightedIdf, MinimumExamplesPerLabel = 1, Seed = options.Seed,
        };
        var logProbabilities = new double[examples.Count][];
        var goldIndex = new int[examples.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var train = new List<LabeledText>();
            for (var d = 0; d < examples.Count; d++)
            {
                if (foldOf[d] != fold)
                {
                    train.Add(examples[d]);
                }
            }

            var model = TrainUncalibrated(train, uncalibrated);
            var probabilities = new double[model.Labels.Count];
            for (var d = 0; d < examples.Count; d++)
            {
                if (foldOf[d] != fold)
                {
                    continue;
                }

                model.Score(examples[d].Text, probabilities);
                logProbabilities[d] = Array.ConvertAll(probabilities, p => Math.Log(Math.Max(p, 1e-300)));
                goldIndex[d] = IndexOf(model.Labels, examples[d].Label);
            }
        }

        return (logProbabilities, goldIndex);
    }

    private static double LogLoss(IReadOnlyList<LabeledText> examples, double[][] logProbabilities, int[] goldIndex, double temperature)
    {
        var inverse = 1 / temperature;
        var loss = 0.0;
        var weight = 0.0;
        for (var d = 0; d < examples.Count; d++)
        {
            if (goldIndex[d] < 0)
            {
                continue; // A label no other fold had: the fold's model cannot score it.
            }

            var row = logProbabilities[d];
            var max = double.NegativeInfinity;
            foreach (var v in row)
            {
                max = Math.Max(max, v * inverse);
            }

            var sum = 0.0;
            foreach (var v in row)
            {
                sum += Math.Exp((v * inverse) - max);
            }

            loss += examples[d].Weight * (max + Math.Log(sum) - (row[goldIndex[d]] * inverse));
            weight += examples[d].Weight;
        }

        return weight > 0 ? loss / weight : 0;
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var c = 0; c < labels.Count; c++)
        {
            if (string.Equals(labels[c], label, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return -1;
    }

    private static LinearTopicModel TrainUncalibrated(IReadOnlyList<LabeledText> examples, TopicTrainingOptions options)
    {
        var settings = new TopicFeatureSettings(options.WordNgramLength, options.RemoveStopWords, options.Stem, options.IgnoreNames, options.LeadWords);
        var labels = examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var labelIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < labels.Length; c++)
        {
            labelIndex[labels[c]] = c;
        }

        // Counts of each text's features, and in how many texts each feature occurs.
        var documentFrequency = new Dictionary<ulong, int>();
        var weightedFrequency = new Dictionary<ulong, double>();
        var weightTotal = examples.Sum(e => e.Weight);
        var counted = new (ulong[] Hashes, int[] Counts)[examples.Count];
        var sink = new CollectSink { Hashes = [] };
        for (var d = 0; d < examples.Count; d++)
        {
            sink.Hashes.Clear();
            TopicFeaturizer.Extract(examples[d].Text, settings, options.Clusters, ref sink);
            sink.Hashes.Sort();
            var hashes = new List<ulong>();
            var counts = new List<int>();
            foreach (var hash in sink.Hashes)
            {
                if (hashes.Count > 0 && hashes[^1] == hash)
                {
                    counts[^1]++;
                    continue;
                }

                hashes.Add(hash);
                counts.Add(1);
                documentFrequency[hash] = documentFrequency.GetValueOrDefault(hash) + 1;
                if (options.WeightedIdf)
                {
                    weightedFrequency[hash] = weightedFrequency.GetValueOrDefault(hash) + examples[d].Weight;
                }
            }

            counted[d] = ([.. hashes], [.. counts]);
        }

        var keep = TransferVocabulary(options, settings);
        var features = documentFrequency.Where(pair => pair.Value >= options.MinimumDocumentFrequency && (keep is null || keep(pair.Key))).Select(pair => pair.Key).Order().ToArray();
        var featureIndex = new Dictionary<ulong, int>(features.Length);
        var idf = new float[features.Length];
        for (var j = 0; j < features.Length; j++)
        {
            featureIndex[features[j]] = j;
            idf[j] = !options.TfIdf ? 1f
                : options.WeightedIdf ? (float)(Math.Log((1.0 + weightTotal) / (1.0 + weightedFrequency[features[j]])) + 1)
                : (float)(Math.Log((1.0 + examples.Count) / (1.0 + documentFrequency[features[j]])) + 1);
            if (options.IdfPower != 1)
            {
                idf[j] = (float)Math.Pow(idf[j], options.IdfPower);
            }
        }

        // The normalized vectors, as the model will compute them at prediction time.
        var vectors = new (int[] Index, double[] Value)[examples.Count];
        for (var d = 0; d < examples.Count; d++)
        {
            var index = new List<int>();
            var value = new List<double>();
            var norm = 0.0;
            var (hashes, counts) = counted[d];
            for (var k = 0; k < hashes.Length; k++)
            {
                if (featureIndex.TryGetValue(hashes[k], out var j))
                {
                    var v = (options.SublinearTf ? 1 + Math.Log(counts[k]) : counts[k]) * idf[j];
                    index.Add(j);
                    value.Add(v);
                    norm += v * v;
                }
            }

            var scale = norm > 0 ? 1 / Math.Sqrt(norm) : 0;
            var values = value.ToArray();
            for (var k = 0; k < values.Length; k++)
            {
                values[k] *= scale;
            }

            vectors[d] = ([.. index], values);
        }

        var gold = new int[examples.Count];
        for (var d = 0; d < examples.Count; d++)
        {
            gold[d] = labelIndex[examples[d].Label];
        }

        // Each text counts by its own weight; with BalanceLabels, the weights are then scaled so that every label
        // carries the same total.
        var labelWeight = new double[labels.Length];
        for (var d = 0; d < examples.Count; d++)
        {
            labelWeight[gold[d]] += examples[d].Weight;
        }

        var exampleWeight = new double[examples.Count];
        var weightSum = 0.0;
        for (var d = 0; d < examples.Count; d++)
        {
            exampleWeight[d] = examples[d].Weight * (options.BalanceLabels ? 1 / labelWeight[gold[d]] : 1);
            weightSum += exampleWeight[d];
        }

        for (var d = 0; d < examples.Count; d++)
        {
            exampleWeight[d] /= weightSum;
        }

        var lambda = options.L2Regularization ?? TopicTrainingOptions.DefaultLinearL2;
        var (weights, bias) = FitLogistic(vectors, gold, exampleWeight, features.Length, labels.Length, lambda);
        if (options.NaiveBayesWeight > 0)
        {
            AddNaiveBayes(weights, vectors, gold, exampleWeight, features.Length, labels.Length, options.NaiveBayesWeight);
        }

        var floatWeights = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            floatWeights[i] = (float)weights[i];
        }

        var floatBias = Array.ConvertAll(bias, b => (float)b);
        return new LinearTopicModel(options.ToString(), settings, options.SublinearTf, 1.0, labels, features, idf, floatWeights, floatBias, options.Clusters);
    }

    /// <summary>The test of <see cref="TopicTrainingOptions.VocabularyGroups"/> and <see cref="TopicTrainingOptions.BridgeTexts"/>, or null when neither is set.</summary>
    private static Func<ulong, bool>? TransferVocabulary(TopicTrainingOptions options, TopicFeatureSettings settings)
    {
        var groups = options.VocabularyGroups is { Count: > 0 } g ? g.Select(texts => Vocabulary(texts, settings, options)).ToArray() : null;
        var bridge = options.BridgeTexts is { Count: > 0 } b ? Vocabulary(b, settings, options) : null;
        if (groups is null && bridge is null)
        {
            return null;
        }

        return hash => (groups is not null && groups.All(group => group.Contains(hash))) || (bridge?.Contains(hash) ?? false);
    }

    private static HashSet<ulong> Vocabulary(IEnumerable<string> texts, TopicFeatureSettings settings, TopicTrainingOptions options)
    {
        var sink = new CollectSink { Hashes = [] };
        foreach (var text in texts)
        {
            TopicFeaturizer.Extract(text, settings with { LeadWords = 0 }, options.Clusters, ref sink);
        }

        return [.. sink.Hashes];
    }

    private static (double[] Weights, double[] Bias) FitLogistic((int[] Index, double[] Value)[] vectors, int[] gold, double[] exampleWeight,
        int featureCount, int labelCount, double lambda)
    {
        var size = featureCount * labelCount;
        var w = new double[size];
        var b = new double[labelCount];
        var y = new double[size];
        var yb = new double[labelCount];
        var gradient = new double[size];
        var gradientBias = new double[labelCount];
        var z = new double[labelCount];

        // The log loss of a softmax has curvature at most 1/2 per unit of squared input norm; the input is the unit
        // vector plus the bias's constant 1, so 1 + lambda bounds the curvature and 1 / (1 + lambda) is a safe step.
        var step = 1 / (1 + lambda);
        double tk = 1;
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            for (var i = 0; i < size; i++)
            {
                gradient[i] = lambda * y[i];
            }

            Array.Clear(gradientBias);
            for (var d = 0; d < vectors.Length; d++)
            {
                var (index, value) = vectors[d];
                for (var c = 0; c < labelCount; c++)
                {
                    z[c] = yb[c];
                }

                for (var k = 0; k < index.Length; k++)
                {
                    var offset = index[k] * labelCount;
                    var v = value[k];
                    for (var c = 0; c < labelCount; c++)
                    {
                        z[c] += v * y[offset + c];
                    }
                }

                LinearTopicModel.Softmax(z);
                for (var c = 0; c < labelCount; c++)
                {
                    z[c] = exampleWeight[d] * (z[c] - (c == gold[d] ? 1 : 0));
                    gradientBias[c] += z[c];
                }

                for (var k = 0; k < index.Length; k++)
                {
                    var offset = index[k] * labelCount;
                    var v = value[k];
                    for (var c = 0; c < labelCount; c++)
                    {
                        gradient[offset + c] += v * z[c];
                    }
                }
            }

            // FISTA-style momentum: w' = y - step * gradient; y = w' + (t_k - 1) / t_{k+1} (w' - w).
            var tNext = (1 + Math.Sqrt(1 + (4 * tk * tk))) / 2;
            var momentum = (tk - 1) / tNext;
            for (var i = 0; i < size; i++)
            {
                var next = y[i] - (step * gradient[i]);
                y[i] = next + (momentum * (next - w[i]));
                w[i] = next;
            }

            for (var c = 0; c < labelCount; c++)
            {
                var next = yb[c] - (step * gradientBias[c]);
                yb[c] = next + (momentum * (next - b[c]));
                b[c] = next;
            }

            tk = tNext;
        }

        return (w, b);
    }

    private static void AddNaiveBayes(double[] weights, (int[] Index, double[] Value)[] vectors, int[] gold, double[] exampleWeight, int featureCount, int labelCount, double blend)
    {
        var mass = new double[featureCount * labelCount];
        var total = new double[labelCount];
        for (var d = 0; d < vectors.Length; d++)
        {
            // Weights sum to 1; times the number of texts they are counts again, in the units of NaiveBayesAlpha.
            var (index, value) = vectors[d];
            var weight = exampleWeight[d] * vectors.Length;
            for (var k = 0; k < index.Length; k++)
            {
                mass[(index[k] * labelCount) + gold[d]] += weight * value[k];
                total[gold[d]] += weight * value[k];
            }
        }

        var logTotal = new double[labelCount];
        for (var c = 0; c < labelCount; c++)
        {
            logTotal[c] = Math.Log(total[c] + (NaiveBayesAlpha * featureCount));
        }

        // Labels are equally likely a priori; centering each feature's log-probabilities over the labels leaves the
        // softmax unchanged and keeps the blended weights small.
        for (var j = 0; j < featureCount; j++)
        {
            var offset = j * labelCount;
            var mean = 0.0;
            for (var c = 0; c < labelCount; c++)
            {
                mass[offset + c] = Math.Log(mass[offset + c] + NaiveBayesAlpha) - logTotal[c];
                mean += mass[offset + c];
            }

            mean /= labelCount;
            for (var c = 0; c < labelCount; c++)
            {
                weights[offset + c] += blend * (mass[offset + c] - mean);
            }
        }
    }

    private struct CollectSink : ITopicFeatureSink
    {
        public List<ulong> Hashes;

        public readonly void Add(ulong hash) => Hashes.Add(hash);
    }
}
