using TextInsight.Text;

namespace TextInsight.Tests.Text;

/// <summary>
/// <see cref="Abbreviations.Lookup"/> turns a word away by its length and first character before hashing it: the filter
/// must never turn away a known abbreviation, and every other word stays unknown.
/// </summary>
public sealed class AbbreviationLookupTests
{
    [Fact]
    public void Every_known_abbreviation_is_found()
    {
        Assert.NotEmpty(Abbreviations.KnownAbbreviations);
        foreach (string w in Abbreviations.KnownAbbreviations)
        {
            Assert.True(Abbreviations.Lookup(w) != AbbreviationKind.None, w);
        }
    }

    [Fact]
    public void Other_words_are_unknown_whatever_their_first_character()
    {
        var known = new HashSet<string>(Abbreviations.KnownAbbreviations, StringComparer.Ordinal);
        var firsts = new List<char> { '@', '[', '`', '{', '0', '9', 'É', 'é', '\u0000', '\uFFFF' };
        for (char c = 'A'; c <= 'Z'; c++)
        {
            firsts.Add(c);
            firsts.Add(char.ToLowerInvariant(c));
        }

        // Each known abbreviation with its first character replaced, at every length 1–8, and a few plain words.
        var words = new List<string> { "", "year", "said", "months", "Street", "approxi", "Messrss", "Mr", "Dr", "St" };
        foreach (string w in Abbreviations.KnownAbbreviations)
        {
            foreach (char f in firsts)
            {
                words.Add(f + w[1..]);
                words.Add(f + w);
            }
        }

        foreach (string w in words)
        {
            Assert.True(known.Contains(w) == (Abbreviations.Lookup(w) != AbbreviationKind.None), w);
        }
    }
}
