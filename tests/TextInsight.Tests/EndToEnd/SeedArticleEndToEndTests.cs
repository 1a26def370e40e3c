using TextInsight.Entities;
using TextInsight.Serialization;
using TextInsight.Structure;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.EndToEnd;

/// <summary>The seed article through the whole default pipeline, as a user of <c>TextAnalyzer.CreateDefault()</c> sees it.</summary>
public class SeedArticleEndToEndTests
{
    private static readonly Lazy<ArticleAnalysis> Seed = new(() => TextAnalyzer.CreateDefault().Analyze(SeedArticle.Text, "seed-article.txt"));

    private static ArticleAnalysis A => Seed.Value;

    [Fact]
    public void Title_sections_and_boilerplate_come_out_right()
    {
        Assert.Equal("Anthropic Backs Apache with $1.5M to Strengthen Open Source Infrastructure", A.Title);
        Assert.Equal(
            [(null, 2), ("Why Open Source Infrastructure Matters More in the AI Era", 4), ("Sustaining the Backbone of Cloud-Native and Enterprise Systems", 4), ("A Broader Industry Signal", 4)],
            A.Sections.Select(s => (s.Heading?.GetText(A.Text), s.Paragraphs.Count)));
        Assert.Equal(
            [
                ("0", BoilerplateKind.Counter),
                ("0", BoilerplateKind.Counter),
                ("Why NVIDIA Donated Its DRA Driver to KubeVirt Community | Ryan Hallisey at KubeCon EU | TFiR", BoilerplateKind.Related),
                ("Previous article", BoilerplateKind.Navigation),
                ("Rafay Powers Argentum AI’s Push to Scale Global GPU Infrastructure", BoilerplateKind.Related),
                ("Next article", BoilerplateKind.Navigation),
            ],
            A.Boilerplate.Select(b => (b.Span.GetText(A.Text), b.Kind)));
        Assert.DoesNotContain("Previous article", A.Body);
        Assert.DoesNotContain("Rafay", A.Body);
    }

    [Fact]
    public void The_two_most_salient_entities_are_the_foundation_with_its_acronym_and_anthropic()
    {
        var top = A.EntitySummary.Take(2).ToList();
        var asf = Assert.Single(top, e => e.Name == "Apache Software Foundation");
        Assert.Equal(EntityType.Organization, asf.Type);
        Assert.Contains("ASF", asf.Aliases);
        var anthropic = Assert.Single(top, e => e.Name == "Anthropic");
        Assert.Equal(EntityType.Organization, anthropic.Type);
    }

    [Fact]
    public void Ruth_Suehle_is_a_person_with_the_role_president_of_the_foundation()
    {
        var suehle = Assert.Single(A.EntitySummary, e => e.Name == "Ruth Suehle");
        Assert.Equal(EntityType.Person, suehle.Type);
        var role = Assert.Single(suehle.Roles);
        Assert.Equal("President", role.Title);
        Assert.Equal(A.EntitySummary.Single(e => e.Name == "Apache Software Foundation").Id, role.Of);
    }

    [Theory]
    [InlineData("$1.5M", Zone.Title)]
    [InlineData("$1.5 million", Zone.Body)]
    public void Both_money_amounts_are_1500000_usd(string text, Zone zone)
    {
        var money = Assert.Single(A.Entities, e => e.Type == EntityType.Money && e.Text == text);
        Assert.Equal(1500000m, money.Value);
        Assert.Equal("USD", money.Currency);
        Assert.Equal(zone, money.Zone);
    }

    [Fact]
    public void Kubernetes_is_neither_a_person_nor_a_location()
    {
        Assert.DoesNotContain(A.Entities, e => e.Text.Contains("Kubernetes", StringComparison.Ordinal) && e.Type is EntityType.Person or EntityType.Location);
    }

    [Theory]
    [InlineData("Ryan Hallisey", EntityType.Person)]
    [InlineData("NVIDIA", EntityType.Organization)]
    [InlineData("KubeVirt", EntityType.Organization)]
    [InlineData("Argentum AI", EntityType.Organization)]
    [InlineData("Rafay", EntityType.Organization)]
    public void Names_of_the_related_links_are_found_in_boilerplate_and_left_out_of_the_summary(string name, EntityType type)
    {
        Assert.Contains(A.Entities, e => e.Text == name && e.Type == type && e.Zone == Zone.Boilerplate);
        Assert.DoesNotContain(A.EntitySummary, e => e.Name == name || e.Aliases.Contains(name));
    }

    [Fact]
    public void The_top_topic_is_tech_and_every_label_is_scored()
    {
        Assert.Equal("tech", A.Topics[0].Label);
        Assert.Equal(["business", "entertainment", "politics", "sport", "tech"], A.Topics.Select(t => t.Label).Order());
    }

    [Fact]
    public void The_three_sentence_summary_opens_with_the_donation_and_holds_no_heading_or_boilerplate()
    {
        Assert.Equal(3, A.Summary.Sentences.Count);
        Assert.Equal(
            "The Apache Software Foundation (ASF) has secured a $1.5 million donation from Anthropic, signaling growing recognition that the future of AI and cloud-native innovation depends heavily on the stability of open source foundations.",
            A.Summary.Sentences[0].GetText(A.Text));
        Assert.All(A.Summary.Sentences, s => Assert.Equal(Zone.Body, A.ZoneAt(s.Start)));
    }

    [Fact]
    public void Key_phrases_include_open_source_and_a_foundation_phrase()
    {
        var phrases = A.Keyphrases.Select(k => k.Text).ToList();
        Assert.Contains("open source", phrases);
        Assert.Contains(phrases, p => p.Contains("ASF", StringComparison.Ordinal) || p.Contains("Apache", StringComparison.Ordinal));
        Assert.All(A.Keyphrases, k => Assert.InRange(k.Score, 0, 1));
    }

    [Fact]
    public void Every_span_of_the_json_record_indexes_the_original_text()
    {
        SpanInvariants.Check(AnalysisJson.ToRecord(A), SeedArticle.Text);
    }
}
