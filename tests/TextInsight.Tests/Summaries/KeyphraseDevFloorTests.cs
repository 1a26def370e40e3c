using System.IO.Compression;
using System.Text.Json;
using TextInsight.Summaries;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Summaries;

/// <summary>
/// The key phrases on the 50 test documents of ../shared/data/keyphrases-dev (500N-KPCrowd: crowd gold, three in four
/// single words), on the check part of tests/keyphrase-sample (20 BBC articles, people's phrases of the newswire
/// kind; the weights were chosen on its tune part and tests/keyphrase-newswire's) and on the check part of
/// tests/keyphrase-reuters (30 Reuters 1987 stories, gold in the owners' benchmark's style) and of the fourth
/// to sixth samples (tests/keyphrase-reuters2, -reuters3 and -reuters4, 20 Reuters 1987 stories each): floors under the figures in
/// docs/PERFORMANCE.md, and the published baselines over the same candidates stay behind.
/// </summary>
public class KeyphraseDevFloorTests
{
    private static string Dev => Path.Combine(RepoPaths.SharedData, "keyphrases-dev");

    private static string Sample => Path.Combine(RepoPaths.Root, "tests", "keyphrase-sample");

    [KeyphraseDevFact]
    public void Test_split_stays_above_the_floor_and_ahead_of_the_baselines()
    {
        var gold = JsonSerializer.Deserialize<Dictionary<string, string[]>>(File.ReadAllText(Path.Combine(Dev, "gold.json")))!;
        var splits = JsonSerializer.Deserialize<Dictionary<string, string[]>>(File.ReadAllText(Path.Combine(Dev, "splits.json")))!;
        var (ours, baselines) = Score(splits["test"].Select(id => (id, (string?)Path.Combine(Dev, "docs", id + ".txt"), (string?)null, gold[id])));

        // Measured 13.75 and 10.06 with issue 22o's amount words; 13.87 and 10.06 with issue 22n's TopicWords 2 (14.48 and 10.06 with 1: facets of one subject, `trade
        // deficit` beside `trade surplus`, take the places of lone frequent words the crowd marks), so the floor at 10
        // went to 13.50; 14.44 and 10.06 once the opening dateline is no phrase (14.63 and 9.88 before: the crowd marks the
        // dateline's city, `Boston`, `Oslo`, `Kansas City`, in 3 of the 6 test articles that open with one), so the floor
        // at 10 went to 14.25; 14.66 and 9.75 with issue 22k's units and lone nationality adjectives (14.86 and 9.69 just
        // before it: the crowd picks lone adjectives, which people's newswire phrases never hold), when it went from
        // 14.75 to 14.50. Measured 14.98 and 9.48 with the established-term factor of issue 22g (14.84 and 9.33 before it); 14.92 and
        // 9.33 with version 3 and the legal-form rule of issue 22e; 15.09 and 9.28 with the weights of
        // version 3 alone (chosen on the tune parts of the BBC and newswire samples together), 15.63 and 9.88 with version 2, 16.87 and 10.71 with version 1 (chosen on this data's train split):
        // the floor went from 16.75 / 10.30 to 15.50 / 9.75 (v2), then to 14.75 / 9.00 (v3). This crowd gold rewards
        // lone frequent words, the lead and the title (v3's title factor 1 against v2's 2 costs most of the drop), which
        // people's newswire phrases do not (docs/PERFORMANCE.md); FirstPhrases (15.87 / 10.19) leads here and is left out
        // of the comparison; the floor still catches a collapse.
        AssertFloors(ours, baselines, 50, 0.1350, 0.09, 0, except: KeyphraseBaseline.FirstPhrases);
    }

    [BbcKeyphraseSampleFact]
    public void Bbc_sample_check_part_stays_above_the_floor_and_well_ahead_of_the_baselines()
    {
        var gold = JsonSerializer.Deserialize<Dictionary<string, string[]>>(File.ReadAllText(Path.Combine(Sample, "gold.json")))!;
        var splits = JsonSerializer.Deserialize<Dictionary<string, string[]>>(File.ReadAllText(Path.Combine(Sample, "splits.json")))!;
        string articles = Path.Combine(RepoPaths.SharedData, "bbc", "articles");
        var (ours, baselines) = Score(splits["check"].Select(id => (id, (string?)Path.Combine(articles, id), (string?)null, gold[id])));

        // Measured 53.87 and 41.39 with issues 22m-22o (docs/PERFORMANCE.md); 52.44 and 41.39 with the established-term factor of issue 22g (51.99 and 41.98 with issue 22f's
        // rule, before it); 51.99 and 41.39 with version 3 of the weights (version 2: 51.53 and 39.63; version 1: 35.56 and 28.85);
        // the best baseline here, TF-IDF, 28.15 and 21.13 (27.70 before 40cab6d changed the candidates). Twenty
        // articles: a point or two is noise, so the floor stays where version 2 put it, 1.5 points under its figures.
        AssertFloors(ours, baselines, 20, 0.50, 0.38, 0.10);
    }

    [ReutersKeyphraseSampleFact]
    public void Reuters_sample_check_part_stays_above_the_floor_and_ahead_of_the_baselines()
    {
        var (ours, baselines) = ScoreReutersCheckPart("keyphrase-reuters");

        // Measured 39.79 and 33.52 with issues 22m-22o (docs/PERFORMANCE.md); 36.79 and 33.52 with the established-term factor (EstablishedPhrase 3, issue 22g; without it 34.44 and
        // 30.38), version 3 of the weights, the legal-form rule (issue 22e; without it 29.75 and 27.71) and the floor on
        // generic lone words (GenericIdf 2.75, issue 22f; without it 32.42 and 29.94); the best baselines here, TF-IDF
        // 26.79 at 10 and PositionRank 19.68 at 5. Thirty articles, gold in the owners' benchmark's style by a third
        // annotator: the floor is 1.5 points under the figures.
        AssertFloors(ours, baselines, 30, 0.3525, 0.3200, 0);
    }

    [ReutersKeyphraseSampleFact]
    public void Fourth_sample_check_part_stays_above_the_floor_and_ahead_of_the_baselines()
    {
        var (ours, baselines) = ScoreReutersCheckPart("keyphrase-reuters2");

        // Measured 38.71 and 39.07 with issue 22n's TopicWords 2 (37.60 and 37.53 with issue 22m before it); the best
        // baseline, TF-IDF, 22.11 at 10. Twenty articles by a fourth annotator: the floor is 1.5 points under the figures.
        AssertFloors(ours, baselines, 20, 0.3700, 0.3750, 0.05);
    }

    [ReutersKeyphraseSampleFact]
    public void Fifth_sample_check_part_stays_above_the_floor_and_ahead_of_the_baselines()
    {
        var (ours, baselines) = ScoreReutersCheckPart("keyphrase-reuters3");

        // Measured 35.38 and 33.74 with issue 22o's amount words; 34.85 and 33.74 with issue 22n's TopicWords 2, scored
        // once for its check (33.77 and 34.45 before it);
        // the best baselines, TF-IDF 25.79 at 10 and 22.80 at 5. Twenty articles by a fifth annotator: the floor is about 1.5
        // points under the figures.
        AssertFloors(ours, baselines, 20, 0.3375, 0.3225, 0.05);
    }

    [ReutersKeyphraseSampleFact]
    public void Sixth_sample_check_part_stays_above_the_floor_and_ahead_of_the_baselines()
    {
        var (ours, baselines) = ScoreReutersCheckPart("keyphrase-reuters4");

        // Measured 32.28 and 33.13 with issue 22o's amount words, scored once for its check (31.75 and 32.36 before it);
        // the best baselines, TF-IDF 24.85 at 10 and PositionRank 20.16 at 5. Twenty articles by a sixth annotator: the
        // floor is 1.5 points under the figures.
        AssertFloors(ours, baselines, 20, 0.3075, 0.3150, 0.05);
    }

    /// <summary>Ours and the baselines on the check part of tests/<paramref name="folder"/>, a Reuters 1987 sample.</summary>
    private static (List<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)> Ours, Dictionary<KeyphraseBaseline, List<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)>> Baselines) ScoreReutersCheckPart(string folder)
    {
        string sample = Path.Combine(RepoPaths.Root, "tests", folder);
        var gold = JsonSerializer.Deserialize<Dictionary<string, string[]>>(File.ReadAllText(Path.Combine(sample, "gold.json")))!;
        var splits = JsonSerializer.Deserialize<Dictionary<string, string[]>>(File.ReadAllText(Path.Combine(sample, "splits.json")))!;
        var texts = ReutersArticles(splits["check"]);
        Assert.Equal(splits["check"].Length, texts.Count);
        return Score(splits["check"].Select(id => (id, (string?)null, (string?)texts[id], gold[id])));
    }

    /// <summary>
    /// Our F1 over <paramref name="documents"/> documents is at least <paramref name="floor10"/> at 10 and
    /// <paramref name="floor5"/> at 5, and every baseline (but <paramref name="except"/>) is more than
    /// <paramref name="margin"/> behind it at both.
    /// </summary>
    private static void AssertFloors(
        List<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)> ours,
        Dictionary<KeyphraseBaseline, List<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)>> baselines,
        int documents, double floor10, double floor5, double margin, KeyphraseBaseline? except = null)
    {
        var at10 = KeyphraseEvaluator.Evaluate(ours, 10);
        var at5 = KeyphraseEvaluator.Evaluate(ours, 5);
        Assert.Equal(documents, at10.Documents);
        Assert.True(at10.F1 >= floor10, $"F1@10 {100 * at10.F1:0.00} fell below the floor {100 * floor10:0.00}");
        Assert.True(at5.F1 >= floor5, $"F1@5 {100 * at5.F1:0.00} fell below the floor {100 * floor5:0.00}");
        foreach (var (b, pairs) in baselines)
        {
            if (b == except)
            {
                continue;
            }

            double theirs10 = KeyphraseEvaluator.Evaluate(pairs, 10).F1;
            double theirs5 = KeyphraseEvaluator.Evaluate(pairs, 5).F1;
            Assert.True(at10.F1 > theirs10 + margin, $"{KeyphraseBaselines.NameOf(b)} F1@10 {100 * theirs10:0.00} is not {100 * margin:0} points behind ours {100 * at10.F1:0.00}");
            Assert.True(at5.F1 > theirs5 + margin, $"{KeyphraseBaselines.NameOf(b)} F1@5 {100 * theirs5:0.00} is not {100 * margin:0} points behind ours {100 * at5.F1:0.00}");
        }
    }

    /// <summary>
    /// The articles of tests/keyphrase-reuters as its draw_sample.py writes them: the story on line N (from 0) of
    /// reuters21578-1987.txt.gz for the id reuters/N.txt, its upper-case headline (the longest prefix ending in ". " with
    /// no lower-case letter) on the first line, a blank line, then the body without the sign-off "Reuter".
    /// </summary>
    private static Dictionary<string, string> ReutersArticles(IEnumerable<string> ids)
    {
        var wanted = ids.ToDictionary(id => int.Parse(id["reuters/".Length..^".txt".Length], System.Globalization.CultureInfo.InvariantCulture), id => id);
        var texts = new Dictionary<string, string>();
        using var reader = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(RepoPaths.SharedData, "unlabeled-news", "reuters21578-1987.txt.gz")), CompressionMode.Decompress));
        int number = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine(), number++)
        {
            if (wanted.TryGetValue(number, out string? id))
            {
                line = line.Trim();
                int titleEnd = -1;
                for (int i = line.IndexOf(". ", StringComparison.Ordinal); i >= 0 && !line.AsSpan(0, i).ContainsAnyInRange('a', 'z'); i = line.IndexOf(". ", i + 1, StringComparison.Ordinal))
                {
                    titleEnd = i;
                }

                string body = line[(titleEnd + 2)..].Trim();
                body = body.EndsWith(" Reuter", StringComparison.Ordinal) ? body[..^" Reuter".Length] : body;
                texts[id] = $"{line[..titleEnd]}\n\n{body}\n";
            }
        }

        return texts;
    }

    private static (List<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)> Ours, Dictionary<KeyphraseBaseline, List<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)>> Baselines) Score(
        IEnumerable<(string Id, string? Path, string? Text, string[] Gold)> documents)
    {
        var analyzer = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Entities | Stages.Keyphrases, MaxKeyphrases = 10 });
        var ours = new List<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)>();
        var baselines = Enum.GetValues<KeyphraseBaseline>().ToDictionary(b => b, _ => new List<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)>());
        foreach (var (id, path, text, gold) in documents)
        {
            var a = analyzer.Analyze(text ?? File.ReadAllText(path!), id);
            ours.Add((KeyphraseExtractor.Default.Extract(a.Structure, a.Sentences, a.EntityAnalysis, 10).Select(k => k.Text).ToArray(), gold));
            foreach (var (b, pairs) in baselines)
            {
                pairs.Add((KeyphraseBaselines.Extract(b, a.Structure, a.Sentences, 10), gold));
            }
        }

        return (ours, baselines);
    }
}

/// <summary>A fact that needs ../shared/data/keyphrases-dev and is skipped, with a clear message, where it is absent.</summary>
public sealed class KeyphraseDevFactAttribute : FactAttribute
{
    /// <summary>Skips the test when the development key phrases are absent.</summary>
    public KeyphraseDevFactAttribute()
    {
        if (!Directory.Exists(Path.Combine(RepoPaths.SharedData, "keyphrases-dev", "docs")))
        {
            Skip = "Needs ../shared/data/keyphrases-dev (500N-KPCrowd, see its SOURCES.md): absent here, so the key phrase floor is not checked.";
        }
    }
}

/// <summary>A fact that needs the BBC articles (../shared/data/bbc/articles) of tests/keyphrase-sample, skipped with a clear message where they are absent.</summary>
public sealed class BbcKeyphraseSampleFactAttribute : FactAttribute
{
    /// <summary>Skips the test when the BBC articles are absent.</summary>
    public BbcKeyphraseSampleFactAttribute()
    {
        if (!Directory.Exists(Path.Combine(RepoPaths.SharedData, "bbc", "articles", "business")))
        {
            Skip = "Needs ../shared/data/bbc/articles (the articles of tests/keyphrase-sample): absent here, so the key phrase floor on the BBC sample is not checked.";
        }
    }
}

/// <summary>A fact that needs reuters21578-1987.txt.gz (../shared/data/unlabeled-news), the source of tests/keyphrase-reuters, skipped with a clear message where it is absent.</summary>
public sealed class ReutersKeyphraseSampleFactAttribute : FactAttribute
{
    /// <summary>Skips the test when the Reuters file is absent.</summary>
    public ReutersKeyphraseSampleFactAttribute()
    {
        if (!File.Exists(Path.Combine(RepoPaths.SharedData, "unlabeled-news", "reuters21578-1987.txt.gz")))
        {
            Skip = "Needs ../shared/data/unlabeled-news/reuters21578-1987.txt.gz (the articles of tests/keyphrase-reuters, -reuters2, -reuters3 and -reuters4): absent here, so the key phrase floors on the Reuters samples are not checked.";
        }
    }
}
