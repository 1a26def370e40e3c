using TextInsight.Structure;

namespace TextInsight.Tests.Structure;

/// <summary>
/// The headline of a scraped page is looked for where pages put it (after the menus, before the byline, often shown
/// twice, once with the site's name), not simply on the first line: the features that say so, and the built-in model's
/// choice on pages of that shape.
/// </summary>
public class HeadlineChoiceTests
{
    internal const string Page =
        "Skip to content\n" +
        "Home\nNews\nSport\nBusiness\nWeather\n" +
        "Council approves new budget for city schools - The Daily Courier\n" +
        "Council approves new budget for city schools\n" +
        "By Jane Doe\n" +
        "The city council approved a new budget for its schools on Monday evening, after a debate that ran for more than four hours.\n" +
        "The budget adds money for teachers and for repairs to three school buildings, the council said in a statement.\n" +
        "Several members had argued that the schools could wait for another year, but the vote was seven to two.\n" +
        "Related stories\nMayor opens new bridge\nCouncil elections next spring\n" +
        "Copyright 2026 The Daily Courier. All rights reserved.";

    private static float[] Rows(string text, out List<TextUnit> units)
    {
        units = ArticleParser.ReadUnits(text);
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(units);
        var rows = new float[units.Count * LineFeatures.Width];
        LineFeatures.Fill(text, span, rows);
        var body = new double[units.Count];
        for (int i = 0; i < units.Count; i++)
        {
            body[i] = units[i].Words >= 15 ? 0.9 : 0.1;
        }

        LineFeatures.FillTitle(text, span, body, rows);
        return rows;
    }

    private static int UnitOf(string text, List<TextUnit> units, string line) =>
        units.FindIndex(u => text.Substring(u.Start, u.Length) == line);

    [Fact]
    public void Headline_shown_again_with_the_sites_name_is_held_by_that_line_and_that_line_holds_it()
    {
        var rows = Rows(Page, out var units);
        int headline = UnitOf(Page, units, "Council approves new budget for city schools");
        int withSite = UnitOf(Page, units, "Council approves new budget for city schools - The Daily Courier");
        int menu = UnitOf(Page, units, "Weather");
        Assert.True(headline > 0 && withSite > 0 && menu > 0);

        Assert.Equal(1, rows[(headline * LineFeatures.Width) + LineFeatures.HeldByOthersColumn]);
        Assert.Equal(0, rows[(withSite * LineFeatures.Width) + LineFeatures.HeldByOthersColumn]);
        Assert.Equal(1, rows[(withSite * LineFeatures.Width) + LineFeatures.HoldsOtherColumn]);
        Assert.Equal(0, rows[(headline * LineFeatures.Width) + LineFeatures.HoldsOtherColumn]);
        Assert.Equal(0, rows[(menu * LineFeatures.Width) + LineFeatures.HoldsOtherColumn]);
    }

    [Fact]
    public void Byline_after_the_headline_and_the_menu_before_it_are_counted()
    {
        var rows = Rows(Page, out var units);
        int headline = UnitOf(Page, units, "Council approves new budget for city schools");
        int withSite = UnitOf(Page, units, "Council approves new budget for city schools - The Daily Courier");

        Assert.Equal(1, rows[(headline * LineFeatures.Width) + LineFeatures.MetadataAfterColumn]);
        Assert.Equal(2, rows[(withSite * LineFeatures.Width) + LineFeatures.MetadataAfterColumn]);
        // "Skip to content" and the five menu words.
        Assert.Equal(6, rows[(withSite * LineFeatures.Width) + LineFeatures.ShortRunBeforeColumn]);
        Assert.Equal(0, rows[(headline * LineFeatures.Width) + LineFeatures.ShortRunBeforeColumn]);
    }

    [Fact]
    public void Built_in_model_takes_the_headline_after_the_menu_not_the_first_line()
    {
        var s = ArticleParser.Default.Parse(Page);
        StructureInvariants.AssertHold(Page, s);
        string? title = s.Title?.GetText(Page);
        Assert.NotNull(title);
        Assert.StartsWith("Council approves new budget for city schools", title, StringComparison.Ordinal);
        Assert.Contains("approved a new budget", s.GetBody(), StringComparison.Ordinal);
        Assert.DoesNotContain("Weather", s.GetBody(), StringComparison.Ordinal);
    }
}
