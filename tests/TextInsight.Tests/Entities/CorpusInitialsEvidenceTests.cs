using TextInsight.Entities;
using TextInsight.Entities.Corpus;
using TextInsight.Serialization;
using static TextInsight.Tests.Entities.CorpusRecords;

namespace TextInsight.Tests.Entities;

/// <summary>
/// The resolver's seventh round (issue 23): a name joins an acronym by its initials alone (no document wrote the two
/// together) only where nothing in the corpus speaks against it, and a firm's venture typed a person is an
/// organization. Each test has the merge that must be refused and the one beside it that must still happen.
/// </summary>
public class CorpusInitialsEvidenceTests
{
    [Fact]
    public void A_name_does_not_join_an_acronym_whose_letters_another_corpus_name_spells_too()
    {
        // Road Commission and Rail Council are both an RC the acronym's documents never spelled out: the initials
        // cannot say which, or whether either.
        var ambiguous = Resolve(
            Doc("politics", ("RC", "Organization", [])),
            Doc("politics", ("Rail Council", "Location", [])),
            Doc("politics", ("Road Commission", "Organization", [])));
        var alone = Resolve(
            Doc("politics", ("RC", "Organization", [])),
            Doc("politics", ("Road Commission", "Organization", [])));

        Assert.NotEqual(Id(ambiguous[0], "RC"), Id(ambiguous[2], "Road Commission"));
        Assert.Equal(Id(alone[0], "RC"), Id(alone[1], "Road Commission"));
    }

    [Fact]
    public void A_name_does_not_join_by_initials_an_acronym_the_corpus_wrote_alone_in_three_documents()
    {
        var common = Resolve(
            Doc("tech", ("QBC", "Organization", [])),
            Doc("entertainment", ("QBC", "Organization", [])),
            Doc("tech", ("QBC", "Organization", [])),
            Doc("tech", ("Quarry Broadcasting Corporation", "Organization", [])));
        var rare = Resolve(
            Doc("tech", ("QBC", "Organization", [])),
            Doc("tech", ("QBC", "Organization", [])),
            Doc("tech", ("Quarry Broadcasting Corporation", "Organization", [])));

        Assert.NotEqual(Id(common[0], "QBC"), Id(common[3], "Quarry Broadcasting Corporation"));
        Assert.Equal(Id(rare[0], "QBC"), Id(rare[2], "Quarry Broadcasting Corporation"));
    }

    [Fact]
    public void A_place_joins_its_acronym_however_often_the_corpus_wrote_it_alone()
    {
        var docs = Resolve(
            Doc("business", ("UK", "Location", [])),
            Doc("politics", ("UK", "Location", [])),
            Doc("sport", ("UK", "Location", [])),
            Doc("business", ("UK", "Location", [])),
            Doc("business", ("United Kingdom", "Location", [])));

        Assert.Equal(Id(docs[0], "UK"), Id(docs[4], "United Kingdom"));
    }

    [Fact]
    public void A_name_written_with_its_acronym_joins_it_however_often_the_corpus_wrote_it_alone()
    {
        var docs = Resolve(
            Doc("tech", ("QBC", "Organization", [])),
            Doc("tech", ("QBC", "Organization", [])),
            Doc("tech", ("QBC", "Organization", [])),
            Doc("tech", ("Quarry Broadcasting Corporation", "Organization", ["QBC"])));

        Assert.Equal(Id(docs[0], "QBC"), Id(docs[3], "Quarry Broadcasting Corporation"));
    }

    [Fact]
    public void A_two_word_person_opening_with_a_firm_the_corpus_knows_is_that_firm_s_venture_not_a_person()
    {
        // Typed a person by the tagger in every document, Nokton Ericsen would take the bare Ericsen of a phone story
        // as its surname; read as an organization, that Ericsen joins the firm Ericsen.
        var resolver = new CorpusEntityResolver();
        var docs = new[]
        {
            Doc("tech", ("Nokton", "Organization"), ("Ericsen", "Organization"), ("Paul", "Organization")),
            Doc("tech", ("Nokton", "Organization"), ("Paul", "Organization")),
            Doc("tech", ("Nokton Ericsen", "Person")),
            Doc("tech", ("Ericsen", "Person"), ("Nokton Ericsen", "Person")),
            Doc("tech", ("Paul Ericsen", "Person")),
        };
        foreach (var d in docs)
        {
            resolver.Resolve(d);
        }

        Assert.Equal(EntityType.Organization, resolver.Find(Id(docs[2], "Nokton Ericsen"))!.Type);
        Assert.Equal(Id(docs[0], "Ericsen"), Id(docs[3], "Ericsen"));
        Assert.Equal(Id(docs[2], "Nokton Ericsen"), Id(docs[3], "Nokton Ericsen"));
        // A first name of the lists opens a person's name, whatever firm the corpus knows by it (a bakery chain called Paul).
        Assert.Equal(EntityType.Person, resolver.Find(Id(docs[4], "Paul Ericsen"))!.Type);
    }

    [Fact]
    public void A_neighbour_named_in_more_than_one_document_in_ten_does_not_tell_namesakes_apart()
    {
        // Ruritania is named in every document: sharing it with Janet Blake says nothing about Ms Blake of a song title;
        // sharing the Super Bowl does.
        var common = new List<AnalysisRecord>();
        for (int i = 0; i < 200; i++)
        {
            common.Add(Doc("business", ("Ruritania", "Location"), ("Firm " + i, "Organization")));
        }

        common.Add(Doc("entertainment", ("Janet Blake", "Person"), ("Ruritania", "Location"), ("Super Bowl", "Misc")));
        common.Add(Doc("entertainment", ("Michael Blake", "Person"), ("Ruritania", "Location")));
        common.Add(Titled(Doc("entertainment", ("Blake", "Person"), ("Ruritania", "Location")), "Blake", "Ms"));
        common.Add(Titled(Doc("entertainment", ("Blake", "Person"), ("Ruritania", "Location"), ("Super Bowl", "Misc")), "Blake", "Ms"));
        var docs = Resolve([.. common]);

        Assert.NotEqual(Id(docs[200], "Janet Blake"), Id(docs[202], "Blake"));
        Assert.Equal(Id(docs[200], "Janet Blake"), Id(docs[203], "Blake"));
    }
}
