using TextInsight.Serialization;
using static TextInsight.Tests.Entities.CorpusRecords;

namespace TextInsight.Tests.Entities;

/// <summary>
/// The resolver's eighth round (issue 23): a first name written alone names the person its own document names in full
/// with it, or a person of another document only when the two documents' neighbours agree; a first name with two
/// neighbouring letters swapped is a spelling of it; an acronym of two letters joined to a name by its initials alone
/// holds only on topics that name has been seen on. Each test has the merge that
/// must be refused and the one beside it that must still happen.
/// </summary>
public class CorpusGivenNameEvidenceTests
{
    // Full names that make David and Emily first names to the corpus (more people have them first than last).
    private static AnalysisRecord[] People() =>
    [
        Doc("politics", ("David Blunkett", "Person"), ("Home Office", "Organization")),
        Doc("sport", ("David Beckham", "Person"), ("Real Madrid", "Organization")),
        Doc("entertainment", ("Emily Blunt", "Person"), ("Hollywood", "Location")),
        Doc("entertainment", ("Emily Watson", "Person"), ("Bafta", "Organization")),
    ];

    [Fact]
    public void A_first_name_alone_in_two_documents_is_two_people_unless_their_neighbours_agree()
    {
        var docs = Resolve(
        [
            .. People(),
            Doc("sport", ("Aston Villa", "Organization"), ("David", "Person")),
            Doc("entertainment", ("Big Brother", "Misc"), ("David", "Person")),
            Doc("sport", ("Aston Villa", "Organization"), ("Doug Ellis", "Person"), ("David", "Person")),
        ]);

        Assert.NotEqual(Id(docs[4], "David"), Id(docs[5], "David"));
        Assert.Equal(Id(docs[4], "David"), Id(docs[6], "David"));
        Assert.NotEqual(Id(docs[0], "David Blunkett"), Id(docs[4], "David"));
    }

    [Fact]
    public void A_first_name_alone_typed_otherwise_does_not_join_a_stranger_of_that_first_name()
    {
        // A daughter named once in a politics story, typed an organization, and a festival organizer's daughter.
        var docs = Resolve(
        [
            .. People(),
            Doc("entertainment", ("Glastonbury", "Location"), ("Michael Eavis", "Person"), ("Emily", "Person")),
            Doc("politics", ("Labour", "Organization"), ("Stephen Pound", "Person"), ("Emily", "Organization")),
            Doc("entertainment", ("Glastonbury", "Location"), ("Emily", "Organization")),
        ]);

        Assert.NotEqual(Id(docs[4], "Emily"), Id(docs[5], "Emily"));
        Assert.Equal(Id(docs[4], "Emily"), Id(docs[6], "Emily"));
    }

    [Fact]
    public void A_first_name_alone_is_the_one_person_its_document_names_in_full_with_it()
    {
        var docs = Resolve(
        [
            .. People(),
            Doc("sport", ("Serena Williams", "Person"), ("Australian Open", "Misc"), ("Serena", "Person")),
            Doc("politics", ("David Blunkett", "Person"), ("David Davis", "Person"), ("David", "Person")),
        ]);

        Assert.Equal(Id(docs[4], "Serena Williams"), Id(docs[4], "Serena"));
        // Two Davids named in full: the one written alone could be either.
        Assert.NotEqual(Id(docs[5], "David Blunkett"), Id(docs[5], "David"));
        Assert.NotEqual(Id(docs[5], "David Davis"), Id(docs[5], "David"));
    }

    [Fact]
    public void A_first_name_with_two_neighbouring_letters_swapped_joins_on_the_same_topic_only()
    {
        var docs = Resolve(
            Doc("sport", ("Nicolas Massu", "Person")),
            Doc("sport", ("Nicoals Massu", "Person")),
            Doc("business", ("Mikhail Fridman", "Person")),
            Doc("sport", ("Mihkail Fridman", "Person")),
            Doc("sport", ("Marina Bolt", "Person")),
            Doc("sport", ("Mariam Bolt", "Person")));

        Assert.Equal(Id(docs[0], "Nicolas Massu"), Id(docs[1], "Nicoals Massu"));
        Assert.NotEqual(Id(docs[2], "Mikhail Fridman"), Id(docs[3], "Mihkail Fridman"));
        // Two letters changed (not a swap of neighbours) are two edits: two names.
        Assert.NotEqual(Id(docs[4], "Marina Bolt"), Id(docs[5], "Mariam Bolt"));
    }

    [Fact]
    public void Two_letters_joined_to_a_name_by_initials_alone_hold_only_on_the_topics_of_that_name()
    {
        var docs = Resolve(
            Doc("entertainment", ("Definitive Collection", "Organization")),
            Doc("entertainment", ("DC", "Organization")),
            Doc("politics", ("DC", "Organization")),
            Doc("business", ("United Nations", "Organization")),
            Doc("business", ("UN", "Organization")),
            Doc("business", ("UN", "Organization")),
            Doc("business", ("UN", "Organization")),
            Doc("tech", ("UN", "Organization")));

        Assert.Equal(Id(docs[0], "Definitive Collection"), Id(docs[1], "DC"));
        Assert.NotEqual(Id(docs[0], "Definitive Collection"), Id(docs[2], "DC"));
        // Taken up alone by three documents on its topic, the guess is the name's usual short form, on every topic.
        Assert.Equal(Id(docs[3], "United Nations"), Id(docs[4], "UN"));
        Assert.Equal(Id(docs[3], "United Nations"), Id(docs[7], "UN"));
    }
}
