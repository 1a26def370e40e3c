using TextInsight.Serialization;
using static TextInsight.Tests.Entities.CorpusRecords;

namespace TextInsight.Tests.Entities;

/// <summary>
/// The resolver's tenth round (issue 23): bare surnames and one-word names that joined on no evidence of the person.
/// Each test has the merge that must be refused and the one beside it that must still happen.
/// </summary>
public class CorpusTenthRoundTests
{
    [Fact]
    public void A_bare_surname_no_namesake_takes_joins_another_documents_bare_surname_only_on_a_shared_neighbour()
    {
        var docs = Resolve(
            Doc("politics", ("Labour", "Organization"), ("Gordon Brown", "Person")),
            Doc("sport", ("Manchester United", "Organization"), ("Wes Brown", "Person")),
            Doc("business", ("Tesco", "Organization"), ("Brown", "Person")),
            Doc("sport", ("Hereford", "Organization"), ("Brown", "Person")),
            Doc("sport", ("Hereford", "Organization"), ("Brown", "Person")));

        // Neither namesake is clearly meant, so each bare Brown is an entity of its surname alone.
        Assert.NotEqual(Id(docs[0], "Gordon Brown"), Id(docs[2], "Brown"));
        Assert.NotEqual(Id(docs[1], "Wes Brown"), Id(docs[3], "Brown"));
        // A team sheet's Brown is not a business story's, with nothing in common but the surname.
        Assert.NotEqual(Id(docs[2], "Brown"), Id(docs[3], "Brown"));
        // Two team sheets of the same club are one player.
        Assert.Equal(Id(docs[3], "Brown"), Id(docs[4], "Brown"));
    }

    [Fact]
    public void A_corpus_first_name_alone_joins_an_entity_of_another_type_only_on_that_entitys_topic()
    {
        var docs = Resolve(
            Doc("sport", ("Manchester United", "Organization"), ("Ryan Giggs", "Person")),
            Doc("sport", ("Wales", "Location"), ("Ryan Jones", "Person")),
            Doc("entertainment", ("American Idol", "Misc"), ("Ryan Seacrest", "Person")),
            Doc("entertainment", ("Steven Spielberg", "Person"), ("Ryan", "Misc")),
            Doc("entertainment", ("Tom Hanks", "Person"), ("Ryan", "Misc")),
            Doc("sport", ("Hereford", "Organization"), ("Ryan", "Person")),
            Doc("entertainment", ("Tom Hanks", "Person"), ("Ryan", "Person")));

        Assert.Equal(Id(docs[3], "Ryan"), Id(docs[4], "Ryan"));
        // The film's word is not a substitute of a football team sheet.
        Assert.NotEqual(Id(docs[3], "Ryan"), Id(docs[5], "Ryan"));
        // On the film's topic the word still joins it, as before.
        Assert.Equal(Id(docs[3], "Ryan"), Id(docs[6], "Ryan"));
    }

    [Fact]
    public void A_one_word_name_of_another_type_joins_a_titled_surname_only_on_the_evidence_a_bare_surname_needs()
    {
        var docs = Resolve(
            Doc("business", ("BP", "Organization"), ("Lord Browne", "Person")),
            Doc("sport", ("Ireland", "Location"), ("Browne", "Location")),
            Doc("business", ("BP", "Organization"), ("Browne", "Location")));

        // A rugby story's Browne (typed a place) is not BP's chief executive.
        Assert.NotEqual(Id(docs[0], "Lord Browne"), Id(docs[1], "Browne"));
        // A business story beside BP is.
        Assert.Equal(Id(docs[0], "Lord Browne"), Id(docs[2], "Browne"));
    }

    [Fact]
    public void A_namesake_none_of_whose_documents_is_on_the_topic_needs_two_shared_neighbours()
    {
        static AnalysisRecord Writer() => Doc("entertainment", ("BBC", "Organization"), ("EastEnders", "Misc"), ("Tony Jordan", "Person"));
        var politics = Resolve(Writer(), Doc("politics", ("BBC", "Organization"), ("Jordan", "Location")));
        var entertainment = Resolve(Writer(), Doc("entertainment", ("BBC", "Organization"), ("Jordan", "Location")));
        var both = Resolve(Writer(), Doc("politics", ("BBC", "Organization"), ("EastEnders", "Misc"), ("Jordan", "Location")));

        // The country beside the BBC in a politics story is not the writer of an entertainment story.
        Assert.NotEqual(Id(politics[0], "Tony Jordan"), Id(politics[1], "Jordan"));
        // The same neighbour on the writer's topic, or two neighbours on another topic, still point to him.
        Assert.Equal(Id(entertainment[0], "Tony Jordan"), Id(entertainment[1], "Jordan"));
        Assert.Equal(Id(both[0], "Tony Jordan"), Id(both[1], "Jordan"));
    }
}
