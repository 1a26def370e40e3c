using TextInsight.Structure.Html;

namespace TextInsight.Tests.Structure;

public class HtmlShingleMatcherTests
{
    [Theory]
    [InlineData("Copper climbs, again: to $9,412 a tonne!", new[] { "Copper", "climbs", "again", "to", "9", "412", "a", "tonne" })]
    [InlineData("snake_case and naïve café", new[] { "snake_case", "and", "naïve", "café" })]
    [InlineData("", new string[0])]
    public void Words_are_runs_of_letters_digits_and_underscores(string text, string[] expected)
    {
        Assert.Equal(expected, ShingleMatcher.Words(text));
    }

    [Fact]
    public void Identical_texts_score_one()
    {
        var c = ShingleMatcher.Match("one two three four five", "one two three four five");
        Assert.Equal((1.0, 1.0), (c.Precision, c.Recall));
    }

    [Fact]
    public void Counts_are_normalized_per_page()
    {
        // Truth shingles: [a b c d], [b c d e]; predicted: [a b c d], [b c d x] → tp 1, fp 1, fn 1.
        var c = ShingleMatcher.Match("a b c d e", "a b c d x");
        Assert.Equal(new ShingleCounts(1.0 / 3, 1.0 / 3, 1.0 / 3), c);
    }

    [Fact]
    public void Case_is_kept()
    {
        var c = ShingleMatcher.Match("The Bridge Is Open", "the bridge is open");
        Assert.Equal((0.0, 0.0), (c.Precision, c.Recall));
    }

    [Fact]
    public void A_text_of_fewer_than_four_words_is_one_shingle()
    {
        var c = ShingleMatcher.Match("Bridge reopens", "Bridge reopens");
        Assert.Equal(new ShingleCounts(1, 0, 0), c);
    }

    [Fact]
    public void Empty_prediction_counts_for_recall_only()
    {
        var pages = new[] { ShingleMatcher.Match("a b c d", ""), ShingleMatcher.Match("a b c d", "a b c d") };
        var (precision, recall, f1) = ShingleMatcher.Aggregate(pages);
        Assert.Equal((1.0, 0.5), (precision, recall));
        Assert.Equal(2 * 0.5 / 1.5, f1, 12);
    }
}
