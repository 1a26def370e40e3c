using System.Diagnostics;
using System.Globalization;

namespace TextInsight.Entities.Ner;

/// <summary>
/// Trains a <see cref="NerModel"/> with the averaged structured perceptron.
/// </summary>
/// <remarks>
/// Features a training document sees must look like those of unseen text, so they are jackknifed: the training
/// documents are split into folds, a document's gazetteer is built from the other folds only, and pass 2 is trained on
/// pass 1 labels predicted by pass 1 models trained on the other folds. The final pass 1 model and the gazetteer use
/// all the training data. Each pass keeps the epoch with the best development F1 when development data are given.
/// </remarks>
internal sealed class NerTrainer
{
    private const int L = NerLabels.Count;
    private readonly NerTrainingOptions _options;
    private readonly Action<string> _log;
    private bool[][] _hidden = [];
    private int[] _repeats = [];

    /// <summary>Creates a trainer.</summary>
    public NerTrainer(NerTrainingOptions options, Action<string> log)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _log = log ?? throw new ArgumentNullException(nameof(log));
    }

    /// <summary>Trains a model on <paramref name="train"/>, tuned on <paramref name="dev"/> if given.</summary>
    /// <param name="train">The labelled training documents.</param>
    /// <param name="dev">The development documents, or null.</param>
    /// <param name="caseTexts">Unlabelled plain texts that widen the case lexicon (see <see cref="NerCaseLexicon.Build"/>), or null.</param>
    /// <param name="nameLists">Public name lists to use as features, or null.</param>
    /// <param name="clusters">Word clusters to use as features, or null.</param>
    /// <remarks>
    /// With several seeds (<see cref="NerTrainingOptions.Seeds"/>) every model below is an ensemble of one run per seed
    /// whose averaged weights are averaged again into one set of the same size (<see cref="NerWeights.Mean"/>): a run
    /// differs from another in its shuffle order and in its draws of hidden features. The folds, and with them the
    /// jackknifed gazetteers, come from the first seed (or <see cref="NerTrainingOptions.FoldSeed"/>) and are shared. The pass 1 models of each fold are averaged
    /// before they label the fold they did not see, so pass 2 trains on the labels of an averaged pass 1, as it reads
    /// at run time; each pass keeps the epoch at which the mean of its runs scores best on development data.
    /// </remarks>
    public NerModel Train(IReadOnlyList<IobDocument> train, IReadOnlyList<IobDocument>? dev, IReadOnlyList<string>? caseTexts = null,
        NerLexicon? nameLists = null, NerClusters? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        var clock = Stopwatch.StartNew();
        int[] seeds = _options.Seeds is { Count: > 0 } list ? [.. list] : [_options.Seed];
        int folds = Math.Max(2, _options.Folds);
        var order = Enumerable.Range(0, train.Count).ToArray();
        int foldSeed = _options.FoldSeed ?? seeds[0];
        new Random(foldSeed).Shuffle(order);
        var fold = new int[train.Count];
        for (int i = 0; i < order.Length; i++)
        {
            fold[order[i]] = i % folds;
        }

        _repeats = [.. train.Select(d => Math.Max(1, d.Repeat))];
        var gazetteer = NerGazetteer.Build(train);
        var foldGazetteers = Enumerable.Range(0, folds)
            .Select(k => NerGazetteer.Build(train.Where((_, d) => fold[d] != k)))
            .ToArray();
        var lexicon = NerCaseLexicon.Build(train, caseTexts);
        Log(clock, $"case lexicon of {lexicon.Count} mostly lower-case words (from the training data and {caseTexts?.Count ?? 0} unlabelled texts)");
        var trainDocs = train.Select((doc, d) => NerCorpus.ToDocument(doc, foldGazetteers[fold[d]], lexicon, nameLists, clusters)).ToArray();
        var gold = train.Select(NerCorpus.GoldLabels).ToArray();
        var devDocs = dev?.Select(doc => NerCorpus.ToDocument(doc, gazetteer, lexicon, nameLists, clusters)).ToArray();
        var runs = new TrainingRuns(this, trainDocs, gold, seeds, clock);
        Log(clock, $"read {train.Count} training documents ({gold.Sum(g => g.Length)} tokens); gazetteer of {gazetteer.Count} names and name prefixes");
        if (seeds.Length > 1)
        {
            Log(clock, $"an ensemble of {seeds.Length} runs (seeds {string.Join(',', seeds)}), weights averaged; folds drawn with seed {foldSeed}");
        }

        // Pass 1 labels of the training documents, each predicted by an averaged pass 1 model that did not train on it,
        // for each run's view of the documents (its own hidden features).
        var pass1Train = seeds.Select(_ => new int[train.Count][]).ToArray();
        for (int k = 0; k < folds; k++)
        {
            var inFold = Enumerable.Range(0, train.Count).Where(d => fold[d] != k).ToArray();
            var weights = TrainPass(runs, inFold, null, _options.Pass1Bits, null, null, $"pass 1, fold {k + 1}/{folds}", clock);
            for (int m = 0; m < seeds.Length; m++)
            {
                runs.Prepare(m);
                foreach (int d in Enumerable.Range(0, train.Count).Where(d => fold[d] == k))
                {
                    pass1Train[m][d] = NerModel.Run(trainDocs[d], weights, null, null);
                }
            }
        }

        for (int m = 0; m < seeds.Length; m++)
        {
            Log(clock, $"jackknifed pass 1 on training data{(seeds.Length > 1 ? $" (seed {seeds[m]}'s features)" : "")}: F1 {NerCorpus.Score(train, pass1Train[m]).F1():F4}");
        }

        var all = Enumerable.Range(0, train.Count).ToArray();
        var pass1 = TrainPass(runs, all, null, _options.Pass1Bits, dev, devDocs is null ? null : (devDocs, null), "pass 1", clock);
        var pass1Dev = devDocs?.Select(d => NerModel.Run(d, pass1, null, null)).ToArray();
        var pass2 = TrainPass(runs, all, pass1Train, _options.Pass2Bits, dev, devDocs is null ? null : (devDocs, pass1Dev!), "pass 2", clock);

        double scale = 1, bias = 0;
        if (dev is not null && devDocs is not null)
        {
            (scale, bias) = Calibrate(dev, devDocs, pass1Dev!, pass2);
            Log(clock, $"confidence = logistic({scale:F4} × margin + {bias:F4})");
        }

        return new NerModel(pass1, pass2, gazetteer, scale, bias, lexicon, nameLists, clusters);
    }

    // Trains one run per seed on the documents of the subset (pass 2 with each run's pass 1 labels) and averages them;
    // with development data, the epoch whose mean of the runs' averaged weights scores best is kept.
    private NerWeights TrainPass(TrainingRuns runs, int[] subset, int[][][]? pass1, int bits,
        IReadOnlyList<IobDocument>? dev, (NerDocument[] Docs, int[][]? Pass1)? devSet, string name, Stopwatch clock)
    {
        bool tune = dev is not null && devSet is not null;
        int count = runs.Seeds.Length;
        var finals = new NerWeights[count];
        var epochs = new List<NerWeights>[count];
        for (int m = 0; m < count; m++)
        {
            runs.Prepare(m);
            string run = count > 1 ? $"{name}, seed {runs.Seeds[m]}" : name;
            epochs[m] = [];
            finals[m] = TrainRun(runs.Docs, runs.Gold, subset, pass1?[m], bits, runs.Seeds[m], tune ? epochs[m] : null, run, clock);
        }

        if (!tune)
        {
            return NerWeights.Mean(finals);
        }

        var (devDocs, devPass1) = devSet!.Value;
        NerWeights? best = null;
        double bestF1 = -1;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            var averaged = NerWeights.Mean([.. epochs.Select(e => e[epoch - 1])]);
            var predicted = devDocs.Select((doc, d) => NerModel.Run(doc, averaged, devPass1?[d], null)).ToArray();
            var f1 = NerCorpus.Score(dev!, predicted).F1();
            Log(clock, $"{name} epoch {epoch}{(count > 1 ? $", mean of {count} runs" : "")}: dev F1 {f1:F4}");
            if (f1 > bestF1)
            {
                bestF1 = f1;
                best = averaged;
                bestEpoch = epoch;
            }
        }

        Log(clock, $"{name}: keeping epoch {bestEpoch} (dev F1 {bestF1:F4})");
        return best!;
    }

    // One perceptron run over the subset's sentences in the order the seed shuffles; each epoch's averaged weights are
    // added to the list if one is given. Returns the last epoch's averaged weights.
    private NerWeights TrainRun(NerDocument[] docs, int[][] gold, int[] subset, int[][]? pass1, int bits, int seed,
        List<NerWeights>? epochs, string name, Stopwatch clock)
    {
        var sentences = new List<TrainingSentence>();
        foreach (int d in subset)
        {
            var doc = docs[d];
            var evidence = pass1 is null ? null : NerPass1Evidence.Create(doc, pass1[d]);
            for (int s = 0; s < doc.SentenceCount; s++)
            {
                var sentence = TrainingSentence.Create(doc, s, bits, evidence, _hidden[d], gold[d]);
                for (int r = 0; r < _repeats[d]; r++)
                {
                    sentences.Add(sentence);
                }
            }
        }

        var perceptron = new Perceptron(bits);
        var random = new Random(seed);
        var indices = Enumerable.Range(0, sentences.Count).ToArray();
        NerWeights? last = null;
        for (int epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            random.Shuffle(indices);
            int mistakes = 0;
            foreach (int i in indices)
            {
                mistakes += perceptron.Learn(sentences[i]) ? 0 : 1;
            }

            Log(clock, $"{name} epoch {epoch}: {mistakes} of {sentences.Count} sentences mistagged");
            if (epochs is not null)
            {
                last = perceptron.Averaged();
                epochs.Add(last);
            }
        }

        return epochs is null ? perceptron.Averaged() : last!;
    }

    // The runs of an ensemble, one per seed, over one set of training documents: each run sees them with its own draws of
    // hidden features (rare words, name-list kinds, name-list and cluster features), which Prepare puts in place.
    private sealed class TrainingRuns
    {
        private readonly NerTrainer _trainer;
        private readonly bool[][]?[] _rare;
        private readonly (uint[]? NameList, uint[]? Unigram, int[]? Cluster)[]? _pristine;
        private readonly bool[] _logged;
        private readonly Stopwatch _clock;
        private int _prepared = -1;

        public TrainingRuns(NerTrainer trainer, NerDocument[] docs, int[][] gold, int[] seeds, Stopwatch clock)
        {
            _trainer = trainer;
            Docs = docs;
            Gold = gold;
            Seeds = seeds;
            _clock = clock;
            _rare = new bool[seeds.Length][][];
            _logged = new bool[seeds.Length];
            var options = trainer._options;
            if (seeds.Length > 1 && (options.HideNameKinds > 0 || options.HideNameFeatures > 0))
            {
                _pristine = [.. docs.Select(d => ((uint[]?)d.NameList?.Clone(), (uint[]?)d.NameListUnigram?.Clone(), (int[]?)d.Cluster?.Clone()))];
            }
        }

        public NerDocument[] Docs { get; }

        public int[][] Gold { get; }

        public int[] Seeds { get; }

        /// <summary>Puts run <paramref name="m"/>'s hidden features in place.</summary>
        public void Prepare(int m)
        {
            if (_prepared == m)
            {
                return;
            }

            var options = _trainer._options;
            if (_pristine is not null)
            {
                for (int d = 0; d < Docs.Length; d++)
                {
                    var (names, unigram, cluster) = _pristine[d];
                    names?.CopyTo(Docs[d].NameList!, 0);
                    unigram?.CopyTo(Docs[d].NameListUnigram!, 0);
                    cluster?.CopyTo(Docs[d].Cluster!, 0);
                }
            }

            int seed = Seeds[m];
            _trainer._hidden = _rare[m] ??= _trainer.HideRareWords(Docs, seed);
            int hiddenKinds = HideNameKinds(Docs, Gold, options.HideNameKinds, seed);
            int hiddenNames = HideNameFeatures(Docs, options.HideNameFeatures, seed);
            if (!_logged[m])
            {
                _logged[m] = true;
                string of = Seeds.Length > 1 ? $" (seed {seed})" : "";
                if (hiddenKinds > 0)
                {
                    _trainer.Log(_clock, $"the list kinds of their own type hidden on {hiddenKinds} training name tokens (share {options.HideNameKinds:F2} of names){of}");
                }

                if (hiddenNames > 0)
                {
                    _trainer.Log(_clock, $"name-list and cluster features hidden on {hiddenNames} training tokens (share {options.HideNameFeatures:F2}){of}");
                }
            }

            _prepared = m;
        }
    }

    // Which training tokens hide their word identity: rare words, each with probability HideRareWords, drawn once.
    private bool[][] HideRareWords(NerDocument[] docs, int seed)
    {
        var frequency = new Dictionary<ulong, int>();
        foreach (var doc in docs)
        {
            foreach (var a in doc.Atoms)
            {
                frequency[a.Lower] = frequency.GetValueOrDefault(a.Lower) + 1;
            }
        }

        var random = new Random(seed + 7919);
        var hidden = new bool[docs.Length][];
        for (int d = 0; d < docs.Length; d++)
        {
            var atoms = docs[d].Atoms;
            hidden[d] = new bool[atoms.Length];
            for (int i = 0; i < atoms.Length; i++)
            {
                hidden[d][i] = frequency[atoms[i].Lower] <= _options.RareWordCount && random.NextDouble() < _options.HideRareWords;
            }
        }

        return hidden;
    }

    // Feature dropout: a share of the training tokens, drawn once with the seed, read as words no name list or cluster
    // knows (as the neighbours of other tokens too). In training almost every CoNLL name is in the lists and clusters;
    // at run time a new name often is in neither, and a model that never saw that case leans on it too hard.
    internal static int HideNameFeatures(NerDocument[] docs, double share, int seed)
    {
        if (share <= 0)
        {
            return 0;
        }

        var random = new Random(seed + 104729);
        int count = 0;
        foreach (var doc in docs)
        {
            if (doc.NameList is null && doc.Cluster is null)
            {
                continue;
            }

            for (int i = 0; i < doc.TokenCount; i++)
            {
                if (random.NextDouble() >= share)
                {
                    continue;
                }

                if (doc.NameList is { } longest)
                {
                    longest[i] = 0;
                    doc.NameListUnigram![i] = 0;
                }

                if (doc.Cluster is { } cluster)
                {
                    cluster[i] = 0;
                }

                count++;
            }
        }

        return count;
    }

    // The lists miss many names of their own type (towns under 15,000 people, new companies) that other lists hold as
    // something else (Dunmore, Sudbury: surnames only); in CoNLL nearly every name is in its own list. So for a share of the
    // training names, drawn once with the seed, the kinds of the name's own type are taken out of its tokens' matches.
    internal static int HideNameKinds(NerDocument[] docs, int[][] gold, double share, int seed)
    {
        if (share <= 0)
        {
            return 0;
        }

        const uint Person = (1u << (int)NerLexicon.Kind.FirstName) | (1u << (int)NerLexicon.Kind.Surname) | (1u << (int)NerLexicon.Kind.SurnameIntl);
        const uint Place = (1u << (int)NerLexicon.Kind.City) | (1u << (int)NerLexicon.Kind.Admin1) | (1u << (int)NerLexicon.Kind.Country)
            | (1u << (int)NerLexicon.Kind.CountryCode) | (1u << (int)NerLexicon.Kind.Region) | (1u << (int)NerLexicon.Kind.StateAbbreviation);
        const uint Organization = (1u << (int)NerLexicon.Kind.Company) | (1u << (int)NerLexicon.Kind.University) | (1u << (int)NerLexicon.Kind.Club)
            | (1u << (int)NerLexicon.Kind.Party) | (1u << (int)NerLexicon.Kind.PartyAbbreviation) | (1u << (int)NerLexicon.Kind.Agency)
            | (1u << (int)NerLexicon.Kind.NewsOrganization);
        const uint Misc = 1u << (int)NerLexicon.Kind.Demonym;
        var random = new Random(seed + 7727);
        int count = 0;
        for (int d = 0; d < docs.Length; d++)
        {
            var doc = docs[d];
            if (doc.NameList is not { } longest)
            {
                continue;
            }

            bool hide = false;
            for (int i = 0; i < doc.TokenCount; i++)
            {
                int label = gold[d][i];
                int type = NerLabels.TypeOf(label);
                if (type < 0)
                {
                    continue;
                }

                if (NerLabels.PositionOf(label) is NerLabels.Begin or NerLabels.Unit)
                {
                    hide = random.NextDouble() < share;
                }

                if (!hide)
                {
                    continue;
                }

                uint own = type switch { 0 => Person, 1 => Organization, 2 => Place, _ => Misc };
                uint before = longest[i] & NerLexicon.KindMask;
                longest[i] = (longest[i] & ~own) is var kept && (kept & NerLexicon.KindMask) == 0 ? 0 : kept;
                uint unigram = doc.NameListUnigram![i] & ~own;
                doc.NameListUnigram[i] = (unigram & NerLexicon.KindMask) == 0 ? 0 : unigram;
                count += (before & own) != 0 ? 1 : 0;
            }
        }

        return count;
    }

    private static (double Scale, double Bias) Calibrate(IReadOnlyList<IobDocument> dev, NerDocument[] devDocs, int[][] pass1Dev, NerWeights pass2)
    {
        var margins = new List<double>();
        var correct = new List<bool>();
        for (int d = 0; d < dev.Count; d++)
        {
            var m = new float[devDocs[d].TokenCount];
            var labels = NerModel.Run(devDocs[d], pass2, pass1Dev[d], m);
            int k = 0;
            foreach (var s in dev[d].Sentences)
            {
                foreach (var e in NerLabels.Decode(labels.AsSpan(k, s.Tokens.Length)))
                {
                    margins.Add(EntityMargin(m.AsSpan(k + e.Start, e.End - e.Start)));
                    correct.Add(s.Entities.Contains(e));
                }

                k += s.Tokens.Length;
            }
        }

        return FitLogistic(margins, correct);
    }

    /// <summary>Fits p(correct) = logistic(a·x + b) by maximum likelihood: Newton's method with step halving on standardized x.</summary>
    internal static (double Scale, double Bias) FitLogistic(IReadOnlyList<double> x, IReadOnlyList<bool> y)
    {
        int n = x.Count;
        if (n == 0)
        {
            return (1, 0);
        }

        double mean = x.Average();
        double sd = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / n);
        sd = sd > 0 ? sd : 1;
        var z = x.Select(v => (v - mean) / sd).ToArray();
        double LogLikelihood(double a, double b)
        {
            double ll = 0;
            for (int i = 0; i < n; i++)
            {
                double t = (a * z[i]) + b;
                ll -= y[i] ? Math.Log(1 + Math.Exp(-t)) : Math.Log(1 + Math.Exp(t));
            }

            return ll - (1e-6 * ((a * a) + (b * b)));
        }

        double a = 0, b = 0, current = LogLikelihood(0, 0);
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double ga = -2e-6 * a, gb = -2e-6 * b, haa = 2e-6, hab = 0, hbb = 2e-6;
            for (int i = 0; i < n; i++)
            {
                double p = 1 / (1 + Math.Exp(-((a * z[i]) + b)));
                double err = (y[i] ? 1 : 0) - p;
                double v = p * (1 - p);
                ga += err * z[i];
                gb += err;
                haa += v * z[i] * z[i];
                hab += v * z[i];
                hbb += v;
            }

            double det = (haa * hbb) - (hab * hab);
            double da = ((hbb * ga) - (hab * gb)) / det, db = ((haa * gb) - (hab * ga)) / det;
            double step = 1;
            while (step > 1e-6 && LogLikelihood(a + (step * da), b + (step * db)) < current)
            {
                step /= 2;
            }

            if (step <= 1e-6)
            {
                break;
            }

            a += step * da;
            b += step * db;
            double next = LogLikelihood(a, b);
            bool done = next - current < 1e-9;
            current = next;
            if (done)
            {
                break;
            }
        }

        // Back from standardized x: a·(x − mean)/sd + b.
        return (a / sd, b - (a * mean / sd));
    }

    /// <summary>An entity's margin: the smallest margin of its tokens.</summary>
    public static float EntityMargin(ReadOnlySpan<float> tokenMargins)
    {
        float m = float.PositiveInfinity;
        foreach (float x in tokenMargins)
        {
            m = Math.Min(m, x);
        }

        return m;
    }

    private void Log(Stopwatch clock, string message) =>
        _log(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds,6:F1}s] {message}"));

    /// <summary>The features and gold labels of one sentence, stored compactly.</summary>
    private sealed class TrainingSentence
    {
        public required int[] Features { get; init; }
        public required int[] Offsets { get; init; }
        public required int[] Gold { get; init; }

        public static TrainingSentence Create(NerDocument doc, int s, int bits, NerPass1Evidence? pass1, bool[] hidden, int[] gold)
        {
            int start = doc.SentenceStarts[s], n = doc.SentenceStarts[s + 1] - start;
            var ids = new int[n * NerFeatures.Stride];
            var counts = new int[n];
            NerFeatures.Extract(doc, s, bits, pass1, hidden, ids, counts);
            var offsets = new int[n + 1];
            var features = new int[counts.Sum()];
            int k = 0;
            for (int i = 0; i < n; i++)
            {
                offsets[i] = k;
                ids.AsSpan(i * NerFeatures.Stride, counts[i]).CopyTo(features.AsSpan(k));
                k += counts[i];
            }

            offsets[n] = k;
            return new TrainingSentence { Features = features, Offsets = offsets, Gold = gold.AsSpan(start, n).ToArray() };
        }
    }

    /// <summary>The averaged structured perceptron, averaged lazily (weights minus time-weighted updates).</summary>
    private sealed class Perceptron(int bits)
    {
        private readonly float[] _weights = new float[(1 << bits) * L];
        private readonly double[] _timed = new double[(1 << bits) * L];
        private readonly float[] _transitions = new float[NerWeights.TransitionLength];
        private readonly double[] _timedTransitions = new double[NerWeights.TransitionLength];
        private long _time = 1;

        /// <summary>Decodes the sentence and updates on a mistake; returns whether it was right.</summary>
        public bool Learn(TrainingSentence s)
        {
            int n = s.Gold.Length;
            var scores = new float[n * L];
            for (int i = 0; i < n; i++)
            {
                var row = scores.AsSpan(i * L, L);
                for (int k = s.Offsets[i]; k < s.Offsets[i + 1]; k++)
                {
                    var w = _weights.AsSpan(s.Features[k] * L, L);
                    for (int y = 0; y < L; y++)
                    {
                        row[y] += w[y];
                    }
                }
            }

            var predicted = new int[n];
            NerDecoder.Viterbi(scores, _transitions, n, predicted);
            bool right = predicted.AsSpan().SequenceEqual(s.Gold);
            if (!right)
            {
                for (int i = 0; i < n; i++)
                {
                    int g = s.Gold[i], p = predicted[i];
                    if (g != p)
                    {
                        for (int k = s.Offsets[i]; k < s.Offsets[i + 1]; k++)
                        {
                            int f = s.Features[k] * L;
                            Update(_weights, _timed, f + g, 1);
                            Update(_weights, _timed, f + p, -1);
                        }
                    }

                    int gPrev = i == 0 ? NerWeights.StartRow : s.Gold[i - 1];
                    int pPrev = i == 0 ? NerWeights.StartRow : predicted[i - 1];
                    if (gPrev != pPrev || g != p)
                    {
                        Update(_transitions, _timedTransitions, (gPrev * L) + g, 1);
                        Update(_transitions, _timedTransitions, (pPrev * L) + p, -1);
                    }
                }

                if (s.Gold[n - 1] != predicted[n - 1])
                {
                    Update(_transitions, _timedTransitions, NerWeights.EndOffset + s.Gold[n - 1], 1);
                    Update(_transitions, _timedTransitions, NerWeights.EndOffset + predicted[n - 1], -1);
                }
            }

            _time++;
            return right;
        }

        public NerWeights Averaged()
        {
            var features = new float[_weights.Length];
            for (int i = 0; i < features.Length; i++)
            {
                features[i] = (float)(_weights[i] - (_timed[i] / _time));
            }


            var transitions = new float[_transitions.Length];
            for (int i = 0; i < transitions.Length; i++)
            {
                transitions[i] = (float)(_transitions[i] - (_timedTransitions[i] / _time));
            }

            return NerWeights.FromDense(bits, features, transitions);
        }

        private void Update(float[] weights, double[] timed, int index, int delta)
        {
            weights[index] += delta;
            timed[index] += (double)_time * delta;
        }
    }
}
