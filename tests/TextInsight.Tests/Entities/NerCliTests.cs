using TextInsight.Entities.Rules;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Entities;

public class NerCliTests
{
    [Theory]
    [InlineData("train", "entities", "--out", "model.bin")]
    [InlineData("evaluate", "entities")]
    public void A_missing_CoNLL_file_is_named_and_exits_with_2(params string[] args)
    {
        string missing = Path.Combine(Path.GetTempPath(), "textinsight-no-such-file", "train.txt");
        var (code, _, error) = Run([.. args, "--conll", missing]);

        Assert.Equal(2, code);
        Assert.Contains(missing, error);
    }

    [Fact]
    public void A_malformed_CoNLL_file_is_named_with_its_line_and_exits_with_1()
    {
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP I-BANANA\n");

            var (code, _, error) = Run(["evaluate", "entities", "--conll", file]);

            Assert.Equal(1, code);
            Assert.Contains($"{file}:4: 'I-BANANA' is not an IOB tag", error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Evaluate_with_rules_scores_the_tagger_on_raw_text_without_and_with_the_name_rules()
    {
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """
                -DOCSTART- -X- O O

                The DT O O
                tour NN O O
                visits VBZ O O
                Glasgow NNP O B-LOC
                , , O O
                Manchester NNP O B-LOC
                and CC O O
                London NNP O B-LOC
                . . O O

                """);

            var (code, output, error) = Run(["evaluate", "entities", "--conll", file, "--rules", "--no-speed"]);

            Assert.True(code == 0, error);
            string[] sections = output.Split("tagger on raw text");
            Assert.Equal(3, sections.Length);
            Assert.Contains("with 3 phrases", sections[1]);
            Assert.Contains("then the name rules", sections[2]);
            Assert.Contains("with 3 phrases", sections[2]);
            foreach (var rule in Enum.GetValues<TextInsight.Entities.Rules.NameRule>().Where(r => System.Numerics.BitOperations.IsPow2((int)r)))
            {
                string state = (TextInsight.Entities.Rules.NameRules.Default & rule) != 0 ? "on" : "opt-in";
                Assert.Matches($@"\n  {rule} +{state} +\d+\.\d\d +\d+ +\d+ +[+-]?\d+\.\d\d", output);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Train_clusters_writes_a_cluster_file_that_train_entities_reads()
    {
        string folder = Path.Combine(Path.GetTempPath(), "textinsight-clusters-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string text = Path.Combine(folder, "news.txt");
            var days = new[] { "Monday", "Tuesday", "Friday" };
            var fruit = new[] { "apples", "pears", "plums" };
            File.WriteAllLines(text, Enumerable.Range(0, 60).Select(i => $"The talks resumed on {days[i % 3]} in the city . She sold {fruit[i % 3]} at the market ."));
            string clusters = Path.Combine(folder, "clusters.bin");

            var (code, _, error) = Run(["train", "clusters", "--text", text, "--out", clusters, "--min-count", "3", "--dimensions", "32"]);

            Assert.True(code == 0, error);
            using var stream = File.OpenRead(clusters);
            var loaded = TextInsight.Entities.Ner.NerClusters.Load(stream);
            Assert.True(loaded.PathOf(TextInsight.Entities.Ner.TokenAtoms.Compute("Monday").Word) > 0);
            Assert.Equal(0, loaded.PathOf(TextInsight.Entities.Ner.TokenAtoms.Compute("Wednesday").Word));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Train_clusters_names_a_missing_input_and_exits_with_2()
    {
        string missing = Path.Combine(Path.GetTempPath(), "textinsight-no-such-file", "news.txt.gz");

        var (code, _, error) = Run(["train", "clusters", "--text", missing, "--out", "clusters.bin"]);

        Assert.Equal(2, code);
        Assert.Contains(missing, error);
    }

    private static CliResult Run(string[] args) => CliRunner.Invoke(args);
}
