using TextInsight.Entities;
using TextInsight.Structure;
using TextInsight.Tests.Support;
using TextInsight.Text;

namespace TextInsight.Tests.Entities;

public class EntityRecognizerTests
{
    private static (ArticleStructure Structure, List<TextSpan> Sentences) Parse(string text)
    {
        var s = ArticleParser.Default.Parse(text);
        var sentences = new List<TextSpan>();
        sentences.AddRange(s.SplitSentences());

        return (s, sentences);
    }

    [Fact]
    public void Recognition_stops_between_its_steps_when_its_token_is_cancelled()
    {
        var (s, sentences) = Parse(SeedArticle.Text);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => EntityRecognizer.Default.Recognize(s, sentences, cancel.Token));
        Assert.NotEmpty(EntityRecognizer.Default.Recognize(s, sentences, CancellationToken.None).Mentions);
    }

    private static EntityAnalysis RecognizeSeed()
    {
        var (s, sentences) = Parse(SeedArticle.Text);
        return EntityRecognizer.Default.Recognize(s, sentences);
    }

    [Fact]
    public void Seed_title_money_is_one_and_a_half_million_dollars()
    {
        var m = Assert.Single(RecognizeSeed().Mentions, m => m.Text == "$1.5M");
        Assert.Equal((EntityType.Money, 1_500_000m, "USD", Zone.Title), (m.Type, m.Value!.Value, m.Currency, m.Zone));
        Assert.Equal(SeedArticle.Text.IndexOf("$1.5M", StringComparison.Ordinal), m.Span.Start);
    }

    [Fact]
    public void Seed_body_money_is_one_and_a_half_million_dollars()
    {
        var m = Assert.Single(RecognizeSeed().Mentions, m => m.Text == "$1.5 million");
        Assert.Equal((EntityType.Money, 1_500_000m, "USD", Zone.Body), (m.Type, m.Value!.Value, m.Currency, m.Zone));
        Assert.Equal(SeedArticle.Text.IndexOf("$1.5 million", StringComparison.Ordinal), m.Span.Start);
    }

    [Fact]
    public void Seed_has_no_other_money_percent_or_date()
    {
        var values = RecognizeSeed().Mentions.Where(m => m.Type is EntityType.Money or EntityType.Percent or EntityType.Date).Select(m => m.Text);
        Assert.Equal(["$1.5M", "$1.5 million"], values);
    }

    [Fact]
    public void Money_value_is_written_without_trailing_zeros()
    {
        var m = Assert.Single(RecognizeSeed().Mentions, m => m.Text == "$1.5 million");
        Assert.Equal("1500000", m.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Relative_date_resolves_against_the_publication_date()
    {
        var s = MentionBuilder.Structure("Shares fall", ["Acme shares fell 5% yesterday."], published: new DateOnly(2024, 5, 3));
        var a = EntityRecognizer.Default.Recognize(s, [s.Sections[0].Paragraphs[0]]);
        var date = Assert.Single(a.Mentions, m => m.Type == EntityType.Date);
        Assert.Equal("2024-05-02", date.Iso);
        Assert.Equal(5m, Assert.Single(a.Mentions, m => m.Type == EntityType.Percent).Value);
    }

    [Fact]
    public void Boilerplate_numbers_keep_their_zone()
    {
        var s = MentionBuilder.Structure("Acme grows", ["Acme sells more."], ["Rafay raises $20 million"]);
        var a = EntityRecognizer.Default.Recognize(s, [s.Sections[0].Paragraphs[0]]);
        Assert.Equal(Zone.Boilerplate, Assert.Single(a.Mentions, m => m.Type == EntityType.Money).Zone);
    }

    [Fact]
    public void Numeric_mention_wins_over_an_overlapping_name()
    {
        var (s, sentences) = Parse(SeedArticle.Text);
        int at = SeedArticle.Text.IndexOf("$1.5M", StringComparison.Ordinal);
        var names = new[] { new NamedEntitySpan(new TextSpan(at - 5, 10), EntityType.Misc, 0.6) };
        var a = new EntityRecognizer().Recognize(s, sentences, names);
        Assert.DoesNotContain(a.Mentions, m => m.Type == EntityType.Misc);
        Assert.Contains(a.Mentions, m => m.Text == "$1.5M");
    }

    [Fact]
    public void Possessive_is_stripped_from_a_name()
    {
        var (s, sentences) = Parse(SeedArticle.Text);
        int at = SeedArticle.Text.IndexOf("Anthropic’s", StringComparison.Ordinal);
        var names = new[] { new NamedEntitySpan(new TextSpan(at, "Anthropic’s".Length), EntityType.Organization, 0.9) };
        var a = new EntityRecognizer().Recognize(s, sentences, names);
        var m = Assert.Single(a.Mentions, m => m.Span.Start == at);
        Assert.Equal("Anthropic", m.Text);
    }

    [Fact]
    public void Generic_word_tagged_as_a_name_is_dropped()
    {
        var (s, sentences) = Parse(SeedArticle.Text);
        int at = SeedArticle.Text.IndexOf("AI", StringComparison.Ordinal);
        var names = new[] { new NamedEntitySpan(new TextSpan(at, 2), EntityType.Misc, 0.7) };
        var a = new EntityRecognizer().Recognize(s, sentences, names);
        Assert.DoesNotContain(a.Mentions, m => m.Text == "AI");
    }

    [Theory]
    [InlineData("Kubernetes-driven", true)]
    [InlineData("Apache-hosted", true)]
    [InlineData("Rolls-Royce", false)]
    [InlineData("Kubernetes", false)]
    public void Name_fused_into_a_compound_is_no_mention(string written, bool compound)
    {
        Assert.Equal(compound, EntityRecognizer.IsCompound(written, new TextSpan(0, written.Length)));
    }

    [Theory]
    [InlineData("Li In-mo", false)]
    [InlineData("Kang Young-hoon", false)]
    [InlineData("Palestinian self-rule Authority", false)]
    [InlineData("London-based", true)]
    [InlineData("Hong Kong-listed", true)]
    [InlineData("Kubernetes-driven", true)]
    [InlineData("London-based Xstrata", true)]
    public void With_the_case_lexicon_only_a_common_word_after_the_hyphen_makes_a_compound(string written, bool compound)
    {
        Assert.Equal(compound, EntityRecognizer.IsCompound(written, new TextSpan(0, written.Length), NamedEntityTagger.Default.Model.CaseLexicon));
    }

    [Theory]
    [InlineData("Lord 's", "Lord 's")]
    [InlineData("Boatmen 's", "Boatmen 's")]
    [InlineData("Anthropic’s", "Anthropic")]
    [InlineData("Acme's", "Acme")]
    [InlineData("Reuters'", "Reuters")]
    [InlineData("Suehle", "Suehle")]
    public void Possessive_forms_strip_to_the_name(string written, string name)
    {
        Assert.Equal(name, EntityRecognizer.StripPossessive(written, new TextSpan(0, written.Length)).GetText(written));
    }

    [Fact]
    public void Segments_cover_title_body_and_boilerplate_in_order()
    {
        var s = MentionBuilder.Structure("Title here", ["One. Two."], ["Next article"]);
        var p = s.Sections[0].Paragraphs[0];
        var doc = ArticleDocument.Create(s, [new TextSpan(p.Start, 4), new TextSpan(p.Start + 5, 4)]);
        Assert.Equal(["Title here", "One.", "Two.", "Next article"], doc.Segments.Select(x => x.GetText(s.Text)));
        Assert.Equal(["Title", "here", "One", ".", "Two", ".", "Next", "article"], doc.Tokens.ToArray().Select(t => t.Span.GetText(s.Text)));
    }

    [Fact]
    public void Empty_article_has_no_entities()
    {
        var a = EntityRecognizer.Default.Recognize(ArticleParser.Default.Parse(""), []);
        Assert.Empty(a.Mentions);
        Assert.Empty(a.Entities);
    }
}
