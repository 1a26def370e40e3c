using TextInsight.Entities;
using TextInsight.Structure;
using TextInsight.Summaries;

namespace TextInsight.Tests.Structure;

/// <summary>
/// The dateline a story opens with (where, and often when and by which agency, it was filed) is a segment of its own:
/// not a headline, not part of the first sentence, and no key phrase.
/// </summary>
public class DatelineTests
{
    private static readonly Lazy<TextAnalyzer> Analyzer = new(() => TextAnalyzer.CreateDefault());

    [Theory]
    [InlineData("WASHINGTON (AP) — The Pentagon said", "WASHINGTON (AP) — ")]
    [InlineData("MOGADISHU, Sept 5 (Reuters) - The alert", "MOGADISHU, Sept 5 (Reuters) - ")]
    [InlineData("TEXAS CITY, Texas (AP) — A plumber", "TEXAS CITY, Texas (AP) — ")]
    [InlineData("Abuja (AFP) - Nigeria on Friday", "Abuja (AFP) - ")]
    [InlineData("UTAH COUNTY — Over the years", "UTAH COUNTY — ")]
    [InlineData("LAS VEGAS -- The person behind", "LAS VEGAS -- ")]
    [InlineData("KABUL, Afghanistan – An Afghan mother", "KABUL, Afghanistan – ")]
    [InlineData("WASHINGTON, Dec 19 (Reuters) - The hackers", "WASHINGTON, Dec 19 (Reuters) - ")]
    [InlineData("By Isaac Abrak ABUJA, Nov 1 (Reuters) - A man", "By Isaac Abrak ABUJA, Nov 1 (Reuters) - ")]
    [InlineData("ST. LOUIS (Reuters) - Shares", "ST. LOUIS (Reuters) - ")]
    [InlineData("SALT LAKE CITY (AP) — A Utah man", "SALT LAKE CITY (AP) — ")]
    [InlineData("SALT LAKE CITY — A Utah man", "SALT LAKE CITY — ")]
    public void A_dateline_is_read_through_its_dash(string text, string dateline)
    {
        Assert.Equal(dateline.Length, Dateline.Length(text));
    }

    [Theory]
    [InlineData("The company said on Monday - and again on Friday - that")]
    [InlineData("Apple said on Monday it would buy Beats")]
    [InlineData("London - the capital - is")]
    [InlineData("WASHINGTON (AP)")]
    [InlineData("WASHINGTON-based firms")]
    [InlineData("UK inflation rose to 3% - the highest")]
    [InlineData("(AP) - A man")]
    [InlineData("ISIS USES CHEMICAL WEAPONS - URGENT: ISIS kills")]
    [InlineData("")]
    public void Other_openings_are_no_dateline(string text)
    {
        Assert.Equal(0, Dateline.Length(text));
    }

    [Theory]
    [InlineData("WASHINGTON (AP) —", true)]
    [InlineData("NEWPORT, Wales — ", true)]
    [InlineData("WASHINGTON (AP) — The Pentagon said", false)]
    [InlineData("The Pentagon said —", false)]
    public void A_segment_is_a_dateline_only_when_it_is_nothing_else(string segment, bool dateline)
    {
        Assert.Equal(dateline, Dateline.IsSegment(segment));
    }

    [Fact]
    public void The_dateline_is_a_sentence_of_its_own_and_the_story_starts_after_it()
    {
        const string Text = "Strikes kill militant leader\n\nNEWPORT, Wales — The American airstrikes on Monday against the Shabab succeeded in killing the group's leader, the Pentagon announced Friday. The strikes were the first in months.\n";
        var analysis = Analyzer.Value.Analyze(Text);

        Assert.Equal("NEWPORT, Wales —", analysis.Sentences[0].GetText(Text));
        Assert.StartsWith("The American airstrikes", analysis.Sentences[1].GetText(Text), StringComparison.Ordinal);
        Assert.StartsWith("The American airstrikes", analysis.Summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(analysis.Entities, m => m.Text.StartsWith("The ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_one_line_story_that_opens_with_a_dateline_has_no_dateline_for_a_title()
    {
        const string Text = "SANAA, Dec 6 (Reuters) - An operation by Yemen's armed forces early on Saturday freed an American hostage held by militants in the south of the country, officials said. The hostage was flown to the capital on Saturday afternoon, a security official said, and the army said two militants were killed in the raid.";
        var structure = ArticleParser.Default.Parse(Text);

        Assert.Null(structure.Title);
        Assert.StartsWith("SANAA, Dec 6 (Reuters) -", structure.GetBody(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_datelines_reporter_place_and_agency_are_typed()
    {
        const string Text = "By Isaac Abrak ABUJA, Nov 1 (Reuters) - A man claiming to be the leader of the group said more than 200 girls kidnapped six months ago had been married off, contradicting government claims they would soon be freed.";
        var parts = Dateline.Parse(Text);
        var mentions = Analyzer.Value.Analyze(Text).Entities;

        Assert.Equal("Isaac Abrak", parts.Reporter.GetText(Text));
        Assert.Equal("ABUJA", parts.Place.GetText(Text));
        Assert.Equal("Reuters", parts.Agency.GetText(Text));
        Assert.Contains(mentions, m => m.Text == "Isaac Abrak" && m.Type == EntityType.Person);
        Assert.Contains(mentions, m => m.Text == "ABUJA" && m.Type == EntityType.Location);
        Assert.Contains(mentions, m => m.Text == "Reuters" && m.Type == EntityType.Organization);
    }

    [Fact]
    public void The_dateline_gives_no_key_phrase()
    {
        const string Text = "Water bill clears the Senate\n\nWASHINGTON (Capitol Wire) - The Senate passed an $8.5 billion bill to replace ageing water pipes and treatment plants on Tuesday. Senators said the water pipes bill would fund treatment plants in every state, and the House is expected to pass the bill next week.\n";
        var phrases = Analyzer.Value.Analyze(Text).Keyphrases.Select(k => k.Text).ToList();

        Assert.DoesNotContain(phrases, p => p.Contains("WASHINGTON", StringComparison.OrdinalIgnoreCase) || p.Contains("Capitol Wire", StringComparison.Ordinal));
        Assert.Contains(phrases, p => p.Contains("water pipes", StringComparison.Ordinal) || p.Contains("treatment plants", StringComparison.Ordinal));
    }
}
