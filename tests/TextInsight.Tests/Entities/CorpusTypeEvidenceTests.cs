using TextInsight.Entities;
using TextInsight.Entities.Corpus;
using static TextInsight.Tests.Entities.CorpusRecords;

namespace TextInsight.Tests.Entities;

/// <summary>
/// The resolver's sixth round (issue 23): a person the tagger typed otherwise in one document is still a person across
/// the corpus when the document's own words say so. Each test has the merge that must happen and the one beside it that
/// must not.
/// </summary>
public class CorpusTypeEvidenceTests
{
    [Fact]
    public void A_name_typed_a_firm_is_a_person_when_the_document_writes_its_surname_after_a_title()
    {
        var docs = Resolve(
            Titled(Doc("entertainment", ("Pete Doherty", "Organization"), ("Doherty", "Person"), ("Babyshambles", "Organization")), "Doherty", "Mr"),
            Doc("entertainment", ("Pete Doherty", "Person"), ("Libertines", "Organization")),
            Doc("entertainment", ("Doherty", "Person"), ("Libertines", "Organization")));

        Assert.Equal(Id(docs[0], "Pete Doherty"), Id(docs[0], "Doherty"));
        Assert.Equal(Id(docs[0], "Doherty"), Id(docs[1], "Pete Doherty"));
        Assert.Equal(Id(docs[1], "Pete Doherty"), Id(docs[2], "Doherty"));
    }

    [Fact]
    public void A_name_typed_a_work_with_its_surname_as_alias_lets_a_later_bare_surname_choose_among_namesakes()
    {
        // The runner typed a work, her surname linked to it: a person, so that the coach's bare surname is chosen by
        // its context among the two O'Sullivans instead of joining the runner's entity by form.
        var resolver = new CorpusEntityResolver();
        var docs = new[]
        {
            Doc("sport", ("Sonia O'Sullivan", "Misc", ["O'Sullivan"]), ("Paula Radcliffe", "Person", [])),
            Doc("sport", ("Eddie O'Sullivan", "Person", ["O'Sullivan"]), ("Ireland", "Organization", []), ("Brian O'Driscoll", "Person", [])),
            Doc("sport", ("Eddie O'Sullivan", "Person", []), ("Ireland", "Organization", []), ("Brian O'Driscoll", "Person", [])),
            Doc("sport", ("O'Sullivan", "Misc", []), ("Ireland", "Organization", []), ("Brian O'Driscoll", "Person", [])),
        };
        foreach (var d in docs)
        {
            resolver.Resolve(d);
        }

        Assert.Equal(EntityType.Person, resolver.Find(Id(docs[0], "Sonia O'Sullivan"))!.Type);
        Assert.Equal(Id(docs[1], "Eddie O'Sullivan"), Id(docs[3], "O'Sullivan"));
        Assert.NotEqual(Id(docs[0], "Sonia O'Sullivan"), Id(docs[3], "O'Sullivan"));
    }

    [Theory]
    [InlineData("Oscar", "Person", null)]
    [InlineData("Romeo", "Person", "Mr")]
    public void A_name_typed_otherwise_stays_what_it_was_without_its_surname_titled_or_linked(string word, string type, string? title)
    {
        // A one-word person the linker did not join is too weak (the award beside the film Passion Oscar), and a name
        // whose first word is no first name of the lists is no person's (Alfa Romeo, however its last word is written).
        string name = word == "Oscar" ? "Passion Oscar" : "Alfa Romeo";
        var first = Doc("entertainment", (name, "Misc"), (word, type));
        var docs = Resolve(
            title is null ? first : Titled(first, word, title),
            Doc("entertainment", (name, "Misc")));

        Assert.NotEqual(Id(docs[0], name), Id(docs[0], word));
        Assert.Equal(Id(docs[0], name), Id(docs[1], name));
    }

    [Fact]
    public void A_full_name_typed_otherwise_joins_the_corpus_person_of_that_name()
    {
        // Its own form (with the middle initial) is no corpus form yet: the person's full name finds it.
        var docs = Resolve(
            Doc("politics", ("George Bush", "Person", []), ("Iraq", "Location", [])),
            Doc("politics", ("Bush", "Person", []), ("Iraq", "Location", [])),
            Doc("business", ("George W Bush", "Organization", [])),
            Doc("business", ("George Street", "Location", [])),
            Doc("business", ("George Street", "Location", [])));

        Assert.Equal(Id(docs[0], "George Bush"), Id(docs[2], "George W Bush"));
        Assert.Equal(Id(docs[3], "George Street"), Id(docs[4], "George Street"));
        Assert.NotEqual(Id(docs[0], "George Bush"), Id(docs[3], "George Street"));
    }

    [Fact]
    public void A_womans_title_needs_more_than_the_topic_to_join_the_only_person_of_a_surname_of_no_known_gender()
    {
        // Charlie says no gender; Janet says female. On the topic alone, Mrs Simpson stays apart and Ms Jackson joins.
        var docs = Resolve(
            Doc("entertainment", ("Charlie Simpson", "Person"), ("Busted", "Organization")),
            Doc("entertainment", ("Janet Jackson", "Person"), ("Justin Timberlake", "Person")),
            Titled(Doc("entertainment", ("Simpson", "Person"), ("Edward Fox", "Person")), "Simpson", "Mrs"),
            Titled(Doc("entertainment", ("Jackson", "Person"), ("Grammys", "Misc")), "Jackson", "Ms"),
            Titled(Doc("entertainment", ("Simpson", "Person"), ("Busted", "Organization")), "Simpson", "Mr"));

        Assert.NotEqual(Id(docs[0], "Charlie Simpson"), Id(docs[2], "Simpson"));
        Assert.Equal(Id(docs[1], "Janet Jackson"), Id(docs[3], "Jackson"));
        Assert.Equal(Id(docs[0], "Charlie Simpson"), Id(docs[4], "Simpson"));
    }
}
