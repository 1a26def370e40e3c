using TextInsight.Entities;
using TextInsight.Entities.Corpus;
using TextInsight.Serialization;
using static TextInsight.Tests.Entities.CorpusRecords;

namespace TextInsight.Tests.Entities;

/// <summary>The merge and type signals of the resolver's second round (issue 23): each with the case it must not merge.</summary>
public class CorpusEntitySignalTests
{
    [Fact]
    public void A_full_name_after_its_initial_form_joins_it_but_not_when_two_namesakes_share_the_initial()
    {
        var docs = Resolve(
            Doc("sport", ("A Hazell", "Person"), ("Gloucester", "Organization")),
            Doc("sport", ("Andy Hazell", "Person"), ("Gloucester", "Organization")),
            Doc("sport", ("J Tait", "Person")),
            Doc("sport", ("John Tait", "Person")),
            Doc("sport", ("Jane Tait", "Person")),
            Doc("sport", ("J Tait", "Person")),
            Doc("entertainment", ("R Kelly", "Person")),
            Doc("politics", ("Ruth Kelly", "Person")),
            Doc("sport", ("Andrea Masi", "Person"), ("A Masi", "Person")));

        Assert.Equal(Id(docs[0], "A Hazell"), Id(docs[1], "Andy Hazell"));
        Assert.Equal(Id(docs[2], "J Tait"), Id(docs[3], "John Tait"));
        Assert.NotEqual(Id(docs[3], "John Tait"), Id(docs[4], "Jane Tait"));
        Assert.NotEqual(Id(docs[4], "Jane Tait"), Id(docs[5], "J Tait"));
        Assert.NotEqual(Id(docs[6], "R Kelly"), Id(docs[7], "Ruth Kelly"));
        Assert.Equal(Id(docs[8], "Andrea Masi"), Id(docs[8], "A Masi"));
    }

    [Fact]
    public void A_first_name_spelt_one_letter_apart_joins_on_the_same_topic_only()
    {
        var docs = Resolve(
            Doc("entertainment", ("Katharine Hepburn", "Person")),
            Doc("entertainment", ("Katherine Hepburn", "Person")),
            Doc("sport", ("Daniel Vettori", "Person")),
            Doc("business", ("Daniela Vettori", "Person")),
            Doc("sport", ("Tom Smith", "Person")),
            Doc("sport", ("Tim Smith", "Person")));

        Assert.Equal(Id(docs[0], "Katharine Hepburn"), Id(docs[1], "Katherine Hepburn"));
        Assert.NotEqual(Id(docs[2], "Daniel Vettori"), Id(docs[3], "Daniela Vettori"));
        Assert.NotEqual(Id(docs[4], "Tom Smith"), Id(docs[5], "Tim Smith"));
    }

    [Fact]
    public void A_titled_surname_joins_the_only_namesake_on_its_topic_but_a_bare_one_in_a_team_sheet_does_not()
    {
        var docs = Resolve(
            Doc("sport", ("Sebastian Coe", "Person"), ("London", "Location")),
            Doc("sport", ("Lord Coe", "Person"), ("Olympics", "Misc")),
            Doc("sport", ("Djibril Cisse", "Person"), ("Liverpool", "Organization")),
            Doc("sport", ("Cisse", "Person"), ("Portsmouth", "Organization")),
            Doc("business", ("Mr Coe", "Person"), ("Acme", "Organization")));

        Assert.Equal(Id(docs[0], "Sebastian Coe"), Id(docs[1], "Lord Coe"));
        Assert.NotEqual(Id(docs[2], "Djibril Cisse"), Id(docs[3], "Cisse"));
        Assert.NotEqual(Id(docs[0], "Sebastian Coe"), Id(docs[4], "Mr Coe"));
    }

    [Fact]
    public void An_organization_with_its_words_cut_short_joins_the_long_form_and_a_different_second_word_does_not()
    {
        var docs = Resolve(
            Doc("politics", ("Liberal Democrats", "Organization")),
            Doc("politics", ("Lib Dems", "Organization")),
            Doc("sport", ("Manchester United", "Organization")),
            Doc("sport", ("Manchester City", "Organization")),
            Doc("sport", ("Man Utd", "Organization")),
            Doc("sport", ("BBC News", "Organization")),
            Doc("sport", ("BBC Newcastle", "Organization")));

        Assert.Equal(Id(docs[0], "Liberal Democrats"), Id(docs[1], "Lib Dems"));
        Assert.NotEqual(Id(docs[2], "Manchester United"), Id(docs[3], "Manchester City"));
        Assert.NotEqual(Id(docs[3], "Manchester City"), Id(docs[4], "Man Utd"));
        Assert.NotEqual(Id(docs[5], "BBC News"), Id(docs[6], "BBC Newcastle"));
    }

    [Fact]
    public void A_street_typed_a_person_by_most_documents_and_a_place_by_others_is_a_place_but_a_titled_one_stays_a_person()
    {
        var docs = new List<AnalysisRecord>();
        for (int i = 0; i < 9; i++)
        {
            docs.Add(Doc("politics", ("Downing Street", i < 5 ? "Person" : "Location")));
            docs.Add(Doc("entertainment", ("Nick Park", i < 5 ? "Person" : "Location"), (i == 0 ? "Mr Park" : "Aardman", i == 0 ? "Person" : "Organization")));
        }

        var resolver = new CorpusEntityResolver();
        docs.ForEach(resolver.Resolve);

        Assert.Equal(EntityType.Location, resolver.Find(Id(docs[0], "Downing Street"))!.Type);
        Assert.Equal(EntityType.Person, resolver.Find(Id(docs[1], "Nick Park"))!.Type);
    }

    [Fact]
    public void A_courtesy_title_left_out_of_the_name_keeps_its_gender_and_a_conflicting_one_does_not_merge()
    {
        // Issue 23, third round: the analyzer writes Mrs Howard as Howard with the title beside it.
        var docs = Resolve(
            Doc("politics", ("Michael Howard", "Person"), ("Conservatives", "Organization")),
            Titled(Doc("politics", ("Howard", "Person"), ("Conservatives", "Organization")), "Howard", "Mr"),
            Titled(Doc("politics", ("Howard", "Person"), ("Conservatives", "Organization")), "Howard", "Mrs"),
            Doc("politics", ("Charles Kennedy", "Person"), ("Liberal Democrats", "Organization")),
            Doc("politics", ("Baroness Kennedy", "Person"), ("Liberal Democrats", "Organization")),
            Doc("politics", ("Kennedy", "Person"), ("Liberal Democrats", "Organization")));

        Assert.Equal(Id(docs[0], "Michael Howard"), Id(docs[1], "Howard"));
        Assert.NotEqual(Id(docs[0], "Michael Howard"), Id(docs[2], "Howard"));
        Assert.NotEqual(Id(docs[3], "Charles Kennedy"), Id(docs[4], "Baroness Kennedy"));
        Assert.Equal(Id(docs[3], "Charles Kennedy"), Id(docs[5], "Kennedy"));
    }

    [Fact]
    public void Sir_and_one_word_is_a_first_name_not_the_surname_of_a_corpus_person()
    {
        var docs = Resolve(
            Doc("politics", ("Michael Howard", "Person"), ("Conservatives", "Organization")),
            Doc("politics", ("Sir Howard", "Person"), ("Conservatives", "Organization")),
            Doc("politics", ("Sir Howard", "Person"), ("universities", "Misc")));

        Assert.NotEqual(Id(docs[0], "Michael Howard"), Id(docs[1], "Sir Howard"));
        Assert.Equal(Id(docs[1], "Sir Howard"), Id(docs[2], "Sir Howard"));
    }

    [Fact]
    public void A_record_title_round_trips_through_json_and_is_absent_when_none()
    {
        var record = Titled(Doc("politics", ("Howard", "Person")), "Howard", "Mrs");
        string json = AnalysisJson.Serialize(record);
        Assert.Contains("\"title\":\"Mrs\"", json, StringComparison.Ordinal);
        Assert.Equal("Mrs", AnalysisJson.Deserialize(json).EntitySummary![0].Title);
        Assert.DoesNotContain("\"title\"", AnalysisJson.Serialize(Doc("politics", ("Howard", "Person"))).Split("\"entitySummary\"")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_the_corpus_also_writes_in_the_plural_is_no_place_whatever_the_majority_and_a_place_without_one_stays_a_place()
    {
        var resolver = new CorpusEntityResolver();
        var docs = new[]
        {
            Doc("politics", ("Tory", "Location")), Doc("politics", ("Tory", "Location")), Doc("politics", ("Tories", "Location")),
            Doc("politics", ("Tories", "Organization")), Doc("politics", ("Tory", "Person")),
            Doc("sport", ("Chelsea", "Location")), Doc("sport", ("Chelsea", "Location")), Doc("sport", ("Chelsea", "Organization")),
        };
        foreach (var d in docs)
        {
            resolver.Resolve(d);
        }

        Assert.Equal(Id(docs[0], "Tory"), Id(docs[2], "Tories"));
        Assert.Equal(EntityType.Organization, resolver.Find(Id(docs[0], "Tory"))!.Type);
        Assert.Equal(EntityType.Location, resolver.Find(Id(docs[5], "Chelsea"))!.Type);
    }
}
