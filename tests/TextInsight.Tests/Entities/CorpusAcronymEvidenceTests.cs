using TextInsight.Entities.Corpus;
using static TextInsight.Tests.Entities.CorpusRecords;

namespace TextInsight.Tests.Entities;

/// <summary>
/// The resolver's fifth round (issue 23): acronyms join names only where the letters are the name's initials and the
/// corpus does not already know another long form. Each test has the merge that must be refused and the one beside it
/// that must still happen.
/// </summary>
public class CorpusAcronymEvidenceTests
{
    [Fact]
    public void An_acronym_alias_does_not_join_an_entity_whose_long_form_shares_no_word_with_the_name()
    {
        // The document linker gives US to any name of the document whose initials spell it.
        var docs = Resolve(
            Doc("business", ("United States", "Location", ["US"])),
            Doc("business", ("Universal Studio", "Location", ["US"])),
            Doc("business", ("US", "Location", [])),
            Doc("politics", ("European Union", "Organization", ["EU"])),
            Doc("politics", ("Europe Union", "Organization", ["EU"])),
            Doc("politics", ("EU", "Organization", [])));

        Assert.Equal(Id(docs[0], "United States"), Id(docs[2], "US"));
        Assert.NotEqual(Id(docs[0], "United States"), Id(docs[1], "Universal Studio"));
        // A misspelt long form that shares a word's start with the known one (Europe, European) still joins.
        Assert.Equal(Id(docs[3], "European Union"), Id(docs[4], "Europe Union"));
        Assert.Equal(Id(docs[3], "European Union"), Id(docs[5], "EU"));
    }

    [Fact]
    public void An_acronym_alias_joins_an_acronym_entity_that_no_name_spells_out_yet()
    {
        var docs = Resolve(
            Doc("tech", ("CES", "Organization", [])),
            Doc("tech", ("Consumer Electronics Show", "Organization", ["CES"])));

        Assert.Equal(Id(docs[0], "CES"), Id(docs[1], "Consumer Electronics Show"));
    }

    [Fact]
    public void The_same_acronym_written_with_stops_joins_whatever_the_topic()
    {
        // U.K. is UK spelled another way, not initials to guess from: no topic is needed, only the same type.
        var docs = Resolve(
            Doc("business", ("UK", "Location", [])),
            Doc("sport", ("UK", "Location", [])),
            Doc("politics", ("U.K.", "Location", [])),
            Doc("tech", ("U.N.", "Organization", [])),
            Doc("politics", ("UN", "Location", [])));

        Assert.Equal(Id(docs[0], "UK"), Id(docs[2], "U.K."));
        Assert.NotEqual(Id(docs[3], "U.N."), Id(docs[4], "UN"));
    }

    [Fact]
    public void A_name_with_an_acronym_among_its_words_has_no_initials()
    {
        var docs = Resolve(
            Doc("business", ("BNP Paribas", "Organization", [])),
            Doc("business", ("BP", "Organization", [])),
            Doc("business", ("British Airways", "Organization", [])),
            Doc("business", ("BA", "Organization", [])),
            Doc("politics", ("US Senate", "Organization", [])),
            Doc("politics", ("US", "Organization", [])));

        Assert.NotEqual(Id(docs[0], "BNP Paribas"), Id(docs[1], "BP"));
        Assert.NotEqual(Id(docs[4], "US Senate"), Id(docs[5], "US"));
        Assert.Equal(Id(docs[2], "British Airways"), Id(docs[3], "BA"));
    }

    [Fact]
    public void Two_letter_initials_that_skip_a_link_word_join_no_acronym()
    {
        var docs = Resolve(
            Doc("tech", ("CD", "Organization", [])),
            Doc("tech", ("CD", "Organization", [])),
            Doc("tech", ("Call of Duty", "Organization", [])),
            Doc("tech", ("PS", "Organization", [])),
            Doc("tech", ("PS", "Organization", [])),
            Doc("tech", ("PlayStation Store", "Organization", [])),
            Doc("politics", ("RSPB", "Organization", [])),
            Doc("politics", ("Royal Society for the Protection of Birds", "Organization", [])));

        Assert.NotEqual(Id(docs[0], "CD"), Id(docs[2], "Call of Duty"));
        Assert.Equal(Id(docs[3], "PS"), Id(docs[5], "PlayStation Store"));
        // Longer initials without the link words are still its initials.
        Assert.Equal(Id(docs[6], "RSPB"), Id(docs[7], "Royal Society for the Protection of Birds"));
    }

    [Fact]
    public void A_two_letter_acronym_finds_a_name_by_its_initials_on_that_name_s_topic_only()
    {
        var elsewhere = Resolve(
            Doc("business", ("Pernod Ricard", "Organization", [])),
            Doc("business", ("Pernod Ricard", "Organization", [])),
            Doc("entertainment", ("PR", "Organization", [])));
        var there = Resolve(
            Doc("business", ("Pernod Ricard", "Organization", [])),
            Doc("business", ("Pernod Ricard", "Organization", [])),
            Doc("business", ("PR", "Organization", [])));

        Assert.NotEqual(Id(elsewhere[0], "Pernod Ricard"), Id(elsewhere[2], "PR"));
        Assert.Equal(Id(there[0], "Pernod Ricard"), Id(there[2], "PR"));
    }

    [Theory]
    [InlineData("European Union", "Europe Union", true)]
    [InlineData("United States", "United States of America", true)]
    [InlineData("United States", "Universal Studio", false)]
    [InlineData("European Union", "EU-US", false)]
    [InlineData("Business Software Alliance", "Building Society Association", false)]
    [InlineData("Trade Union", "trade-union Congress", true)]
    [InlineData("Bank of England", "of the", false)]
    public void Names_share_a_word_of_three_letters_or_one_starting_another_of_five(string a, string b, bool shares)
    {
        Assert.Equal(shares, CorpusNames.SharesWord(a, b));
        Assert.Equal(shares, CorpusNames.SharesWord(b, a));
    }

    [Theory]
    [InlineData("BNP Paribas")]
    [InlineData("US Senate")]
    [InlineData("HD-DVD")]
    public void A_name_with_an_acronym_word_has_no_initials(string name) => Assert.Null(CorpusNames.Initials(name));

    [Theory]
    [InlineData("Call of Duty", "cod", "cod")]
    [InlineData("Ministry of Defence", "mod", "mod")]
    [InlineData("European Union", "eu", "eu")]
    public void Two_letter_initials_are_kept_only_when_no_link_word_is_skipped(string name, string all, string content)
    {
        var initials = CorpusNames.Initials(name);
        Assert.NotNull(initials);
        Assert.Equal(all, initials.Value.All);
        Assert.Equal(content, initials.Value.Content);
    }
}
