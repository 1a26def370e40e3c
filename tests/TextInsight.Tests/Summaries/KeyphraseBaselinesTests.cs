using TextInsight.Structure;
using TextInsight.Summaries;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Summaries;

public class KeyphraseBaselinesTests
{
    // Word indices as the extractor numbers them (title first); "oil spill" is written twice.
    private static readonly KeyphraseExtractor.NounPhrase[] Phrases =
    [
        new("Oil spill", ["oil", "spill"], [0, 1], Zone.Title),
        new("Exxon Valdez", ["exxon", "valdez"], [3, 4], Zone.Body),
        new("oil", ["oil"], [10], Zone.Body),
        new("cleanup", ["cleanup"], [12], Zone.Body),
        new("oil spill", ["oil", "spill"], [13, 14], Zone.Body),
        new("Prince William Sound fishing", ["prince", "william", "sound", "fish"], [20, 21, 22, 23], Zone.Body),
    ];

    // 100 background documents: idf = ln(101 / (df + 1)).
    private static readonly KeyphraseModel Background = new(
        100,
        new Dictionary<string, int> { ["oil"] = 50, ["spill"] = 5, ["exxon"] = 1, ["valdez"] = 1, ["cleanup"] = 20, ["prince"] = 30, ["william"] = 30, ["sound"] = 40, ["fish"] = 40 },
        [],
        [],
        []);

    [Fact]
    public void First_phrases_keeps_the_order_of_first_occurrence_and_writes_each_as_first_seen()
    {
        var ranked = KeyphraseBaselines.Rank(KeyphraseBaseline.FirstPhrases, Phrases, Background, 10);

        Assert.Equal(["Oil spill", "Exxon Valdez", "oil", "cleanup", "Prince William Sound fishing"], ranked);
    }

    [Fact]
    public void Tf_idf_multiplies_the_count_by_the_sum_of_the_words_idf()
    {
        // Exxon Valdez 1 x 2 ln(101/2) = 7.84; oil spill 2 x (ln(101/51) + ln(101/6)) = 7.01;
        // Prince William Sound fishing ln(101/31) x 2 + ln(101/41) x 2 = 4.17; cleanup ln(101/21) = 1.57; oil 0.68.
        var ranked = KeyphraseBaselines.Rank(KeyphraseBaseline.TfIdf, Phrases, Background, 10);

        Assert.Equal(["Exxon Valdez", "Oil spill", "Prince William Sound fishing", "cleanup", "oil"], ranked);
    }

    [Fact]
    public void Text_rank_links_only_neighbours_and_sums_the_words_ranks()
    {
        // Edges: oil-spill, exxon-valdez, cleanup-oil (12 and 13), and the chain prince-william-sound-fish. The four-word
        // phrase sums four ranks and comes first; oil, with two neighbours, outranks cleanup.
        var ranked = KeyphraseBaselines.Rank(KeyphraseBaseline.TextRank, Phrases, Background, 3);

        Assert.Equal(["Prince William Sound fishing", "Oil spill", "Exxon Valdez"], ranked);
    }

    [Fact]
    public void Position_rank_leaves_out_phrases_of_more_than_three_words_and_favours_early_words()
    {
        var ranked = KeyphraseBaselines.Rank(KeyphraseBaseline.PositionRank, Phrases, Background, 10);

        Assert.DoesNotContain("Prince William Sound fishing", ranked);
        Assert.Equal("Oil spill", ranked[0]);
        Assert.Equal(4, ranked.Count);
    }

    [Fact]
    public void The_extractor_gives_its_noun_phrases_in_reading_order_with_word_indices()
    {
        var structure = SeedStructure.Build();
        var phrases = KeyphraseExtractor.NounPhrases(structure, SeedStructure.BodySentences(structure));

        Assert.NotEmpty(phrases);
        Assert.Contains(phrases, p => p.Surface.Contains("open source", StringComparison.OrdinalIgnoreCase) && p.Words.Contains("open"));
        for (int i = 0; i < phrases.Count; i++)
        {
            Assert.Equal(phrases[i].Words.Length, phrases[i].WordIndices.Length);
            Assert.True(i == 0 || phrases[i].WordIndices[0] > phrases[i - 1].WordIndices[^1]);
        }
    }
}
