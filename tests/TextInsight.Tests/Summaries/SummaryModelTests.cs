using TextInsight.Summaries;

namespace TextInsight.Tests.Summaries;

public class SummaryModelTests
{
    [Fact]
    public void Built_in_model_holds_the_trained_trees_and_length_exponent()
    {
        var model = SummaryModel.Default;

        Assert.Equal(100, model.TreeCount);
        Assert.Equal(0.5, model.LengthExponent);
        Assert.Equal(SentenceFeatures.Count, model.Weights.Count);
    }

    [Fact]
    public void Built_in_model_saved_again_gives_the_embedded_bytes()
    {
        using var embedded = typeof(SummaryModel).Assembly.GetManifestResourceStream("TextInsight.Models." + SummaryModel.DefaultModelName)!;
        using var expected = new MemoryStream();
        embedded.CopyTo(expected);
        using var saved = new MemoryStream();

        SummaryModel.Default.Save(saved);

        Assert.Equal(expected.ToArray(), saved.ToArray());
    }

    [Fact]
    public void Seed_article_is_ranked_by_the_model_with_the_donation_sentence_first()
    {
        var structure = SeedStructure.Build();
        var document = SummaryDocument.Build(structure, SeedStructure.BodySentences(structure), TextInsight.Entities.EntityAnalysis.Empty);

        var scores = SummaryModel.Default.Score(document, Summarizer.Score(document, SummarizerWeights.Default));

        Assert.NotNull(scores);
        int best = Array.IndexOf(scores, scores.Max());
        Assert.Equal(SeedStructure.DonationSentence, document.Sentences[best].GetText(structure.Text));
    }

    [Fact]
    public void Stream_that_is_not_a_summary_model_is_rejected()
    {
        using var stream = new MemoryStream([0x54, 0x4E, 0x45, 0x52, 1, 0, 0, 0]);

        var ex = Assert.Throws<InvalidDataException>(() => SummaryModel.Load(stream));
        Assert.Equal("Not a TextInsight summary model.", ex.Message);
    }

    [Fact]
    public void Truncated_model_is_rejected()
    {
        using var full = new MemoryStream();
        SummaryModel.Default.Save(full);
        using var truncated = new MemoryStream(full.ToArray()[..100]);

        Assert.Throws<InvalidDataException>(() => SummaryModel.Load(truncated));
    }

    [Fact]
    public void Sentences_found_in_a_glued_reference_are_the_positive_labels()
    {
        const string article = "Rates rise\n\nThe bank raised rates to 4.5% on Thursday. Shares fell sharply.\n\nAnalysts had expected the move. Traders said little.";
        const string reference = "Analysts had expected the move.The bank raised rates to 4.5% on Thursday.";
        var item = new SummaryEvaluator().Prepare("test", article, reference);

        var labels = SummaryModelTrainer.Labels(item);

        Assert.Equal([true, false, true, false], labels);
    }
}
