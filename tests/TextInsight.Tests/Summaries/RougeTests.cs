using TextInsight.Summaries;

namespace TextInsight.Tests.Summaries;

public class RougeTests
{
    private static readonly Rouge Scorer = new();

    [Fact]
    public void Rouge1_counts_clipped_unigrams()
    {
        Assert.Equal(5.0 / 6, Rouge.NGramF1(Scorer.Tokenize("The cat sat on the mat."), Scorer.Tokenize("the cat is on the mat"), 1), 12);
    }

    [Fact]
    public void Rouge2_counts_bigrams()
    {
        Assert.Equal(3.0 / 5, Rouge.NGramF1(Scorer.Tokenize("The cat sat on the mat."), Scorer.Tokenize("the cat is on the mat"), 2), 12);
    }

    [Fact]
    public void RougeL_is_the_longest_common_subsequence()
    {
        Assert.Equal(5.0 / 6, Rouge.LcsF1(Scorer.Tokenize("the cat sat on the mat"), Scorer.Tokenize("the cat is on the mat")), 12);
    }

    [Fact]
    public void RougeLsum_unions_the_lcs_of_each_reference_sentence()
    {
        int[][] candidate = [Scorer.Tokenize("a c"), Scorer.Tokenize("d x e")];
        int[][] reference = [Scorer.Tokenize("a b c"), Scorer.Tokenize("d e")];

        Assert.Equal(0.8, Rouge.LcsSumF1(candidate, reference), 12);
    }

    [Fact]
    public void Glued_reference_scores_as_if_spaced()
    {
        var candidate = Scorer.Tokenize("Sales rose to $10.9bn. For the full-year, profit fell.");
        var glued = Scorer.Tokenize("Sales rose to $10.9bn.For the full-year, profit fell.");

        Assert.Equal(1.0, Rouge.NGramF1(candidate, glued, 2), 12);
    }

    [Fact]
    public void Reference_splits_at_article_sentences_and_glued_sentence_ends()
    {
        string[] article = ["Sales rose to $10.9bn.", "For the full-year, profit fell."];

        var parts = Rouge.SplitReference("Sales rose to $10.9bn.For the full-year, profit fell.Shares slid.", article);

        Assert.Equal(["Sales rose to $10.9bn.", "For the full-year, profit fell.", "Shares slid."], parts);
    }
}
