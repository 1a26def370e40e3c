using TextInsight.Entities;
using TextInsight.Entities.Ner;

namespace TextInsight.Tests.Entities;

public class NerTruecasingTests
{
    [Theory]
    [InlineData("Powers", "powers")]
    [InlineData("Push", "push")]
    [InlineData("Scale", "scale")]
    [InlineData("Global", "global")]
    [InlineData("Infrastructure", "infrastructure")]
    [InlineData("Donated", "donated")]
    [InlineData("Driver", "driver")]
    [InlineData("Community", "community")]
    [InlineData("Rafay", "Rafay")]
    [InlineData("Ryan", "Ryan")]
    [InlineData("Hallisey", "Hallisey")]
    [InlineData("NVIDIA", "NVIDIA")]
    [InlineData("GPU", "GPU")]
    [InlineData("KubeVirt", "KubeVirt")]
    [InlineData("TFiR", "TFiR")]
    [InlineData("London", "London")]
    public void The_built_in_lexicon_lowers_only_words_mostly_written_in_lower_case(string word, string expected)
    {
        var lexicon = NamedEntityTagger.Default.Model.CaseLexicon;
        Assert.NotNull(lexicon);
        Span<char> buffer = stackalloc char[64];

        int n = lexicon.TrueCase(word, buffer);

        Assert.Equal(expected, n > 0 ? buffer[..n].ToString() : word);
    }

    [Fact]
    public void Build_counts_only_positions_where_case_is_informative()
    {
        // "Shares" is capitalized only first in a sentence and in a headline in capitals: both say nothing about it.
        // "Group" is capitalized more often than not inside sentences, "market" is written in lower case.
        IobSentence[] sentences =
        [
            Sentence("Shares of the Group rose ."),
            Sentence("The Group said shares fell in the market ."),
            Sentence("SHARES IN GROUP FALL ON MARKET NEWS"),
            Sentence("A group of Market analysts watched the market ."),
        ];

        var lexicon = NerCaseLexicon.Build([new IobDocument(sentences)]);

        Assert.Equal([true, false, true], new[] { "Shares", "Group", "Market" }.Select(w => Lowers(lexicon, w)));
    }

    [Fact]
    public void Build_reads_unlabelled_text_skipping_the_title_line_and_sentence_starts()
    {
        // The title line is in title case and "Analysts" opens a sentence: neither says how the word is written.
        const string text = "Dairy Analysts Warn Market\n\nAnalysts said the dairy market rose. The Group said shares fell in the market.\n";

        var lexicon = NerCaseLexicon.Build([], [text]);

        Assert.Equal([true, true, false, false], new[] { "Market", "Dairy", "Group", "Analysts" }.Select(w => Lowers(lexicon, w)));
    }

    private static bool Lowers(NerCaseLexicon lexicon, string word) => lexicon.TrueCase(word, new char[64]) > 0;

    private static IobSentence Sentence(string text) => new(text.Split(' '), [], 1);
}
