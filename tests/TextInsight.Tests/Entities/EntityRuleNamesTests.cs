using TextInsight.Entities;
using TextInsight.Structure;

namespace TextInsight.Tests.Entities;

/// <summary>
/// Names that page conventions type whatever their words look like: the holder of a copyright notice in boilerplate and
/// the agency of a dateline are organizations.
/// </summary>
public class EntityRuleNamesTests
{
    private const string Body = "The council approved the plan on Tuesday after a long debate.\n\nThe vote was close and the opposition said it would keep campaigning against it.";

    [Theory]
    [InlineData("© 2024 Harbour Lane Media. All rights reserved.", "Harbour Lane Media")]
    [InlineData("Copyright © 2024 Westbrook Press. Contact: desk@westbrook.example", "Westbrook Press")]
    [InlineData("© 2019-2024 Quill & Ink Publishing | Terms | Privacy", "Quill & Ink Publishing")]
    [InlineData("© 2024 Oldham Daily", "Oldham Daily")]
    public void The_holder_of_a_copyright_notice_is_an_organization(string footer, string holder)
    {
        string text = "Council Approves New Plan\n\n" + Body + "\n\n" + footer + "\n";
        var structure = ArticleParser.Default.Parse(text);

        var spans = EntityRecognizer.CopyrightHolders(structure);

        Assert.Equal([holder], spans.Select(s => s.GetText(text)));
    }

    [Theory]
    [InlineData("© 2024. All rights reserved.")]
    [InlineData("Contact us | Privacy policy | Terms of use")]
    public void A_footer_without_a_named_holder_gives_none(string footer)
    {
        string text = "Council Approves New Plan\n\n" + Body + "\n\n" + footer + "\n";

        Assert.Empty(EntityRecognizer.CopyrightHolders(ArticleParser.Default.Parse(text)));
    }

    [Theory]
    [InlineData("OSLO (Northgate) - The company said profits rose.", "Northgate")]
    [InlineData("WASHINGTON (River Wire) - Senators voted on Tuesday.", "River Wire")]
    [InlineData("NEW YORK (Harbor News Service) — Shares fell.", "Harbor News Service")]
    [InlineData("ST. JOHN'S (Atlantic Wire) - Fishing resumed.", "Atlantic Wire")]
    public void The_agency_of_a_dateline_is_found(string paragraph, string agency)
    {
        var span = Dateline.Parse(paragraph).Agency;

        Assert.Equal(agency, span.GetText(paragraph));
    }

    [Theory]
    [InlineData("Oslo (Norway) is a city.")]
    [InlineData("The firm (Northgate) - said nothing.")]
    [InlineData("OSLO (reuters) - lower case is no agency.")]
    [InlineData("OSLO - no brackets at all.")]
    [InlineData("$0?\u00a0FRANKFURT (Eurodesk) - a money amount and symbols before the city.")]
    [InlineData("2024 BERLIN (Eurodesk) - a number before the city.")]
    public void Brackets_that_are_no_dateline_agency_give_none(string paragraph)
    {
        Assert.Equal(0, Dateline.Parse(paragraph).Agency.Length);
    }

    [Fact]
    public void A_dateline_gives_its_city_as_a_location_and_its_agency_as_an_organization()
    {
        const string text = "Council Approves New Harbour Plan\n\nLISBON (Quayside Wire) - The council approved the plan on Tuesday after a long debate.\n\nThe vote was close and the opposition said it would keep campaigning against it.\n";

        var names = TextAnalyzer.CreateDefault().Analyze(text).Entities.Where(e => e.Text is "LISBON" or "Quayside Wire");

        Assert.Equal([("LISBON", EntityType.Location, Zone.Body), ("Quayside Wire", EntityType.Organization, Zone.Body)], names.Select(e => (e.Text, e.Type, e.Zone)));
    }

    [Fact]
    public void A_copyright_holder_is_an_organization_mention_in_boilerplate()
    {
        const string text = "Council Approves New Harbour Plan\n\n" + Body + "\n\n© 2024 Harbour Lane Media. All rights reserved.\n";

        var holder = Assert.Single(TextAnalyzer.CreateDefault().Analyze(text).Entities, e => e.Text.Contains("Harbour Lane", StringComparison.Ordinal));

        Assert.Equal(("Harbour Lane Media", EntityType.Organization, Zone.Boilerplate), (holder.Text, holder.Type, holder.Zone));
    }
}
