using System.Security.Cryptography;
using System.Text;
using TextInsight.Entities;
using TextInsight.Entities.Ner;
using TextInsight.Entities.Rules;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Entities;

/// <summary>
/// The hand-annotated BBC 2019–22 sample (tests/entity-sample/): its format, the scorer, and the pipeline's figure on it
/// as a floor (development data: the figure is not a held-out one).
/// </summary>
public class EntitySampleTests
{
    // Measured with the built-in model and the default name rules on parts C and D pooled (1,359 names of 40 articles),
    // which version 3 (ner-news-v3) did not train on and which were annotated blind after it was chosen
    // (src/TextInsight/Models/README.md, docs/PERFORMANCE.md): F1 78.44 on 2026-12-07 (version 2: 72.33), less one point.
    // Part A, the floor's sample before (72.60 with version 2), is training data of version 3 (98.29 on it): no check.
    private const double HeldOutF1Floor = 0.7844 - 0.01;

    private static string SamplePath => Path.Combine(RepoPaths.Root, "tests", "entity-sample", "bbc-2020-dev.tsv");

    private static string Articles => Path.Combine(RepoPaths.SharedData, "bbc-2020-dev", "articles");

    [Fact]
    public void The_sample_names_24_articles_of_five_sections_with_every_type()
    {
        var sample = EntitySample.Read(SamplePath);

        Assert.Equal(24, sample.Count);
        Assert.Equal(5, sample.Select(a => a.Path.Split('/')[0]).Distinct().Count());
        Assert.True(sample.Sum(a => a.Gold.Count) >= 450);
        for (int type = 0; type < NerLabels.TypeCount; type++)
        {
            Assert.True(sample.Sum(a => a.Gold.Count(g => g.Type == type)) >= 50, $"few {NerLabels.TypeNames[type]} names");
        }

        Assert.All(sample, a => Assert.All(a.Gold, g => Assert.True(g.End > g.Start)));
    }

    [Fact]
    public void Part_B_names_39_other_articles_of_five_sections_with_every_type()
    {
        var partA = EntitySample.Read(SamplePath).Select(a => a.Path).ToHashSet();
        var partB = EntitySample.Read(Path.Combine(RepoPaths.Root, "tests", "entity-sample", "bbc-2020-dev-b.tsv"));

        Assert.Equal(39, partB.Count);
        Assert.Equal(5, partB.Select(a => a.Path.Split('/')[0]).Distinct().Count());
        Assert.DoesNotContain(partB, a => partA.Contains(a.Path));
        Assert.Equal(958, partB.Sum(a => a.Gold.Count));
        for (int type = 0; type < NerLabels.TypeCount; type++)
        {
            Assert.True(partB.Sum(a => a.Gold.Count(g => g.Type == type)) >= 100, $"few {NerLabels.TypeNames[type]} names");
        }
    }

    [Fact]
    public void A_row_outside_an_article_or_with_an_unknown_type_is_a_format_error()
    {
        using var dir = new TempFolder();
        string orphan = dir.File("orphan.tsv", "a/b\t0\t3\tPER\tAnn\n");
        string badType = dir.File("bad.tsv", "# a/b sha256:0000\na/b\t0\t3\tPERSON\tAnn\n");

        Assert.Throws<FormatException>(() => EntitySample.Read(orphan));
        Assert.Throws<FormatException>(() => EntitySample.Read(badType));
    }

    [Fact]
    public void The_scorer_counts_exact_spans_and_types_and_skips_ignored_spans()
    {
        using var dir = new TempFolder();
        const string text = "Ruth Suehle visits the foundation\n\nRuth Suehle, the president of the Apache Software Foundation, said she would visit Paris-based groups.\n";
        string article = dir.File(Path.Combine("news", "one.txt"), text);
        string hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(article)))[..16];
        var rows = new StringBuilder($"# news/one sha256:{hash}\n");
        void Row(string name, string type, bool last = false)
        {
            int at = last ? text.LastIndexOf(name, StringComparison.Ordinal) : text.IndexOf(name, StringComparison.Ordinal);
            rows.Append($"news/one\t{at}\t{name.Length}\t{type}\t{name}\n");
        }

        Row("Ruth Suehle", "PER");
        Row("Paris", "IGN", last: true);
        Row("Ruth Suehle", "PER", last: true);
        Row("Apache Software Foundation", "IGN");
        var sample = EntitySample.Read(dir.File("sample.tsv", rows.ToString()));

        var errors = new StringWriter();
        var scores = EntitySample.Score(sample, dir.Path, [TextAnalyzer.CreateDefault()], errors);

        // An ignored span is no gold name, and the name found over it (the foundation) is not counted as a wrong one.
        Assert.True(scores[0].Gold() == 2 && scores[0].Correct() == 2 && scores[0].Found() == 2, errors.ToString());
    }

    [Fact]
    public void Several_samples_are_scored_each_and_pooled()
    {
        using var dir = new TempFolder();
        const string first = "Ruth Suehle visits the foundation\n\nRuth Suehle, the president of the Apache Software Foundation, said she would visit Paris-based groups.\n";
        const string second = "Ruth Suehle returns\n\nShe said the trip went well.\n";
        string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..16];
        string one = dir.File(Path.Combine("news", "one.txt"), first);
        string two = dir.File(Path.Combine("news", "two.txt"), second);
        int last = first.LastIndexOf("Ruth Suehle", StringComparison.Ordinal);
        int paris = first.IndexOf("Paris", StringComparison.Ordinal);
        int asf = first.IndexOf("Apache Software Foundation", StringComparison.Ordinal);
        // Part A: both mentions of the person, the place and the foundation ignored (2 gold, 2 found, 2 correct).
        string a = dir.File("a.tsv", $"# news/one sha256:{Hash(one)}\nnews/one\t0\t11\tPER\tRuth Suehle\nnews/one\t{asf}\t26\tIGN\tApache Software Foundation\n"
            + $"news/one\t{paris}\t5\tIGN\tParis\nnews/one\t{last}\t11\tPER\tRuth Suehle\n");
        // Part B: the same person annotated as an organization, so the person found is wrong (1 gold, 1 found, 0 correct).
        string b = dir.File("b.tsv", $"# news/two sha256:{Hash(two)}\nnews/two\t0\t11\tORG\tRuth Suehle\n");

        var run = Run(["evaluate", "entities", "--sample", a, b, "--articles", dir.Path]);
        var single = Run(["evaluate", "entities", "--sample", a, "--articles", dir.Path]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"sample: {a} (1 articles", run.Output);
        Assert.Contains("with 2 phrases; found: 2 phrases; correct: 2.", run.Output);
        Assert.Contains($"sample: {b} (1 articles", run.Output);
        Assert.Contains("with 1 phrases; found: 1 phrases; correct: 0.", run.Output);
        Assert.Contains("pooled: 2 samples (2 articles", run.Output);
        Assert.Contains("with 3 phrases; found: 3 phrases; correct: 2.", run.Output);
        Assert.Contains(" overall: precision: 66.67%; recall: 66.67%; FB1: 66.67", run.Output);
        Assert.Contains("     PER: precision: 66.67%; recall: 100.00%; FB1: 80.00  (3 found, 2 gold)", run.Output);
        Assert.Contains("     ORG: precision: 0.00%; recall: 0.00%; FB1: 0.00  (0 found, 1 gold)", run.Output);
        // One file prints what it printed before several were allowed: no pooled section.
        Assert.Equal(0, single.ExitCode);
        Assert.DoesNotContain("pooled", single.Output);
        Assert.StartsWith("model: ", single.Output);

        // With --compare the two models are paired on each file's articles and then on all of them; here the second model
        // is the built-in one's own file, so every pairing shows no difference.
        string builtIn = Path.Combine(RepoPaths.Root, "src", "TextInsight", "Models", "ner-news-v3.bin");
        var compared = Run(["evaluate", "entities", "--sample", a, b, "--articles", dir.Path, "--compare", builtIn]);
        Assert.True(compared.ExitCode == 0, compared.Error);
        Assert.Equal(2, CountOf(compared.Output, "paired comparison on the same 1 articles"));
        Assert.Equal(1, CountOf(compared.Output, "paired comparison on the same 2 articles"));
        Assert.Equal(3, CountOf(compared.Output, "A − B: 0.00 F1"));
        Assert.Contains("pooled: 2 samples (2 articles", compared.Output);
        Assert.Contains("with 3 phrases; found: 3 phrases; correct: 2.", compared.Output);
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Fact]
    public void An_article_in_two_samples_is_refused_since_pooling_would_count_it_twice()
    {
        using var dir = new TempFolder();
        string one = dir.File(Path.Combine("news", "one.txt"), "Ruth Suehle visits Paris\n\nShe said so.\n");
        string rows = $"# news/one sha256:{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(one)))[..16]}\nnews/one\t0\t11\tPER\tRuth Suehle\n";

        var run = Run(["evaluate", "entities", "--sample", dir.File("a.tsv", rows), dir.File("b.tsv", rows), "--articles", dir.Path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("count it twice", run.Error);
    }

    [Fact]
    public void An_article_that_is_not_the_one_annotated_is_refused()
    {
        using var dir = new TempFolder();
        dir.File(Path.Combine("news", "one.txt"), "Ruth Suehle visits Paris\n\nShe said so.\n");
        var sample = EntitySample.Read(dir.File("sample.tsv", "# news/one sha256:0123456789abcdef\nnews/one\t0\t4\tPER\tRuth\n"));

        Assert.Throws<InvalidDataException>(() => EntitySample.Score(sample, dir.Path, [TextAnalyzer.CreateDefault()]));
    }

    [Fact]
    public void Evaluate_entities_wants_either_a_CoNLL_file_or_a_sample()
    {
        var neither = Run(["evaluate", "entities"]);
        var both = Run(["evaluate", "entities", "--conll", "x.txt", "--sample", SamplePath]);

        Assert.Equal(2, neither.ExitCode);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("either --conll or --sample", neither.Error);
    }

    [SharedDataFact]
    public void Evaluate_entities_scores_the_sample_and_prints_the_rule_ablation()
    {
        var run = Run(["evaluate", "entities", "--sample", SamplePath, "--articles", Articles, "--rules"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("with 496 phrases", run.Output);
        Assert.Contains("without any name rule", run.Output);
        Assert.Contains("  ListAgreement ", run.Output);
        Assert.Contains("  HeadlineSubject ", run.Output);
    }

    [SharedDataFact]
    public void The_pipeline_keeps_its_F1_on_the_held_out_parts_C_and_D()
    {
        var sample = EntitySample.Read(Path.Combine(RepoPaths.Root, "tests", "entity-sample", "bbc-2020-dev-c.tsv"))
            .Concat(EntitySample.Read(Path.Combine(RepoPaths.Root, "tests", "entity-sample", "bbc-2020-dev-d.tsv"))).ToList();

        var scores = EntitySample.Score(sample, Articles, EntitySample.Analyzers(NamedEntityTagger.Default, []));

        Assert.Equal(731 + 628, scores[0].Gold());
        Assert.True(scores[0].F1() >= HeldOutF1Floor, $"parts C and D F1 {scores[0].F1():F4} below the floor {HeldOutF1Floor:F4}");
    }

    [SharedDataFact]
    public void Part_B_rows_are_the_text_of_the_articles_as_the_analyzer_reads_them()
    {
        var partB = EntitySample.Read(Path.Combine(RepoPaths.Root, "tests", "entity-sample", "bbc-2020-dev-b.tsv"));

        // Score checks each article's hash and each row's text at its offsets before scoring (InvalidDataException).
        var scores = EntitySample.Score(partB, Articles, [TextAnalyzer.CreateDefault()]);

        Assert.Equal(958, scores[0].Gold());
    }

    [SharedDataFact]
    public void The_ablation_scores_one_pipeline_per_rule_turned_off()
    {
        var sample = EntitySample.Read(SamplePath).Take(3).ToList();
        NameRule[] rules = [NameRule.ListAgreement, NameRule.CommonFirstWord];

        var scores = EntitySample.Score(sample, Articles, EntitySample.Analyzers(NamedEntityTagger.Default, rules));

        Assert.Equal(3, scores.Length);
        Assert.All(scores, s => Assert.Equal(scores[0].Gold(), s.Gold()));
    }

    private static CliResult Run(string[] args) => CliRunner.Invoke(args);
}
