using System.Text.Json;
using TextInsight.Summaries;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Summaries;

/// <summary>
/// The key phrases on the 50 test documents of ../shared/data/keyphrases-dev (500N-KPCrowd; the weights were chosen on
/// its train split): a floor under the figures in docs/PERFORMANCE.md, and the published baselines over the same
/// candidates stay behind at 5 and at 10.
/// </summary>
public class KeyphraseDevFloorTests
{
    private static string Dev => Path.Combine(RepoPaths.SharedData, "keyphrases-dev");

    [KeyphraseDevFact]
    public void Test_split_stays_above_the_floor_and_ahead_of_the_baselines()
    {
        var gold = JsonSerializer.Deserialize<Dictionary<string, string[]>>(File.ReadAllText(Path.Combine(Dev, "gold.json")))!;
        var splits = JsonSerializer.Deserialize<Dictionary<string, string[]>>(File.ReadAllText(Path.Combine(Dev, "splits.json")))!;
        var analyzer = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Entities | Stages.Keyphrases, MaxKeyphrases = 10 });
        var ours = new List<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)>();
        var baselines = Enum.GetValues<KeyphraseBaseline>().ToDictionary(b => b, _ => new List<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)>());
        foreach (string id in splits["test"])
        {
            var a = analyzer.Analyze(File.ReadAllText(Path.Combine(Dev, "docs", id + ".txt")), id);
            ours.Add((KeyphraseExtractor.Default.Extract(a.Structure, a.Sentences, a.EntityAnalysis, 10).Select(k => k.Text).ToArray(), gold[id]));
            foreach (var (b, pairs) in baselines)
            {
                pairs.Add((KeyphraseBaselines.Extract(b, a.Structure, a.Sentences, 10), gold[id]));
            }
        }

        var at10 = KeyphraseEvaluator.Evaluate(ours, 10);
        var at5 = KeyphraseEvaluator.Evaluate(ours, 5);

        // Measured 16.87 and 10.71 (docs/PERFORMANCE.md; 17.15 and 10.49 before issue 19's linker change, which keeps a
        // place apart from a longer name of another type it opens); the best baseline, FirstPhrases, 15.87 and 10.19.
        Assert.Equal(50, at10.Documents);
        Assert.True(at10.F1 >= 0.1675, $"F1@10 {100 * at10.F1:0.00} fell below the floor 16.75");
        Assert.True(at5.F1 >= 0.103, $"F1@5 {100 * at5.F1:0.00} fell below the floor 10.30");
        foreach (var (b, pairs) in baselines)
        {
            double theirs10 = KeyphraseEvaluator.Evaluate(pairs, 10).F1;
            double theirs5 = KeyphraseEvaluator.Evaluate(pairs, 5).F1;
            Assert.True(at10.F1 > theirs10, $"{KeyphraseBaselines.NameOf(b)} F1@10 {100 * theirs10:0.00} is not behind ours {100 * at10.F1:0.00}");
            Assert.True(at5.F1 > theirs5, $"{KeyphraseBaselines.NameOf(b)} F1@5 {100 * theirs5:0.00} is not behind ours {100 * at5.F1:0.00}");
        }
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
