using static TextInsight.Tests.Entities.CorpusRecords;

namespace TextInsight.Tests.Entities;

/// <summary>
/// The resolver's ninth round (issue 23): a first name written after a family word or a royal title, and an acronym
/// that an off-topic guess kept from a name. Each test has the merge that must be refused and the one beside it that
/// must still happen.
/// </summary>
public class CorpusNinthRoundTests
{
    [Fact]
    public void An_acronym_kept_from_a_guessed_name_off_its_topic_is_one_entity_across_the_documents_that_write_it()
    {
        var docs = Resolve(
            Doc("business", ("Liggett Group", "Organization")),
            Doc("business", ("LG", "Organization")),
            Doc("tech", ("Dell", "Organization"), ("LG", "Organization")),
            Doc("tech", ("Samsung", "Organization"), ("LG", "Organization")));

        // The guess holds on the name's topic and not on another.
        Assert.Equal(Id(docs[0], "Liggett Group"), Id(docs[1], "LG"));
        Assert.NotEqual(Id(docs[0], "Liggett Group"), Id(docs[2], "LG"));
        // The two tech stories' LG is one firm, not a new entity each time.
        Assert.Equal(Id(docs[2], "LG"), Id(docs[3], "LG"));
        Assert.NotEqual(Id(docs[0], "Liggett Group"), Id(docs[3], "LG"));
    }

    [Fact]
    public void A_relative_named_by_first_name_is_the_one_of_that_first_name_whose_family_the_document_names()
    {
        var docs = Resolve(
            WithRole(Doc("politics", ("Gordon Brown", "Person"), ("John Smith", "Person"), ("John", "Person")), "John", "son"),
            WithRole(Doc("politics", ("Tony Blair", "Person"), ("Cherie Blair", "Person"), ("Cherie", "Person")), "Cherie", "wife"),
            Doc("politics", ("Gordon Brown", "Person"), ("John Prescott", "Person"), ("John", "Person")));

        Assert.NotEqual(Id(docs[0], "John Smith"), Id(docs[0], "John"));
        Assert.Equal(Id(docs[1], "Cherie Blair"), Id(docs[1], "Cherie"));
        // Without a family word, the one person of that first name named in full, as before.
        Assert.Equal(Id(docs[2], "John Prescott"), Id(docs[2], "John"));
    }

    [Fact]
    public void A_royal_named_by_first_name_is_no_commoner_of_that_first_name_and_is_found_by_title_and_name()
    {
        var docs = Resolve(
            WithRole(Doc("politics", ("Gordon Brown", "Person"), ("Michael Ancram", "Person"), ("Michael", "Person")), "Michael", "King"),
            WithRole(Doc("politics", ("Camilla Parker Bowles", "Person"), ("Charles", "Person")), "Charles", "Prince"),
            Doc("politics", ("Camilla Parker Bowles", "Person"), ("Prince Charles", "Person")));

        Assert.NotEqual(Id(docs[0], "Michael Ancram"), Id(docs[0], "Michael"));
        Assert.Equal(Id(docs[1], "Charles"), Id(docs[2], "Prince Charles"));
    }

    [Fact]
    public void Relatives_of_different_kinds_in_two_documents_are_two_people_even_beside_the_same_family()
    {
        var docs = Resolve(
            WithRole(Doc("business", ("Gordon Brown", "Person"), ("Adam Smith", "Person"), ("John", "Person")), "John", "father"),
            WithRole(Doc("politics", ("Gordon Brown", "Person"), ("Adam Smith", "Person"), ("John", "Person")), "John", "son"),
            WithRole(Doc("entertainment", ("Ozzy Osbourne", "Person"), ("MTV", "Organization"), ("Kelly", "Person")), "Kelly", "daughter"),
            WithRole(Doc("entertainment", ("Ozzy Osbourne", "Person"), ("MTV", "Organization"), ("Kelly", "Person")), "Kelly", "daughter"));

        Assert.NotEqual(Id(docs[0], "John"), Id(docs[1], "John"));
        Assert.Equal(Id(docs[2], "Kelly"), Id(docs[3], "Kelly"));
    }

    [Fact]
    public void A_word_the_gender_lists_lack_that_opens_three_corpus_peoples_names_is_a_first_name()
    {
        var docs = Resolve(
            Doc("sport", ("Robbie Keane", "Person"), ("Tottenham", "Organization")),
            Doc("sport", ("Robbie Savage", "Person"), ("Blackburn", "Organization")),
            Doc("entertainment", ("Robbie Williams", "Person"), ("EMI", "Organization")),
            Doc("politics", ("Tory", "Organization"), ("Labour", "Organization")),
            Doc("politics", ("Tory Michael Howard", "Person"), ("Tory", "Organization")),
            Doc("politics", ("Tory Alan Duncan", "Person")),
            Doc("politics", ("Tory Liam Fox", "Person")),
            Doc("sport", ("Robbie Keane", "Person"), ("Robbie", "Person")),
            Doc("entertainment", ("Robbie", "Person"), ("Brit Awards", "Misc")),
            Doc("politics", ("Tory", "Person"), ("Labour", "Organization")));

        // Robbie alone is the Robbie its document names in full, and another document's Robbie is someone else.
        Assert.Equal(Id(docs[7], "Robbie Keane"), Id(docs[7], "Robbie"));
        Assert.NotEqual(Id(docs[7], "Robbie"), Id(docs[8], "Robbie"));
        // A word the corpus names an organization by is no first name, however many names it opens.
        Assert.Equal(Id(docs[3], "Tory"), Id(docs[9], "Tory"));
    }
}
