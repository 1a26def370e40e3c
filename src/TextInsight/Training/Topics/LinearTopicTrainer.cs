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
        var settings = new TopicFeatureSettings(options.WordNgramLength, options.RemoveStopWords, options.Stem, options.IgnoreNames);
        var labels = examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var labelIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < labels.Length; c++)
        {
            labelIndex[labels[c]] = c;
        }

        // Counts of each text's features, and in how many texts each feature occurs.
        var documentFrequency = new Dictionary<ulong, int>();
        var counted = new (ulong[] Hashes, int[] Counts)[examples.Count];
        var sink = new CollectSink { Hashes = [] };
        for (var d = 0; d < examples.Count; d++)
        {
            sink.Hashes.Clear();
            TopicFeaturizer.Extract(examples[d].Text, settings, ref sink);
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
            }

            counted[d] = ([.. hashes], [.. counts]);
        }

        var features = documentFrequency.Where(pair => pair.Value >= options.MinimumDocumentFrequency).Select(pair => pair.Key).Order().ToArray();
        var featureIndex = new Dictionary<ulong, int>(features.Length);
        var idf = new float[features.Length];
        for (var j = 0; j < features.Length; j++)
        {
            featureIndex[features[j]] = j;
            idf[j] = options.TfIdf ? (float)(Math.Log((1.0 + examples.Count) / (1.0 + documentFrequency[features[j]])) + 1) : 1f;
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
        return new LinearTopicModel(options.ToString(), settings, options.SublinearTf, 1.0, labels, features, idf, floatWeights, floatBias);
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
