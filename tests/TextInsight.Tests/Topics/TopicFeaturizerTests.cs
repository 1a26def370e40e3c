using TextInsight.Topics;

namespace TextInsight.Tests.Topics;

public sealed class TopicFeaturizerTests
{
    private static readonly TopicFeatureSettings Words = new(1, RemoveStopWords: false, Stem: false, IgnoreNames: false);

    [Fact]
    public void Case_is_ignored_and_every_digit_reads_as_zero()
    {
        Assert.Equal(Features("Profits rose in 2004", Words), Features("profits ROSE in 2021", Words));
    }

    [Fact]
    public void Words_of_one_character_and_punctuation_are_not_features()
    {
        Assert.Equal(Features("film", Words), Features("a film , !", Words));
    }

    [Fact]
    public void Word_pairs_add_one_feature_per_pair_of_consecutive_words()
    {
        var pairs = Words with { WordNgramLength = 2 };

        Assert.Equal(3 + 2, Features("mobile phone makers", pairs).Count);
        Assert.NotEqual(Features("phone mobile", pairs), Features("mobile phone", pairs));
    }

    [Fact]
    public void Stop_words_are_dropped_when_asked_and_pairs_form_across_them()
    {
        var settings = Words with { WordNgramLength = 2, RemoveStopWords = true };

        Assert.Equal(Features("shares of the bank", settings), Features("shares bank", settings));
    }

    [Theory]
    [InlineData("phones", "phone")]
    [InlineData("streaming", "stream")]
    [InlineData("streamed", "stream")]
    [InlineData("companies", "company")]
    [InlineData("business", "business")]
    [InlineData("bus", "bus")]
    [InlineData("sing", "sing")]
    public void The_stemmer_cuts_plural_and_verb_endings_only(string word, string stem)
    {
        Assert.Equal(stem, new string(TopicFeaturizer.Stem(word.ToCharArray())));
    }

    [Fact]
    public void Names_inside_a_sentence_are_ignored_when_asked_but_a_sentence_s_first_word_is_kept()
    {
        var settings = Words with { IgnoreNames = true };

        Assert.Equal(Features("The minister met voters.", settings), Features("The minister met Blair voters.", settings));
        Assert.Equal(Features("Voters met.", Words), Features("Voters met.", settings));
        Assert.Equal(Features("said. Voters", Words), Features("said. Voters", settings));
    }

    private static List<ulong> Features(string text, TopicFeatureSettings settings)
    {
        var sink = new Collect { Hashes = [] };
        TopicFeaturizer.Extract(text, settings, ref sink);
        return sink.Hashes;
    }

    private struct Collect : ITopicFeatureSink
    {
        public List<ulong> Hashes;

        public readonly void Add(ulong hash) => Hashes.Add(hash);
    }
}
