using CsCheck;
using TextInsight.Entities;
using TextInsight.Structure;
using TextInsight.Summaries;
using TextInsight.Tests.Support;
using TextInsight.Text;

namespace TextInsight.Tests.Summaries;

public class SummarizerTests
{
    private static Summary SummarizeSeed(SummaryLength length)
    {
        var structure = SeedStructure.Build();
        return Summarizer.Default.Summarize(structure, SeedStructure.BodySentences(structure), EntityAnalysis.Empty, length);
    }

    [Fact]
    public void Seed_summary_of_three_sentences_opens_with_the_donation_sentence()
    {
        var structure = SeedStructure.Build();
        var summary = SummarizeSeed(SummaryLength.FromSentences(3));

        Assert.Equal(3, summary.Sentences.Count);
        Assert.Equal(SeedStructure.DonationSentence, summary.Sentences[0].GetText(structure.Text));
    }

    [Fact]
    public void Seed_summary_text_is_its_sentences_joined_by_spaces()
    {
        var structure = SeedStructure.Build();
        var summary = SummarizeSeed(SummaryLength.FromSentences(3));

        Assert.Equal(string.Join(' ', summary.Sentences.Select(s => s.GetText(structure.Text))), summary.Text);
    }

    [Fact]
    public void Headings_and_boilerplate_are_never_chosen_even_when_passed_as_sentences()
    {
        var structure = SeedStructure.Build();
        var everything = SeedStructure.AllBlockSentences(structure);

        var summary = Summarizer.Default.Summarize(structure, everything, EntityAnalysis.Empty, SummaryLength.FromRatio(1));

        Assert.Equal(SeedStructure.BodySentences(structure).Count, summary.Sentences.Count);
        Assert.All(summary.Sentences, s => Assert.Equal(Zone.Body, structure.ZoneAt(s.Start)));
    }

    [Fact]
    public void Summary_through_the_plain_text_parser_holds_only_body_sentences()
    {
        var structure = ArticleParser.Default.Parse(SeedArticle.Text);
        var sentences = SeedStructure.BodySentences(structure);

        var summary = Summarizer.Default.Summarize(structure, sentences, EntityAnalysis.Empty, SummaryLength.FromSentences(3));

        Assert.Equal(3, summary.Sentences.Count);
        Assert.All(summary.Sentences, s => Assert.Equal(Zone.Body, structure.ZoneAt(s.Start)));
        Assert.DoesNotContain(summary.Sentences, s => SeedStructure.Headings.Contains(s.GetText(structure.Text)));
    }

    [Fact]
    public void One_sentence_article_returns_that_sentence()
    {
        const string text = "Rates rise\n\nThe central bank raised its main interest rate to 4.5% on Thursday.";
        var structure = ArticleParser.Default.Parse(text);
        var sentences = SeedStructure.BodySentences(structure);

        var summary = Summarizer.Default.Summarize(structure, sentences, EntityAnalysis.Empty, SummaryLength.FromSentences(3));

        Assert.Equal([new TextSpan(12, 67)], summary.Sentences);
        Assert.Equal("The central bank raised its main interest rate to 4.5% on Thursday.", summary.Text);
    }

    [Fact]
    public void Empty_body_returns_an_empty_summary()
    {
        var structure = ArticleParser.Default.Parse("Only a title");

        var summary = Summarizer.Default.Summarize(structure, [], EntityAnalysis.Empty, SummaryLength.FromSentences(3));

        Assert.Same(Summary.Empty, summary);
    }

    [Theory]
    [InlineData(0.01, 1)]
    [InlineData(0.1, 1)]
    [InlineData(0.25, 3)]
    [InlineData(0.5, 5)]
    [InlineData(1.0, 10)]
    public void Ratio_length_takes_that_share_of_the_body_sentences_rounded(double ratio, int expected)
    {
        var structure = SeedStructure.Build();
        var firstTen = SeedStructure.BodySentences(structure).Take(10).ToList();

        var summary = Summarizer.Default.Summarize(structure, firstTen, EntityAnalysis.Empty, SummaryLength.FromRatio(ratio));

        Assert.Equal(expected, summary.Sentences.Count);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(100)]
    [InlineData(250)]
    public void Word_budget_is_never_exceeded(int budget)
    {
        var summary = SummarizeSeed(SummaryLength.FromWords(budget));

        Assert.NotEmpty(summary.Sentences);
        Assert.InRange(WordCount(summary.Text), 1, budget);
    }

    [Fact]
    public void Word_budget_below_every_sentence_still_gives_the_best_sentence()
    {
        var structure = SeedStructure.Build();
        var summary = SummarizeSeed(SummaryLength.FromWords(5));

        Assert.Equal([SeedStructure.DonationSentence], summary.Sentences.Select(s => s.GetText(structure.Text)));
    }

    [Fact]
    public void Repeated_sentence_is_chosen_once()
    {
        const string repeated = "The council approved the new budget for the city's schools on Monday.";
        string text = "Budget passes\n\n" + repeated + "\n\nTeachers welcomed the decision after months of talks.\n\n" + repeated;
        var structure = ArticleParser.Default.Parse(text);
        var sentences = SeedStructure.BodySentences(structure);

        var summary = Summarizer.Default.Summarize(structure, sentences, EntityAnalysis.Empty, SummaryLength.FromSentences(3));

        Assert.Equal(2, summary.Sentences.Count);
        Assert.Single(summary.Sentences, s => s.GetText(text) == repeated);
    }

    [Fact]
    public void Salient_entity_pulls_its_sentence_into_the_summary()
    {
        var structure = SeedStructure.Build();
        var sentences = SeedStructure.BodySentences(structure);
        string text = structure.Text;
        int at = text.IndexOf("Ruth Suehle", StringComparison.Ordinal);
        var mention = new EntityMention { Type = EntityType.Person, Span = new TextSpan(at, 11), Text = "Ruth Suehle", Zone = Zone.Body, EntityId = 1 };
        var entity = new LinkedEntity { Id = 1, Name = "Ruth Suehle", Type = EntityType.Person, Mentions = 1, Salience = 1 };
        var summarizer = new Summarizer(SummarizerWeights.Default with { EntitySalience = 5 });

        var without = summarizer.Summarize(structure, sentences, EntityAnalysis.Empty, SummaryLength.FromSentences(3));
        var with = summarizer.Summarize(structure, sentences, new EntityAnalysis([mention], [entity]), SummaryLength.FromSentences(3));

        Assert.DoesNotContain(without.Sentences, s => s.Start <= at && at < s.End);
        Assert.Contains(with.Sentences, s => s.Start <= at && at < s.End);
    }

    [Fact]
    public void Negative_weight_is_rejected_naming_it()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Summarizer(SummarizerWeights.Default with { Redundancy = -1 }));
        Assert.Equal("Redundancy", ex.ParamName);
    }

    [Fact]
    public void Summaries_are_distinct_body_sentences_in_document_order_of_the_asked_length()
    {
        var structure = SeedStructure.Build();
        var sentences = SeedStructure.BodySentences(structure);
        var lengths = Gen.OneOf(
            Gen.Int[0, 25].Select(SummaryLength.FromSentences),
            Gen.Double[0.01, 1.0].Select(SummaryLength.FromRatio),
            Gen.Int[1, 600].Select(SummaryLength.FromWords));
        var subsets = Gen.Int[0, sentences.Count].Select(n => sentences.Take(n).ToList());

        Gen.Select(subsets, lengths).Sample((body, length) =>
        {
            var summary = Summarizer.Default.Summarize(structure, body, EntityAnalysis.Empty, length);
            var chosen = summary.Sentences;
            for (int i = 1; i < chosen.Count; i++)
            {
                Assert.True(chosen[i - 1].End <= chosen[i].Start, "sentences are in document order and do not repeat");
            }

            Assert.All(chosen, s => Assert.Contains(s, body));
            if (!length.IsWordBudget)
            {
                Assert.Equal(length.SentenceCountFor(body.Count), chosen.Count);
            }
            else if (body.Count > 0)
            {
                Assert.True(chosen.Count == 1 || WordCount(summary.Text) <= length.Words);
            }
        });
    }

    private static int WordCount(string text)
    {
        int n = 0;
        foreach (var t in Tokenizer.Tokenize(text))
        {
            if (t.Kind is TokenKind.Word or TokenKind.Number)
            {
                n++;
            }
        }

        return n;
    }

    [Fact]
    public void A_summary_stops_when_its_token_is_cancelled()
    {
        var analysis = LongReport(Summarizer.MaxSentences);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            Summarizer.Default.Summarize(analysis.Structure, analysis.Sentences, analysis.EntityAnalysis, SummaryLength.Default, cancel.Token));
    }

    [Fact]
    public void A_body_longer_than_the_limit_is_summarized_from_its_first_sentences()
    {
        // 4,000 sentences would need n x n graphs of 64 MB each; the summary is chosen among the first MaxSentences.
        var analysis = LongReport(4 * Summarizer.MaxSentences);
        Assert.Equal(4 * Summarizer.MaxSentences, analysis.Sentences.Count);

        var summary = Summarizer.Default.Summarize(analysis.Structure, analysis.Sentences, analysis.EntityAnalysis, SummaryLength.FromRatio(1));

        Assert.Equal(Summarizer.MaxSentences, summary.Sentences.Count);
        Assert.All(summary.Sentences, s => Assert.True(s.Start < analysis.Sentences[Summarizer.MaxSentences].Start));
    }

    private static ArticleAnalysis LongReport(int sentences)
    {
        var text = new System.Text.StringBuilder("A very long report\n\n");
        for (int i = 0; i < sentences; i++)
        {
            text.Append("The council met on day ").Append(i).Append(" and said the budget grew by ").Append(i % 97).Append(" points.\n\n");
        }

        return new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Sentences }).Analyze(text.ToString());
    }
}
