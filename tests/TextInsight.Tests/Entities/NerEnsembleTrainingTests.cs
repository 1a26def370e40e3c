using System.Text;
using TextInsight.Entities;
using TextInsight.Entities.Ner;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Entities;

/// <summary>
/// Training an ensemble (<see cref="NerTrainingOptions.Seeds"/>): one run per seed, weights averaged into one model.
/// A tiny CoNLL fixture, written here, keeps each training to a fraction of a second.
/// </summary>
public class NerEnsembleTrainingTests
{
    private static readonly string[] First = ["Anna", "Peter", "Maria", "Tomas", "Ruth", "Oskar", "Lena", "Marek"];
    private static readonly string[] Last = ["Novak", "Berg", "Keller", "Suehle", "Holm", "Varga", "Lund", "Moreau"];
    private static readonly string[] Cities = ["Oslo", "Prague", "Lyon", "Porto", "Ghent", "Turku"];
    private static readonly string[] Companies = ["Fjell", "Argentum", "Vantor", "Bluefin", "Castle", "Halden"];
    private static readonly string[] Verbs = ["said", "added", "warned", "agreed", "noted"];

    // Documents of simple news sentences with persons, places, companies and demonyms, drawn with a fixed seed.
    internal static string Fixture(int documents, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        string Pick(string[] words) => words[random.Next(words.Length)];
        void Token(string word, string tag) => sb.Append(word).Append(" X O ").Append(tag).Append('\n');
        for (int d = 0; d < documents; d++)
        {
            sb.Append("-DOCSTART- -X- O O\n\n");
            for (int s = 0; s < 6; s++)
            {
                switch (random.Next(4))
                {
                    case 0:
                        Token(Pick(First), "B-PER");
                        Token(Pick(Last), "I-PER");
                        Token(Pick(Verbs), "O");
                        Token("in", "O");
                        Token(Pick(Cities), "B-LOC");
                        break;
                    case 1:
                        Token(Pick(Companies), "B-ORG");
                        Token("Inc", "I-ORG");
                        Token("will", "O");
                        Token("open", "O");
                        Token("in", "O");
                        Token(Pick(Cities), "B-LOC");
                        break;
                    case 2:
                        Token("The", "O");
                        Token(random.Next(2) == 0 ? "Czech" : "Finnish", "B-MISC");
                        Token("minister", "O");
                        Token(Pick(Last), "B-PER");
                        Token(Pick(Verbs), "O");
                        break;
                    default:
                        Token(Pick(Last), "B-PER");
                        Token("joined", "O");
                        Token(Pick(Companies), "B-ORG");
                        Token("Group", "I-ORG");
                        break;
                }

                Token(".", "O");
                sb.Append('\n');
            }
        }

        return sb.ToString();
    }

    internal static IReadOnlyList<IobDocument> Read(string text) => IobCorpusReader.Read(new StringReader(text), "fixture");

    private static NerLexicon Lexicon(TempFolder dir)
    {
        string folder = dir.Combine("lexicons");
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "person-first-names.tsv"), First.Select(f => f + "\t5000"));
        File.WriteAllLines(Path.Combine(folder, "person-surnames.tsv"), Last.Select(l => l + "\t20000"));
        File.WriteAllLines(Path.Combine(folder, "person-surnames-intl.tsv"), []);
        File.WriteAllLines(Path.Combine(folder, "locations.tsv"), Cities.Select(c => c + "\tcity\t200000"));
        File.WriteAllLines(Path.Combine(folder, "demonyms.tsv"), []);
        File.WriteAllLines(Path.Combine(folder, "organizations.tsv"), []);
        return NerLexicon.Build(folder);
    }

    private static NerTrainingOptions Options(params int[] seeds) => new()
    {
        Epochs = 3,
        Seed = seeds[0],
        Seeds = seeds,
        Pass1Bits = 14,
        Pass2Bits = 14,
        Folds = 2,
        HideRareWords = 0.5,
        HideNameKinds = 0.5,
    };

    private static NerModel Train(NerTrainingOptions options, IReadOnlyList<IobDocument> train, IReadOnlyList<IobDocument>? dev, NerLexicon lexicon) =>
        new NerTrainer(options, _ => { }).Train(train, dev, null, lexicon);

    private static byte[] Bytes(NerModel model)
    {
        using var stream = new MemoryStream();
        new NamedEntityTagger(model).Save(stream);
        return stream.ToArray();
    }

    private static float Weight(NerWeights w, int bucket, int label) => w.Rows[bucket] == 0 ? 0 : w.Table[(w.Rows[bucket] * NerLabels.Count) + label];

    [Fact]
    public void The_same_seeds_write_the_same_file_byte_for_byte()
    {
        using var dir = new TempFolder();
        var lexicon = Lexicon(dir);
        var train = Read(Fixture(24, 1));
        var dev = Read(Fixture(8, 2));

        var first = Bytes(Train(Options(1, 2, 3), train, dev, lexicon));
        var again = Bytes(Train(Options(1, 2, 3), train, dev, lexicon));
        var single = Bytes(Train(Options(1), train, dev, lexicon));

        Assert.Equal(first, again);
        Assert.NotEqual(first, single);
    }

    [Fact]
    public void An_ensemble_of_two_runs_holds_the_mean_of_the_two_runs_weights()
    {
        using var dir = new TempFolder();
        var lexicon = Lexicon(dir);
        var train = Read(Fixture(24, 1));

        // No development data, so no epoch is chosen: each pass 1 is the last epoch's averaged weights. Run 2 alone uses
        // the ensemble's folds (those of seed 1), as it does inside the ensemble.
        var one = Train(Options(1), train, null, lexicon);
        var two = Train(Options(2) with { FoldSeed = 1 }, train, null, lexicon);
        var both = NamedEntityTagger.Load(new MemoryStream(Bytes(Train(Options(1, 2), train, null, lexicon)))).Model;

        Assert.NotEqual(Bytes(one), Bytes(two));
        int differing = 0;
        for (int b = 0; b < 1 << 14; b++)
        {
            for (int y = 0; y < NerLabels.Count; y++)
            {
                float a = Weight(one.Pass1, b, y), c = Weight(two.Pass1, b, y);
                float expected = (float)(Half)(float)((a + (double)c) / 2);
                Assert.Equal(expected, Weight(both.Pass1, b, y));
                differing += a != c ? 1 : 0;
            }
        }

        for (int i = 0; i < NerWeights.TransitionLength; i++)
        {
            float expected = (float)(Half)(float)((one.Pass1.Transitions[i] + (double)two.Pass1.Transitions[i]) / 2);
            Assert.Equal(expected, both.Pass1.Transitions[i]);
        }

        Assert.True(differing > 100, $"the two runs differ in only {differing} weights");
    }

    [Fact]
    public void An_ensemble_of_one_seed_twice_is_that_seed_alone_through_both_passes_and_the_epoch_choice()
    {
        // Pass 2 trains on the labels of the averaged pass 1 of each fold, and each pass keeps the epoch where the mean of
        // its runs scores best: with two identical runs every mean is the run itself, so the file must be the single run's.
        using var dir = new TempFolder();
        var lexicon = Lexicon(dir);
        var train = Read(Fixture(24, 1));
        var dev = Read(Fixture(8, 2));

        var single = Bytes(Train(Options(2), train, dev, lexicon));
        var twice = Bytes(Train(Options(2, 2), train, dev, lexicon));

        Assert.Equal(single, twice);
    }

    [Fact]
    public void The_mean_of_weights_rounds_to_half_precision_and_keeps_a_row_only_where_a_weight_remains()
    {
        var transitions = new float[NerWeights.TransitionLength];
        float[] Dense(params (int Bucket, int Label, float Value)[] cells)
        {
            var dense = new float[(1 << 12) * NerLabels.Count];
            foreach (var (bucket, label, value) in cells)
            {
                dense[(bucket * NerLabels.Count) + label] = value;
            }

            return dense;
        }

        var a = NerWeights.FromDense(12, Dense((5, 0, 1f), (7, 3, 2f)), transitions);
        var b = NerWeights.FromDense(12, Dense((5, 0, 2f), (7, 3, -2f), (9, 1, 0.1f)), transitions);

        var mean = NerWeights.Mean([a, b]);

        Assert.Equal(1.5f, Weight(mean, 5, 0));
        Assert.Equal(0, mean.Rows[7]);
        Assert.Equal((float)(Half)0.05f, Weight(mean, 9, 1));
        Assert.Same(a, NerWeights.Mean([a]));
    }

    [Fact]
    public void Train_entities_with_seeds_writes_the_ensemble_the_trainer_builds()
    {
        using var dir = new TempFolder();
        string train = dir.File("train.txt", Fixture(24, 1));
        string dev = dir.File("dev.txt", Fixture(8, 2));
        string output = dir.Combine("ensemble.bin");

        var run = Run(["train", "entities", "--conll", train, "--dev", dev, "--out", output, "--seeds", "3,4", "--epochs", "3", "--bits", "14", "--folds", "2"]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("an ensemble of 2 runs (seeds 3,4)", run.Error);
        Assert.Contains("pass 2: keeping epoch", run.Error);
        var expected = new NerTrainer(new NerTrainingOptions { Epochs = 3, Seed = 3, Seeds = [3, 4], Pass1Bits = 14, Pass2Bits = 14, Folds = 2 }, _ => { })
            .Train(Read(File.ReadAllText(train)), Read(File.ReadAllText(dev)));
        Assert.Equal(Bytes(expected), File.ReadAllBytes(output));
    }

    private static CliResult Run(string[] args) => CliRunner.Invoke(args);

    [Theory]
    [InlineData("1,x")]
    [InlineData("1,1")]
    [InlineData("")]
    public async Task Train_entities_refuses_a_malformed_seed_list(string seeds)
    {
        var run = await CliRunner.RunAsync(["train", "entities", "--conll", "train.txt", "--out", "model.bin", "--seeds", seeds]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--seeds", run.Error);
    }
}
