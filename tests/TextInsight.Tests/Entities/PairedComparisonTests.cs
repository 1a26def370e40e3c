using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TextInsight.Entities;
using TextInsight.Entities.Ner;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Entities;

/// <summary>
/// The paired bootstrap over articles (<see cref="PairedBootstrap"/>) and <c>evaluate entities --sample --compare</c> on
/// a tiny sample written for this test.
/// </summary>
public class PairedComparisonTests
{
    [Fact]
    public void Two_models_with_the_same_counts_differ_by_nothing_in_every_resample()
    {
        var articles = Enumerable.Range(0, 10).Select(i => new PairedCounts(i, i + 2, i, i + 2, i + 3)).ToList();

        var c = PairedBootstrap.Compare(articles);

        Assert.Equal(c.F1A, c.F1B);
        Assert.Equal(0, c.Low);
        Assert.Equal(0, c.High);
        Assert.Equal(1, c.ShareNotAbove);
    }

    [Fact]
    public void A_model_better_on_every_article_gets_an_interval_above_zero_and_the_draws_follow_the_seed()
    {
        var random = new Random(3);
        var articles = Enumerable.Range(0, 30).Select(_ =>
        {
            int gold = random.Next(5, 20);
            int b = random.Next(0, gold - 2);
            return new PairedCounts(b + 2, gold, b, gold, gold);
        }).ToList();

        var c = PairedBootstrap.Compare(articles, 1000, seed: 1);
        var again = PairedBootstrap.Compare(articles, 1000, seed: 1);
        var other = PairedBootstrap.Compare(articles, 1000, seed: 2);

        Assert.True(c.Low > 0 && c.Low <= c.Difference && c.Difference <= c.High, $"{c}");
        Assert.Equal(0, c.ShareNotAbove);
        Assert.Equal(c, again);
        Assert.NotEqual(c.Low, other.Low);
    }

    [Fact]
    public void The_F1s_are_those_of_the_summed_counts_and_a_mixed_record_gives_an_interval_across_zero()
    {
        // Half the articles favour A, half B, by the same margin: no difference can be shown.
        var articles = Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? new PairedCounts(8, 10, 6, 10, 10) : new PairedCounts(6, 10, 8, 10, 10)).ToList();

        var c = PairedBootstrap.Compare(articles);

        Assert.Equal(2.0 * 280 / 800, c.F1A, 12);
        Assert.Equal(c.F1A, c.F1B, 12);
        Assert.True(c.Low < 0 && c.High > 0, $"{c}");
        Assert.InRange(c.ShareNotAbove, 0.3, 0.8);
    }

    [Fact]
    public void Evaluate_entities_compares_two_models_on_the_same_articles_of_a_sample()
    {
        using var dir = new TempFolder();
        string[] texts =
        [
            "Council backs harbour plan\n\nThe Dunmore Harbour Board said on Monday that Anna Keller, its chair, would meet officials in Oslo. Keller said the plan was sound.\n",
            "Firm opens office\n\nArgentum Inc will open an office in Prague, its chief executive Peter Novak said. The Czech government welcomed the move.\n",
            "Minister visits\n\nRuth Suehle, the president of the Apache Software Foundation, visited Lyon and Porto. Suehle met the mayor of Lyon.\n",
        ];
        string[][] names =
        [
            ["Dunmore Harbour Board", "ORG", "Anna Keller", "PER", "Oslo", "LOC", "Keller", "PER"],
            ["Argentum Inc", "ORG", "Prague", "LOC", "Peter Novak", "PER", "Czech", "MISC"],
            ["Ruth Suehle", "PER", "Apache Software Foundation", "ORG", "Lyon", "LOC", "Porto", "LOC", "Suehle", "PER", "Lyon", "LOC"],
        ];
        var rows = new StringBuilder();
        for (int a = 0; a < texts.Length; a++)
        {
            string path = $"news/{a}";
            string file = dir.File(path + ".txt", texts[a]);
            rows.Append(CultureInfo.InvariantCulture, $"# {path} sha256:{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))[..16]}\n");
            int from = 0;
            for (int n = 0; n < names[a].Length; n += 2)
            {
                int at = texts[a].IndexOf(names[a][n], from, StringComparison.Ordinal);
                rows.Append(CultureInfo.InvariantCulture, $"{path}\t{at}\t{names[a][n].Length}\t{names[a][n + 1]}\t{names[a][n]}\n");
                from = at + names[a][n].Length;
            }
        }

        string samplePath = dir.File("sample.tsv", rows.ToString());

        // The other model: a tiny one trained on the ensemble tests' fixture, much worse than the built-in one.
        var tiny = new NerTrainer(new NerTrainingOptions { Epochs = 3, Pass1Bits = 14, Pass2Bits = 14, Folds = 2 }, _ => { })
            .Train(NerEnsembleTrainingTests.Read(NerEnsembleTrainingTests.Fixture(24, 1)), null);
        string tinyPath = dir.Combine("tiny.bin");
        using (var stream = File.Create(tinyPath))
        {
            new NamedEntityTagger(tiny).Save(stream);
        }

        var sample = EntitySample.Read(samplePath);
        NerScores Expected(NamedEntityTagger tagger) => EntitySample.Score(sample, dir.Path, EntitySample.Analyzers(tagger, []))[0];
        var builtIn = Expected(NamedEntityTagger.Default);
        var other = Expected(NamedEntityTagger.Load(tinyPath));

        var run = Run(["evaluate", "entities", "--sample", samplePath, "--articles", dir.Path, "--compare", tinyPath]);
        var self = Run(["evaluate", "entities", "--sample", samplePath, "--articles", dir.Path, "--model", tinyPath, "--compare", tinyPath]);

        Assert.True(run.ExitCode == 0, run.Error);
        string F1(NerScores s) => (s.F1() * 100).ToString("F2", CultureInfo.InvariantCulture);
        Assert.Contains("paired comparison on the same 3 articles", run.Output);
        Assert.Contains($"(built in): F1 {F1(builtIn)} ({builtIn.Correct()} correct of {builtIn.Found()} found)", run.Output);
        Assert.Contains($"tiny.bin: F1 {F1(other)} ({other.Correct()} correct of {other.Found()} found)", run.Output);
        Assert.True(builtIn.F1() > other.F1(), run.Output);
        Assert.Contains("95% interval [", run.Output);
        Assert.Contains("95% interval [0.00, 0.00]", self.Output);
        Assert.Contains("no difference shown", self.Output);
    }

    [Fact]
    public void Compare_needs_a_sample()
    {
        var run = Run(["evaluate", "entities", "--conll", "dev.txt", "--compare", "other.bin"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--compare works with --sample", run.Error);
    }

    private static CliResult Run(string[] args) => CliRunner.Invoke(args);
}
