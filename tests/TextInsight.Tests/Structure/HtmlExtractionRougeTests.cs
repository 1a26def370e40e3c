using TextInsight.Structure.Html;

namespace TextInsight.Tests.Structure;

/// <summary>The Web Content Extraction Benchmark's ROUGE-LSum F1 on texts small enough to score by hand.</summary>
public class HtmlExtractionRougeTests
{
    [Theory]
    [InlineData("The cat sat. The dog ran.", "The cat sat. The dog ran.", 1.0)]
    [InlineData("", "", 1.0)]
    [InlineData("  \n ", "", 1.0)]
    [InlineData("", "Anything at all.", 0.0)]
    [InlineData("The cat sat.", "", 0.0)]
    [InlineData("Hello world.", "hello world", 0.0)]
    public void Scores_the_edge_cases(string truth, string predicted, double expected) =>
        Assert.Equal(expected, ExtractionRouge.F1(truth, predicted), 6);

    [Fact]
    public void Counts_a_token_at_most_as_often_as_both_texts_hold_it()
    {
        // Truth sentence 1 matches all of "The cat sat."; sentence 2's LCS is "The", whose only output copy is used up:
        // 3 hits of 3 output and 6 truth tokens, P = 1, R = 0.5.
        Assert.Equal(2.0 / 3, ExtractionRouge.F1("The cat sat. The dog ran.", "The cat sat."), 6);
    }

    [Fact]
    public void Takes_the_union_of_the_matches_with_every_output_sentence()
    {
        // One truth sentence against [w1 w3?] and [w2 w4]: LCS w1, then w2 w4; the union is 3 of 4 tokens each side.
        Assert.Equal(0.75, ExtractionRouge.F1("w1 w2 w3 w4", "w1 w3? w2 w4"), 6);
    }

    [Fact]
    public void Cuts_sentences_after_end_punctuation_followed_by_space_only()
    {
        var sentences = ExtractionRouge.SplitSentences("It rose 3.5 percent. Why? Because!\nThe end.");

        Assert.Equal(
            ["It rose 3.5 percent.", "Why?", "Because!", "The end."],
            sentences.ConvertAll(s => string.Join(' ', s)));
    }
}
