using TextInsight.Summaries;

namespace TextInsight.Tests.Summaries;

public class PorterStemmerTests
{
    // Pairs from Porter's paper and the vocabulary/output lists of his reference implementation.
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "ti")]
    [InlineData("caress", "caress")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("bled", "bled")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("tanned", "tan")]
    [InlineData("falling", "fall")]
    [InlineData("hissing", "hiss")]
    [InlineData("fizzed", "fizz")]
    [InlineData("failing", "fail")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("sky", "sky")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("rational", "ration")]
    [InlineData("digitizer", "digit")]
    [InlineData("hopefulness", "hope")]
    [InlineData("goodness", "good")]
    [InlineData("electrical", "electr")]
    [InlineData("adjustable", "adjust")]
    [InlineData("adjustment", "adjust")]
    [InlineData("effective", "effect")]
    [InlineData("communism", "commun")]
    [InlineData("generalizations", "gener")]
    [InlineData("oscillators", "oscil")]
    [InlineData("probate", "probat")]
    [InlineData("rate", "rate")]
    [InlineData("cease", "ceas")]
    [InlineData("controlling", "control")]
    [InlineData("rolling", "roll")]
    [InlineData("adoption", "adopt")]
    [InlineData("dependent", "depend")]
    [InlineData("allowance", "allow")]
    [InlineData("inference", "infer")]
    [InlineData("airliner", "airlin")]
    [InlineData("gyroscopic", "gyroscop")]
    [InlineData("triplicate", "triplic")]
    [InlineData("formative", "form")]
    [InlineData("vietnamization", "vietnam")]
    [InlineData("analogousli", "analog")]
    [InlineData("archaeology", "archaeolog")]
    [InlineData("saturday", "saturdai")]
    [InlineData("spills", "spill")]
    [InlineData("efforts", "effort")]
    [InlineData("as", "as")]
    public void Stems_as_the_reference_implementation(string word, string stem)
    {
        Assert.Equal(stem, PorterStemmer.Stem(word));
    }

    [Theory]
    [InlineData("open-source")]
    [InlineData("2011")]
    [InlineData("café")]
    public void Leaves_words_with_other_characters_alone(string word)
    {
        Assert.Equal(word, PorterStemmer.Stem(word));
    }
}
