using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TextInsight.Entities;
using TextInsight.Entities.Ner;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Entities;

/// <summary>
/// Hand-annotated article samples as training data (<c>train entities --sample</c>): each article read as the analyzer
/// reads it, each segment a sentence labelled with its gold names, and the sample weighed against the CoNLL file.
/// </summary>
public class EntitySampleTrainingTests
{
    private const string Text = "Ruth Suehle visits Paris\n\nRuth Suehle, the president of the Apache Software Foundation, said she would visit Paris-based groups.\n\nMarek Holm joined Zorblat in Lyon.\n";

    private static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..16];

    // The sample of Text: every name, with the Paris of "Paris-based" marked IGN.
    private static string Sample(TempFolder dir, string? extraRow = null)
    {
        string article = dir.File(Path.Combine("news", "one.txt"), Text);
        var rows = new StringBuilder($"# news/one sha256:{Hash(article)}\n");
        void Row(int at, string name, string type) => rows.Append(CultureInfo.InvariantCulture, $"news/one\t{at}\t{name.Length}\t{type}\t{name}\n");
        Row(0, "Ruth Suehle", "PER");
        Row(Text.IndexOf("Paris", StringComparison.Ordinal), "Paris", "LOC");
        Row(Text.IndexOf("Ruth Suehle,", StringComparison.Ordinal), "Ruth Suehle", "PER");
        Row(Text.IndexOf("Apache", StringComparison.Ordinal), "Apache Software Foundation", "ORG");
        Row(Text.IndexOf("Paris-based", StringComparison.Ordinal), "Paris-based", "IGN");
        Row(Text.IndexOf("Marek", StringComparison.Ordinal), "Marek Holm", "PER");
        Row(Text.IndexOf("Zorblat", StringComparison.Ordinal), "Zorblat", "ORG");
        Row(Text.IndexOf("Lyon", StringComparison.Ordinal), "Lyon", "LOC");
        if (extraRow is not null)
        {
            rows.Append(extraRow);
        }

        return dir.File("sample.tsv", rows.ToString());
    }

    private static string Labels(IobSentence sentence) =>
        string.Join(" ", sentence.Entities.Select(e => $"{NerLabels.TypeNames[e.Type]}:{string.Join('_', sentence.Tokens[e.Start..e.End])}"));

    [Fact]
    public void Each_segment_becomes_a_sentence_of_the_tagger_s_tokens_labelled_with_its_names()
    {
        using var dir = new TempFolder();
        var sample = EntitySample.Read(Sample(dir));

        var docs = EntitySampleCorpus.ToDocuments(sample, dir.Path, repeat: 3);

        var doc = Assert.Single(docs);
        Assert.Equal(3, doc.Repeat);
        // The sentence with the IGN span is left out; the title and the last sentence stay, with the names on their tokens.
        Assert.Equal(2, doc.Sentences.Count);
        Assert.Equal(["Ruth", "Suehle", "visits", "Paris"], doc.Sentences[0].Tokens);
        Assert.Equal("PER:Ruth_Suehle LOC:Paris", Labels(doc.Sentences[0]));
        Assert.Equal("PER:Marek_Holm ORG:Zorblat LOC:Lyon", Labels(doc.Sentences[1]));
        Assert.Equal(Text.IndexOf("Marek", StringComparison.Ordinal), doc.Sentences[1].Line);
    }

    [Fact]
    public void A_name_off_the_token_boundaries_leaves_its_segment_out_and_says_so()
    {
        using var dir = new TempFolder();
        // "Zorbla" ends inside the token "Zorblat".
        string extra = $"news/one\t{Text.IndexOf("Zorblat", StringComparison.Ordinal)}\t6\tORG\tZorbla\n";
        var sample = EntitySample.Read(Sample(dir, extra));
        var log = new List<string>();

        var docs = EntitySampleCorpus.ToDocuments(sample, dir.Path, repeat: 1, log.Add);

        Assert.Equal(["Ruth", "Suehle", "visits", "Paris"], Assert.Single(Assert.Single(docs).Sentences).Tokens);
        Assert.Contains(log, line => line.StartsWith("news/one: 2 of 3 segments left out", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_that_is_not_the_one_annotated_is_refused()
    {
        using var dir = new TempFolder();
        var sample = EntitySample.Read(Sample(dir));
        File.AppendAllText(Path.Combine(dir.Path, "news", "one.txt"), "A changed line.\n");

        Assert.Throws<InvalidDataException>(() => EntitySampleCorpus.ToDocuments(sample, dir.Path, repeat: 1));
    }

    [Fact]
    public void A_row_whose_name_is_not_at_its_offsets_is_refused_not_taught()
    {
        using var dir = new TempFolder();
        // A row off its article: "Oslo" where the article has "Lyon" (same length, on token boundaries, so it would
        // otherwise label Lyon as the name the row says).
        string extra = $"news/one\t{Text.IndexOf("Lyon", StringComparison.Ordinal)}\t4\tLOC\tOslo\n";
        var sample = EntitySample.Read(Sample(dir, extra));

        var e = Assert.Throws<InvalidDataException>(() => EntitySampleCorpus.ToDocuments(sample, dir.Path, repeat: 1));
        Assert.Equal($"news/one: no 'Oslo' at {Text.IndexOf("Lyon", StringComparison.Ordinal)} (the article has 'Lyon' there).", e.Message);
    }

    [Fact]
    public void A_row_past_the_article_s_end_is_refused()
    {
        using var dir = new TempFolder();
        var sample = EntitySample.Read(Sample(dir, $"news/one\t{Text.Length - 2}\t4\tLOC\tOslo\n"));

        var e = Assert.Throws<InvalidDataException>(() => EntitySampleCorpus.ToDocuments(sample, dir.Path, repeat: 1));
        Assert.Contains("ends past the article's end", e.Message);
    }

    [Fact]
    public void Train_entities_names_the_sample_and_the_article_of_a_bad_row_or_a_missing_file_without_a_stack_trace()
    {
        using var dir = new TempFolder();
        string conll = dir.File("train.txt", NerEnsembleTrainingTests.Fixture(10, seed: 3));
        string sample = Sample(dir, $"news/one\t{Text.IndexOf("Lyon", StringComparison.Ordinal)}\t4\tLOC\tOslo\n");
        string[] Args(string articles) => ["train", "entities", "--conll", conll, "--out", dir.Combine("m.bin"), "--epochs", "1", "--sample", sample, "--articles", articles];

        var offRow = CliRunner.Invoke(Args(dir.Path));
        Assert.Equal(1, offRow.ExitCode);
        Assert.Contains($"error: sample {sample}: news/one: no 'Oslo' at", offRow.Error);

        Directory.CreateDirectory(dir.Combine("elsewhere"));
        var missing = CliRunner.Invoke(Args(dir.Combine("elsewhere")));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains($"error: sample {sample}: news/one: no article file", missing.Error);
        Assert.DoesNotContain("   at ", missing.Error + offRow.Error);
        Assert.False(File.Exists(dir.Combine("m.bin")));
    }

    [Fact]
    public void Train_entities_learns_from_the_sample_what_the_CoNLL_file_does_not_hold()
    {
        using var dir = new TempFolder();
        string conll = dir.File("train.txt", NerEnsembleTrainingTests.Fixture(40, seed: 3));
        string sample = Sample(dir);
        string without = dir.Combine("without.bin"), with = dir.Combine("with.bin");

        var plain = CliRunner.Invoke(["train", "entities", "--conll", conll, "--out", without, "--epochs", "3", "--bits", "14", "--folds", "2"]);
        var sampled = CliRunner.Invoke(["train", "entities", "--conll", conll, "--out", with, "--epochs", "3", "--bits", "14", "--folds", "2",
            "--sample", sample, "--articles", dir.Path, "--sample-repeat", "2"]);

        Assert.True(plain.ExitCode == 0, plain.Error);
        Assert.True(sampled.ExitCode == 0, sampled.Error);
        Assert.True(sampled.Error.Contains($"sample {sample}: 1 articles, 2 segments, 11 tokens, 5 names, each seen 2 time(s) an epoch", StringComparison.Ordinal), sampled.Error);
        // The fixture never names Zorblat; the sample calls it an organization, and the model trained on it agrees.
        const string probe = "Anna Novak joined Zorblat in Oslo .";
        string Type(string model)
        {
            var tagger = NamedEntityTagger.Load(model);
            var names = tagger.Tag(probe, [new TextSpan(0, probe.Length)]);
            return names.FirstOrDefault(n => probe.Substring(n.Span.Start, n.Span.Length) == "Zorblat") is { } n ? n.Type.ToString() : "none";
        }

        Assert.Equal(nameof(EntityType.Organization), Type(with));
        Assert.NotEqual(nameof(EntityType.Organization), Type(without));
    }

    [Fact]
    public void A_sample_repeat_below_one_is_a_usage_error()
    {
        var run = CliRunner.Invoke(["train", "entities", "--conll", "x.txt", "--out", "m.bin", "--sample-repeat", "0"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--sample-repeat must be at least 1", run.Error);
    }

    [SharedDataFact]
    public void Parts_E_to_H_name_80_other_articles_whose_rows_are_their_text()
    {
        string Part(string name) => Path.Combine(RepoPaths.Root, "tests", "entity-sample", name);
        var earlier = new[] { "bbc-2020-dev.tsv", "bbc-2020-dev-b.tsv", "bbc-2020-dev-c.tsv", "bbc-2020-dev-d.tsv" }
            .SelectMany(f => EntitySample.Read(Part(f))).Select(a => a.Path).ToHashSet();
        var parts = new[] { "e", "f", "g", "h" }.Select(p => EntitySample.Read(Part($"bbc-2020-dev-{p}.tsv"))).ToList();

        Assert.All(parts, p => Assert.Equal(20, p.Count));
        var all = parts.SelectMany(p => p).ToList();
        Assert.Equal(80, all.Select(a => a.Path).Distinct().Count());
        Assert.DoesNotContain(all, a => earlier.Contains(a.Path));
        Assert.Equal(880 + 720 + 751 + 725, all.Sum(a => a.Gold.Count));
        // Score checks each article's hash and each row's text at its offsets (InvalidDataException otherwise).
        var scores = EntitySample.Score(all, Path.Combine(RepoPaths.SharedData, "bbc-2020-dev", "articles"), [TextAnalyzer.CreateDefault()]);
        Assert.Equal(880 + 720 + 751 + 725, scores[0].Gold());
    }

    [SharedDataFact]
    public void Parts_C_and_D_name_20_other_articles_each_whose_rows_are_their_text()
    {
        string Part(string name) => Path.Combine(RepoPaths.Root, "tests", "entity-sample", name);
        var earlier = EntitySample.Read(Part("bbc-2020-dev.tsv")).Concat(EntitySample.Read(Part("bbc-2020-dev-b.tsv"))).Select(a => a.Path).ToHashSet();
        var c = EntitySample.Read(Part("bbc-2020-dev-c.tsv"));
        var d = EntitySample.Read(Part("bbc-2020-dev-d.tsv"));

        Assert.Equal(20, c.Count);
        Assert.Equal(20, d.Count);
        Assert.DoesNotContain(c.Concat(d), a => earlier.Contains(a.Path));
        Assert.Empty(c.Select(a => a.Path).Intersect(d.Select(a => a.Path)));
        string articles = Path.Combine(RepoPaths.SharedData, "bbc-2020-dev", "articles");
        // ToDocuments checks each article's hash; every name of the two parts is taught but for the few whose segment holds an IGN span.
        var docs = EntitySampleCorpus.ToDocuments([.. c, .. d], articles, repeat: 1);
        int taught = docs.Sum(doc => doc.Sentences.Sum(s => s.Entities.Count));
        Assert.Equal(731 + 628, c.Concat(d).Sum(a => a.Gold.Count));
        Assert.InRange(taught, 1250, 731 + 628);
    }
}
