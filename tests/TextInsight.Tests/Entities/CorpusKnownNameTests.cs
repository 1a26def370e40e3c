using TextInsight.Entities;
using TextInsight.Entities.Corpus;
using TextInsight.Serialization;
using static TextInsight.Tests.Entities.CorpusRecords;

namespace TextInsight.Tests.Entities;

/// <summary>
/// A one-word name of another type is read as the surname of a person its document names in full (the linker kept
/// <c>Blair</c>, typed an organization, apart from <c>Tony Blair</c>), except where the corpus already knows the word as
/// a name of its own of that type, from three documents or more: the country <c>Jordan</c> beside <c>Michael Jordan</c>,
/// the firm <c>Ford</c> beside <c>Harrison Ford</c> (issue qa27).
/// </summary>
public class CorpusKnownNameTests
{
    [Theory]
    [InlineData("sport", "Michael Jordan", "Jordan", "Location", "Amman")]
    [InlineData("entertainment", "Harrison Ford", "Ford", "Organization", "Detroit")]
    [InlineData("sport", "Frank Williams", "Williams", "Organization", "Silverstone")]
    [InlineData("entertainment", "Abraham Lincoln", "Lincoln", "Location", "England")]
    public void A_word_the_corpus_knows_as_a_place_or_a_firm_is_not_the_surname_of_the_person_its_document_names(
        string topic, string person, string word, string type, string other)
    {
        var docs = Resolve(
            Doc("business", (word, type), (other, "Location")),
            Doc("politics", (word, type)),
            Doc("business", (word, type), ("Reuters", "Organization")),
            Doc(topic, (word, type), (person, "Person"), (other, "Location")));

        Assert.NotEqual(Id(docs[3], person), Id(docs[3], word));
        Assert.Equal(Id(docs[0], word), Id(docs[3], word));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_word_the_corpus_named_alone_once_at_most_is_still_the_surname_of_the_person_its_document_names(int before)
    {
        // A place named once is as often a person the tagger typed a place: Percy Montgomery's Montgomery.
        var docs = new List<AnalysisRecord>();
        for (int i = 0; i < before; i++)
        {
            docs.Add(Doc("sport", ("Montgomery", "Location"), ("Cape Town", "Location")));
        }

        docs.Add(Doc("sport", ("Montgomery", "Location"), ("Percy Montgomery", "Person"), ("Ireland", "Location")));
        Resolve([.. docs]);
        Assert.Equal(Id(docs[^1], "Percy Montgomery"), Id(docs[^1], "Montgomery"));
    }

    [Fact]
    public void A_surname_the_tagger_typed_an_organization_still_joins_the_person_its_document_names()
    {
        // The case the rule is for: the document's linker kept Blair apart from Tony Blair. Another document's tagger
        // typing Blair an organization too does not make it a name of its own.
        var docs = Resolve(
            Doc("politics", ("Tony Blair", "Person"), ("Labour", "Organization")),
            Doc("politics", ("Blair", "Organization"), ("Labour", "Organization")),
            Doc("politics", ("Blair", "Organization"), ("Tony Blair", "Person"), ("Labour", "Organization")));
        Assert.Equal(Id(docs[2], "Tony Blair"), Id(docs[2], "Blair"));
        Assert.Equal(Id(docs[0], "Tony Blair"), Id(docs[2], "Blair"));
    }

    [Fact]
    public void A_person_typed_as_the_corpus_types_another_name_is_not_kept_apart_by_a_name_of_another_type()
    {
        // The corpus knows Jordan as a country; the document's Jordan is an organization: no evidence against the surname.
        var docs = Resolve(
            Doc("politics", ("Jordan", "Location")),
            Doc("politics", ("Jordan", "Location")),
            Doc("politics", ("Jordan", "Location")),
            Doc("sport", ("Jordan", "Organization"), ("Michael Jordan", "Person"), ("Chicago Bulls", "Organization")));
        Assert.Equal(Id(docs[3], "Michael Jordan"), Id(docs[3], "Jordan"));
    }

    [Fact]
    public void Written_articles_keep_the_country_and_the_city_apart_from_the_people_named_after_them()
    {
        var analyzer = TextAnalyzer.CreateDefault();
        foreach (var (places, text, person, place) in new[]
        {
            (new[]
            {
                "Jordan raises interest rates\n\nThe central bank of Jordan raised its main interest rate on Monday. Prices in Jordan rose by 4% last year.\n",
                "Jordan opens border crossing\n\nJordan has reopened a border crossing with Iraq. Trucks carrying food entered Jordan on Sunday.\n",
                "Tourism grows in Jordan\n\nVisitors to Jordan rose by a fifth last year, the tourism ministry in Amman said.\n",
            },
            "Basketball legend opens court in Amman\n\nMichael Jordan opened a basketball court in Amman on Tuesday. The former Chicago Bulls star said Jordan had welcomed him warmly. The government of Jordan paid for half of the court, and officials in Jordan hope it will bring more visitors.\n",
            "Michael Jordan", "Jordan"),
            (new[]
            {
                "Flood warning for Lincoln\n\nThe Environment Agency has issued a flood warning for Lincoln after heavy rain. Roads in Lincoln were closed on Monday.\n",
                "Lincoln council sets budget\n\nThe council in Lincoln has set its budget for next year. Council tax in Lincoln will rise by 3%.\n",
                "New station for Lincoln\n\nA new railway station will open in Lincoln next year, linking Lincoln with Leeds.\n",
            },
            "Museum opens in Lincoln\n\nA museum about Abraham Lincoln has opened in Lincoln, the city in eastern England. The council in Lincoln said the exhibition of letters and photographs would run until May. Visitors to Lincoln can see it free of charge.\n",
            "Abraham Lincoln", "Lincoln"),
        })
        {
            var resolver = new CorpusEntityResolver();
            int known = 0;
            foreach (string article in places)
            {
                var analysis = analyzer.Analyze(article);
                known = resolver.Resolve(analysis)[IndexOf(analysis, place)];
            }

            var story = analyzer.Analyze(text);
            var ids = resolver.Resolve(story);
            Assert.Equal(EntityType.Location, story.EntitySummary[IndexOf(story, place)].Type);
            Assert.NotEqual(ids[IndexOf(story, person)], ids[IndexOf(story, place)]);
            Assert.Equal(known, ids[IndexOf(story, place)]);
        }
    }

    private static int IndexOf(ArticleAnalysis analysis, string name)
    {
        for (int i = 0; i < analysis.EntitySummary.Count; i++)
        {
            if (analysis.EntitySummary[i].Name == name)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{name} is not among {string.Join(", ", analysis.EntitySummary.Select(e => $"{e.Name} ({e.Type})"))}.");
    }
}
