using System.Text.RegularExpressions;
using TextInsight.Structure;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Structure;

/// <summary>
/// A whole article on one line (as CSV and JSON Lines corpora hold it) is analyzed like the same article with its line
/// breaks: a headline-length title or none, a body of paragraphs of sentences, the same sentences, summary and topic.
/// </summary>
public partial class OneLineDocumentTests
{
    private static readonly Lazy<TextAnalyzer> Analyzer = new(() => TextAnalyzer.CreateDefault());

    [Fact]
    public void Seed_article_on_one_line_has_no_overlong_title_and_a_body_of_paragraphs()
    {
        string oneLine = Flatten(SeedArticle.Text);
        var s = ArticleParser.Default.Parse(oneLine);
        StructureInvariants.AssertHold(oneLine, s);

        Assert.True(s.Title is null || s.Title.Value.Length <= 250, $"title of {s.Title?.Length} characters");
        int paragraphs = s.Sections.Sum(x => x.Paragraphs.Count);
        Assert.True(paragraphs >= 5, $"{paragraphs} paragraphs");
        Assert.True(s.GetBody().Length > oneLine.Length / 2);
    }

    [Fact]
    public void Long_line_without_sentence_ends_stays_one_unit()
    {
        string words = string.Join(" ", Enumerable.Repeat("Home News Sport Weather", 120));
        var s = ArticleParser.Default.Parse(words);
        StructureInvariants.AssertHold(words, s);
        Assert.Null(s.Title);
        Assert.Single(s.Sections.SelectMany(x => x.Paragraphs));
    }

    [Theory]
    [InlineData("Apple said on Monday it would buy Beats for $3bn.", 1)]
    [InlineData("Hello world from Paris.", 1)]
    [InlineData("Is this the end of the line? Nobody knows yet.", 2)]
    [InlineData("  Apple said it would buy Beats.  \n\n", 1)]
    public void A_text_of_one_or_two_sentences_is_body_not_a_title(string text, int sentences)
    {
        var analysis = Analyzer.Value.Analyze(text);
        StructureInvariants.AssertHold(text, analysis.Structure);

        Assert.Null(analysis.Title);
        Assert.Equal(text.Trim(), analysis.Body);
        Assert.Equal(sentences, analysis.Sentences.Count);
        Assert.All(analysis.Entities, e => Assert.Equal(Zone.Body, e.Zone));
    }

    [Theory]
    [InlineData("Apple to buy Beats for $3bn")]
    [InlineData("Apple to buy Beats for $3bn\n\nShare this article")]
    public void A_headline_alone_stays_the_title(string text)
    {
        var s = ArticleParser.Default.Parse(text);
        StructureInvariants.AssertHold(text, s);
        Assert.Equal("Apple to buy Beats for $3bn", s.Title?.GetText(text));
        Assert.Empty(s.Sections.SelectMany(x => x.Paragraphs));
    }

    [Fact]
    public void A_headline_over_a_one_sentence_body_keeps_both()
    {
        const string text = "Apple to buy Beats\n\nApple said on Monday it would buy Beats for $3bn.";
        var analysis = Analyzer.Value.Analyze(text);
        Assert.Equal("Apple to buy Beats", analysis.Title);
        Assert.Equal("Apple said on Monday it would buy Beats for $3bn.", analysis.Body);
        Assert.Single(analysis.Sentences);
    }

    [SharedDataFact]
    public void Bbc_article_of_450_words_on_one_line_is_analyzed_like_the_article_with_line_breaks()
    {
        string path = Path.Combine(RepoPaths.SharedData, "bbc", "articles", "business", "025.txt");
        string original = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.InRange(original.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length, 420, 480);
        string oneLine = Flatten(original);
        Assert.DoesNotContain('\n', oneLine);

        var expected = Analyzer.Value.Analyze(original);
        var actual = Analyzer.Value.Analyze(oneLine);
        StructureInvariants.AssertHold(oneLine, actual.Structure);

        Assert.True(actual.Title is null || actual.Title.Length <= 250, $"title of {actual.Title?.Length} characters");
        Assert.True(actual.Body.Length > oneLine.Length * 9 / 10, $"body of {actual.Body.Length} of {oneLine.Length} characters");
        Assert.True(actual.Sections.Sum(x => x.Paragraphs.Count) > 3);
        // The headline runs into the first sentence when line breaks are lost: one sentence fewer at most.
        Assert.InRange(actual.Sentences.Count, expected.Sentences.Count * 9 / 10, expected.Sentences.Count + 1);
        Assert.NotEmpty(actual.Summary.Sentences);
        Assert.Equal(expected.Topics[0].Label, actual.Topics[0].Label);
    }

    private static string Flatten(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
