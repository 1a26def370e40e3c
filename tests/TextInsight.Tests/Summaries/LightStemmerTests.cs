using TextInsight.Summaries;

namespace TextInsight.Tests.Summaries;

public class LightStemmerTests
{
    [Theory]
    [InlineData("donations", "donation")]
    [InlineData("companies", "company")]
    [InlineData("classes", "class")]
    [InlineData("boxes", "box")]
    [InlineData("invested", "invest")]
    [InlineData("investing", "invest")]
    [InlineData("stopped", "stop")]
    [InlineData("installed", "install")]
    [InlineData("increase", "increas")]
    [InlineData("increased", "increas")]
    [InlineData("increasing", "increas")]
    [InlineData("anthropic’s", "anthropic")]
    [InlineData("status", "status")]
    [InlineData("analysis", "analysis")]
    [InlineData("bus", "bus")]
    [InlineData("ring", "ring")]
    public void Stems(string word, string expected)
    {
        var buffer = word.ToCharArray();
        int n = LightStemmer.Stem(buffer);
        Assert.Equal(expected, new string(buffer, 0, n));
    }
}
