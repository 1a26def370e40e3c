using CsCheck;
using TextInsight.Entities;

namespace TextInsight.Tests.Entities;

public class NameFormsTests
{
    private static readonly Gen<string> Names = Gen.Char[" \t\n-‐‑–’'`AbcThe.&é"].Array[0, 40].Select(chars => new string(chars));

    [Fact]
    public void WordCount_is_the_number_of_Words()
    {
        Names.Sample(name => NameForms.WordCount(name) == NameForms.Words(name).Length);
    }

    [Theory]
    [InlineData("The  Apache\tSoftware Foundation", "apache software foundation")]
    [InlineData("Anthropic’s", "anthropic's")]
    [InlineData("  Rolls‐Royce ", "rolls-royce")]
    [InlineData("the", "the")]
    [InlineData("", "")]
    public void Key_normalizes_case_quotes_dashes_spaces_and_a_leading_the(string name, string key)
    {
        Assert.Equal(key, NameForms.Key(name));
    }

    [Fact]
    public void Key_of_a_long_name_is_made_as_of_a_short_one()
    {
        string name = "The " + string.Join(' ', Enumerable.Repeat("Very   Long", 100));
        Assert.Equal(string.Join(' ', Enumerable.Repeat("very long", 100)), NameForms.Key(name));
    }
}
