using TextInsight.Entities;

namespace TextInsight.Tests.Entities;

/// <summary>A family word or a royal title right before a person named by one word (issue 23's ninth round).</summary>
public class RelationFinderTests
{
    [Theory]
    [InlineData("the couple had a son - John - an event", "John", "son")]
    [InlineData("Mr Brown's son John was born", "John", "son")]
    [InlineData("with his wife, Sandra, in the campaign", "Sandra", "wife")]
    [InlineData("the eldest daughter of ex-King Michael of Romania", "Michael", "King")]
    [InlineData("Princes William and Harry said they were happy", "Harry", "Princes")]
    [InlineData("Princes William and Harry said they were happy", "William", "Princes")]
    public void Finds_the_word_before_the_name(string text, string name, string expected) =>
        Assert.Equal(expected, RelationFinder.Before(text, text.IndexOf(name, StringComparison.Ordinal)));

    [Theory]
    [InlineData("classics such as Queen, Muse and the Clash", "Muse")]
    [InlineData("R&B acts Beyonce, Prince, Destiny's Child", "Destiny")]
    [InlineData("the king Elvis never left", "Elvis")]
    [InlineData("Son John was there", "John")]
    [InlineData("said the son. John was not there", "John")]
    [InlineData("a list of Kay, King, Lewsey and Moody", "Lewsey")]
    public void Finds_nothing_in_lists_lower_case_titles_or_across_sentences(string text, string name) =>
        Assert.Null(RelationFinder.Before(text, text.IndexOf(name, StringComparison.Ordinal)));

    [Fact]
    public void Reads_nothing_before_the_limit()
    {
        const string text = "his son\n\nJohn said";
        Assert.Equal("son", RelationFinder.Before(text.Replace("\n\n", " ", StringComparison.Ordinal), 8));
        Assert.Null(RelationFinder.Before(text, text.IndexOf("John", StringComparison.Ordinal), text.IndexOf("John", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_role_title_says_the_kind_of_relative_or_a_royal()
    {
        Assert.Equal(PersonRelation.Child, RelationFinder.Of("son"));
        Assert.Equal(PersonRelation.Parent, RelationFinder.Of("father"));
        Assert.Equal(PersonRelation.Spouse, RelationFinder.Of("wife"));
        Assert.Equal(PersonRelation.Royal, RelationFinder.Of("King"));
        Assert.Equal(PersonRelation.None, RelationFinder.Of("king"));
        Assert.Equal(PersonRelation.None, RelationFinder.Of("chairman"));
    }
}

/// <summary>The corpus resolver reads a person's relation from the roles of a record, whichever way it gets the record.</summary>
public class RecordRelationTests
{
    [Fact]
    public void The_json_reader_and_the_record_give_the_resolver_the_same_relations()
    {
        const string text = """{"source":"a.txt","entitySummary":[{"id":1,"name":"Gordon Brown","type":"Person","aliases":[],"mentions":2,"salience":0.5,"roles":[{"title":"Chancellor","of":null}],"title":"Mr"},{"id":2,"name":"John","type":"Person","aliases":[],"mentions":1,"salience":0.2,"roles":[{"title":"son","of":null}]},{"id":3,"name":"Michael","type":"Person","aliases":[],"mentions":1,"salience":0.1,"roles":[{"title":"King","of":null}]}],"topics":[{"label":"politics","score":0.9}]}""";
        var fromJson = new List<TextInsight.Entities.Corpus.CorpusEntityResolver.DocumentEntity>();
        TextInsight.Entities.Corpus.RecordEntityReader.Read(System.Text.Encoding.UTF8.GetBytes(text), fromJson, []);
        var fromRecord = TextInsight.Entities.Corpus.CorpusEntityResolver.DocumentEntities(TextInsight.Serialization.AnalysisJson.Deserialize(text));

        PersonRelation[] expected = [PersonRelation.None, PersonRelation.Child, PersonRelation.Royal];
        Assert.Equal(expected, fromJson.Select(e => e.Relation));
        Assert.Equal(expected, fromRecord.Select(e => e.Relation));
        Assert.Equal("Mr", fromJson[0].Title);
    }
}
