using TextInsight.Entities.Corpus;
using TextInsight.Serialization;
using static TextInsight.Tests.Entities.CorpusRecords;

namespace TextInsight.Tests.Entities;

/// <summary>
/// The resolver's fourth round (issue 23): merges on thin evidence are refused. Each test has the merge that must be
/// refused and the one beside it that must still happen.
/// </summary>
public class CorpusEntityEvidenceTests
{
    [Fact]
    public void A_bare_first_name_does_not_join_a_full_name_that_has_it_as_a_form()
    {
        // The singer's surname seen alone first: his full name takes over that entity, and with it the form David.
        var docs = Resolve(
            Doc("entertainment", ("David", "Person", []), ("Brit Awards", "Misc", [])),
            Doc("entertainment", ("Craig David", "Person", []), ("Brit Awards", "Misc", [])),
            Doc("politics", ("David Blunkett", "Person", [])),
            Doc("sport", ("David Beckham", "Person", [])),
            Doc("sport", ("David", "Person", [])),
            Doc("sport", ("Gavin Henson", "Person", []), ("Wales", "Organization", [])),
            Doc("sport", ("Henson", "Person", []), ("Wales", "Organization", [])));

        Assert.Equal(Id(docs[0], "David"), Id(docs[1], "Craig David"));
        Assert.NotEqual(Id(docs[1], "Craig David"), Id(docs[4], "David"));
        Assert.Equal(Id(docs[5], "Gavin Henson"), Id(docs[6], "Henson"));
    }

    [Fact]
    public void A_bare_first_name_does_not_join_an_entity_one_document_named()
    {
        var docs = Resolve(
            Doc("entertainment", ("Guy Ritchie", "Person", [])),
            Doc("business", ("Guy Hands", "Person", [])),
            Doc("entertainment", ("Guy", "Location", [])),
            Doc("entertainment", ("Guy", "Person", [])),
            Doc("entertainment", ("Oscars", "Misc", [])),
            Doc("entertainment", ("Oscar", "Misc", [])),
            Doc("entertainment", ("Oscar Wilde", "Person", [])),
            Doc("entertainment", ("Oscar De La Hoya", "Person", [])),
            Doc("entertainment", ("Oscar", "Person", [])));

        Assert.NotEqual(Id(docs[2], "Guy"), Id(docs[3], "Guy"));
        // A first name that is also an established entity's name (the award, two documents) still joins it.
        Assert.Equal(Id(docs[4], "Oscars"), Id(docs[8], "Oscar"));
    }

    [Fact]
    public void A_name_does_not_join_an_acronym_another_name_already_spells_out()
    {
        var docs = Resolve(
            Doc("politics", ("Age Concern", "Organization", [])),
            Doc("politics", ("AC", "Organization", [])),
            Doc("politics", ("AC", "Organization", [])),
            Doc("politics", ("Archbishop of Canterbury", "Organization", [])));

        Assert.Equal(Id(docs[0], "Age Concern"), Id(docs[1], "AC"));
        Assert.NotEqual(Id(docs[1], "AC"), Id(docs[3], "Archbishop of Canterbury"));
    }

    [Fact]
    public void A_name_joins_a_two_letter_acronym_on_its_topic_only_and_a_longer_one_anywhere()
    {
        var docs = Resolve(
            Doc("tech", ("PC", "Organization", [])),
            Doc("tech", ("PC", "Organization", [])),
            Doc("business", ("Paris Club", "Organization", [])),
            Doc("business", ("EU", "Organization", [])),
            Doc("business", ("European Union", "Organization", [])),
            Doc("tech", ("MPAA", "Organization", [])),
            Doc("business", ("Motion Picture Association of America", "Organization", [])));

        Assert.NotEqual(Id(docs[0], "PC"), Id(docs[2], "Paris Club"));
        Assert.Equal(Id(docs[3], "EU"), Id(docs[4], "European Union"));
        Assert.Equal(Id(docs[5], "MPAA"), Id(docs[6], "Motion Picture Association of America"));
    }

    [Fact]
    public void A_party_nickname_joins_the_formal_name_of_its_party_but_no_other()
    {
        var docs = Resolve(
            Doc("politics", ("Conservatives", "Organization", [])),
            Doc("politics", ("Tories", "Location", [])),
            Doc("politics", ("Tory", "Person", [])),
            Doc("politics", ("Labour", "Organization", [])),
            Doc("politics", ("Conservative Party", "Organization", [])));

        int party = Id(docs[0], "Conservatives");
        Assert.Equal(party, Id(docs[1], "Tories"));
        Assert.Equal(party, Id(docs[2], "Tory"));
        Assert.Equal(party, Id(docs[4], "Conservative Party"));
        Assert.NotEqual(party, Id(docs[3], "Labour"));
    }
}
