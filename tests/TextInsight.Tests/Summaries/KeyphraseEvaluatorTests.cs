using TextInsight.Summaries;

namespace TextInsight.Tests.Summaries;

public class KeyphraseEvaluatorTests
{
    private static readonly (IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)[] Fixture =
    [
        // Matches "Exxon Valdez" and "oil spill"; "oil spill" repeats "oil spills" after stemming and is dropped.
        (["Exxon Valdez", "oil spills", "the Exxon Valdez's", "cleanup", "Saturday", "oil spill"],
         ["Exxon Valdez", "oil spill", "cleanup efforts", "Prince William Sound"]),
        (["Apache Software Foundation", "open-source"], ["open-source", "ASF"]),
        ([], ["nothing predicted"]),
        (["no gold"], []),
    ];

    [Theory]
    [InlineData("Exxon Valdez's", "exxon valdez 's")]
    [InlineData("“Oil spills,”", "oil spill")]
    [InlineData("  Cleanup   Efforts ", "cleanup effort")]
    [InlineData("open-source", "open-source")]
    [InlineData("—", "")]
    public void Normalizes_by_the_protocol(string phrase, string expected)
    {
        Assert.Equal(expected, KeyphraseEvaluator.Normalize(phrase));
    }

    [Theory]
    [InlineData(1, 1.0 / 3, 1.0 / 12, 0.4 / 3)]
    [InlineData(5, 0.3, 1.0 / 3, (0.8 / 1.8 + 0.5) / 3)]
    [InlineData(10, 0.3, 1.0 / 3, (0.8 / 1.8 + 0.5) / 3)]
    public void Macro_averages_exact_stemmed_matches(int k, double precision, double recall, double f1)
    {
        var scores = KeyphraseEvaluator.Evaluate(Fixture, k);

        Assert.Equal(3, scores.Documents);
        Assert.Equal(precision, scores.Precision, 12);
        Assert.Equal(recall, scores.Recall, 12);
        Assert.Equal(f1, scores.F1, 12);
    }

    [Fact]
    public void Precision_counts_only_the_phrases_given_when_fewer_than_k()
    {
        var score = KeyphraseEvaluator.ScoreDocument(["Oil spill"], ["oil spills", "tanker"], 10);

        Assert.Equal((1.0, 0.5, 2.0 / 3), score);
    }
}
