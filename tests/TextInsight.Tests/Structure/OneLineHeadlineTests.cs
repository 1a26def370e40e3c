using TextInsight.Structure;
using TextInsight.Structure.Evaluation;
using TextInsight.Tests.Support;
using TextInsight.Text;

namespace TextInsight.Tests.Structure;

/// <summary>
/// A headline glued to the first sentence of a one-line document (a whole article in one CSV or JSON Lines field) is cut
/// off as the title when the rest of the text explains the capital after it; a one-line text without a headline keeps its
/// first sentence whole.
/// </summary>
public class OneLineHeadlineTests
{
    private const string Headline = "Porthaven votes to ban cars from its centre";

    private const string Body =
        "Residents of Porthaven have voted to close the town centre to cars from next spring. " +
        "The council said 62% of the voters backed the plan in a poll that closed on Thursday. " +
        "The mayor, Ellen Morris, said the harbour would be quieter and safer for families. " +
        "Shops had feared a loss of trade, but the council said delivery vans would still be allowed before 10am. " +
        "Residents who need a car for work will be given permits. " +
        "The ban will be reviewed after a year, and the council will publish the number of visitors every month.";

    [Fact]
    public void A_headline_glued_to_the_first_sentence_becomes_the_title()
    {
        string text = Headline + " " + Body;
        var s = ArticleParser.Default.Parse(text);
        StructureInvariants.AssertHold(text, s);

        Assert.Equal(Headline, s.Title?.GetText(text));
        var first = s.Sections.SelectMany(x => x.Paragraphs).First();
        Assert.StartsWith("Residents of Porthaven", text.AsSpan(first.Start, first.Length).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_line_body_without_a_headline_keeps_its_first_sentence()
    {
        var s = ArticleParser.Default.Parse(Body);
        StructureInvariants.AssertHold(Body, s);

        Assert.Null(s.Title);
        Assert.Equal(0, s.Sections.SelectMany(x => x.Paragraphs).First().Start);
    }

    [Fact]
    public void The_written_article_and_its_one_line_form_are_analyzed_alike()
    {
        var analyzer = TextAnalyzer.CreateDefault();
        var a = OneLineEvaluator.Compare(analyzer, Headline + "\n\n" + Body.Replace(". ", ".\n\n", StringComparison.Ordinal), "news", "harbour.txt");

        Assert.Equal(Headline, a.Title);
        Assert.Equal(Headline, a.FlatTitle);
        Assert.Equal(6, a.Sentences);
        Assert.Equal(6, a.FlatSentences);
        Assert.True(a.SentencesWithinTenPercent);
        Assert.Equal(a.Topic, a.FlatTopic);
        Assert.True(a.FlatBody);
        Assert.Equal(1, a.SummaryOverlap);
        Assert.Equal(1, a.EntityF1);
    }

    [Fact]
    public void The_thread_reused_context_decides_as_a_fresh_one_whatever_came_before()
    {
        // The headline search keeps one context a thread and refills it per text: nothing of a text may leak into the next.
        string[] texts =
        [
            Headline + " " + Body,
            Body,
            "Harbour Board names Ellen Morris chair Ellen Morris will chair the Harbour Board from May. The board said Morris had run the harbour for ten years.",
            "Menu Home News Sport Weather",
            "Porthaven " + Body,
        ];
        int Fresh(string text)
        {
            int found = 0;
            var thread = new Thread(() => found = OneLineHeadline.FindBodyStart(text, SentenceSplitter.Default.Split(text)));
            thread.Start();
            thread.Join();
            return found;
        }

        var expected = texts.Select(Fresh).ToArray();
        Assert.Equal(Headline.Length + 1, expected[0]);
        foreach (var order in new[] { texts, texts.Reverse().ToArray(), [.. texts, .. texts] })
        {
            foreach (string text in order)
            {
                Assert.Equal(expected[Array.IndexOf(texts, text)], OneLineHeadline.FindBodyStart(text, SentenceSplitter.Default.Split(text)));
            }
        }
    }

    [Fact]
    public void A_first_sentence_longer_than_the_words_the_features_read_is_cut_as_a_short_one()
    {
        // The features read the first KeptWords words of the first sentence: words after them change no decision.
        string first = "Residents of Porthaven have voted to close the town centre to cars from next spring after a long campaign by parents";
        string longer = first + string.Concat(Enumerable.Repeat(" and by the shopkeepers of the harbour", 8));
        string rest = " " + Body[(Body.IndexOf(". ", StringComparison.Ordinal) + 2)..];
        string shortText = Headline + " " + first + "." + rest;
        string longText = Headline + " " + longer + "." + rest;

        Assert.True(longer.Split(' ').Length > OneLineHeadline.KeptWords);
        Assert.Equal(Headline.Length + 1, OneLineHeadline.FindBodyStart(shortText, SentenceSplitter.Default.Split(shortText)));
        Assert.Equal(Headline.Length + 1, OneLineHeadline.FindBodyStart(longText, SentenceSplitter.Default.Split(longText)));
    }

    [Theory]
    [InlineData("Title\n\nFirst line.\r\nSecond  line.", "Title First line. Second  line.")]
    [InlineData("  One\n \t\nTwo \n", "One Two")]
    [InlineData("No breaks at all.", "No breaks at all.")]
    public void Flatten_makes_each_run_of_white_space_with_a_line_break_one_space(string text, string expected) =>
        Assert.Equal(expected, OneLineEvaluator.Flatten(text));

    [Fact]
    public void Sentence_counts_within_ten_percent_are_counted_as_the_owners_state()
    {
        OneLineArticle Of(int written, int flat) => new("x", null, written, flat, null, null, true, "a", "a", 1, 0, 0, 0);
        Assert.True(Of(10, 9).SentencesWithinTenPercent);
        Assert.True(Of(10, 11).SentencesWithinTenPercent);
        Assert.False(Of(10, 8).SentencesWithinTenPercent);
        Assert.False(Of(5, 4).SentencesWithinTenPercent);
        Assert.True(Of(0, 0).SentencesWithinTenPercent);
        Assert.Equal(0.9, new OneLineReport([Of(10, 8), Of(10, 10)]).TotalSentenceRatio, 6);
    }

    [Fact]
    public void Word_f1_of_summaries_ignores_case_and_punctuation()
    {
        Assert.Equal(1, OneLineEvaluator.WordF1("The council said so.", "the Council said so"));
        Assert.Equal(0.5, OneLineEvaluator.WordF1("a b", "a c"), 6);
        Assert.Equal(1, OneLineEvaluator.WordF1("", ""));
    }
}
