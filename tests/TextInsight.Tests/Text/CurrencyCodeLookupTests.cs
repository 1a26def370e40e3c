using TextInsight.Text;

namespace TextInsight.Tests.Text;

/// <summary>
/// <see cref="Abbreviations.IsCurrencyCode"/> reads a bit table built from the list of codes: it must answer exactly as
/// membership in that list, for every three-letter word (capitals, lower case, mixed, and characters just outside A–Z).
/// </summary>
public sealed class CurrencyCodeLookupTests
{
    [Fact]
    public void Every_three_character_word_is_a_code_exactly_when_the_list_holds_it()
    {
        var codes = new HashSet<string>(Abbreviations.KnownCurrencyCodes, StringComparer.Ordinal);
        Assert.NotEmpty(codes);

        // A–Z, a–z and the neighbours of both ranges ('@', '[', '`', '{'), and a capital outside ASCII.
        var alphabet = new List<char> { '@', '[', '`', '{', 'Ä', '0' };
        for (char c = 'A'; c <= 'Z'; c++)
        {
            alphabet.Add(c);
            alphabet.Add(char.ToLowerInvariant(c));
        }

        Span<char> word = stackalloc char[3];
        int found = 0;
        foreach (char a in alphabet)
        {
            foreach (char b in alphabet)
            {
                foreach (char c in alphabet)
                {
                    word[0] = a;
                    word[1] = b;
                    word[2] = c;
                    bool expected = codes.Contains(new string(word));
                    Assert.True(expected == Abbreviations.IsCurrencyCode(word), new string(word));
                    found += expected ? 1 : 0;
                }
            }
        }

        Assert.Equal(codes.Count, found);
    }

    [Theory]
    [InlineData("")]
    [InlineData("US")]
    [InlineData("USDX")]
    public void Words_of_other_lengths_are_no_codes(string word) => Assert.False(Abbreviations.IsCurrencyCode(word));
}
