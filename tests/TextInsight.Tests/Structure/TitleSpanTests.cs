using TextInsight.Structure;

namespace TextInsight.Tests.Structure;

/// <summary>
/// A headline shown on one line with the site's or section's name, or at the end of a breadcrumb, is cut from that
/// line: the title is then a piece of the line, indexing the original text, and the rest is navigation. A line whose
/// other piece reads as part of the headline is not cut.
/// </summary>
public class TitleSpanTests
{
    private static string Cut(string text, string line)
    {
        int start = text.IndexOf(line, StringComparison.Ordinal);
        Assert.True(start >= 0);
        var span = TitleSpan.Cut(text, start, start + line.Length);
        Assert.True(span.Start >= start && span.End <= start + line.Length, "the title stays inside its line");
        return span.GetText(text);
    }

    [Fact]
    public void Sites_name_after_a_separator_is_cut_when_the_page_shows_it_elsewhere()
    {
        const string Line = "Council approves new budget for city schools - The Daily Courier";
        string text = "Home\nNews\n" + Line + "\nThe council met on Monday.\nCopyright 2026 The Daily Courier.";
        Assert.Equal("Council approves new budget for city schools", Cut(text, Line));

        const string Before = "The Daily Courier | Council approves new budget for city schools";
        text = "Home\n" + Before + "\nThe council met on Monday.\n© The Daily Courier";
        Assert.Equal("Council approves new budget for city schools", Cut(text, Before));
    }

    [Fact]
    public void Headline_at_the_end_of_a_breadcrumb_is_cut_from_it()
    {
        const string Line = "Home / Fashion / Finding your vintage style, part two";
        Assert.Equal("Finding your vintage style, part two", Cut(Line + "\nText of the article follows here.", Line));
    }

    [Fact]
    public void In_a_breadcrumb_the_headline_is_the_end_piece_not_a_longer_step_between()
    {
        const string Line = "Health > Kids > Our Feelings And Moods > Dealing with anger";
        Assert.Equal("Dealing with anger", Cut(Line + "\nText of the article follows here.", Line));

        // A chain of names after the headline: the first piece.
        const string Chain = "Council approves new budget for city schools - Local News - The Courier";
        Assert.Equal("Council approves new budget for city schools", Cut(Chain + "\nText.", Chain));
    }

    [Fact]
    public void A_piece_shown_nowhere_else_or_as_long_as_a_headline_stays_in_the_title()
    {
        // One separator and a first piece the page shows nowhere else: it may be part of the headline.
        const string Kicker = "Peugeot and Citroen - electric car production suspended for a month";
        Assert.Equal(Kicker, Cut(Kicker + "\nThe two brands said on Monday that the plant would close.", Kicker));

        // Both sides as long as headlines.
        const string Two = "Storm hits the coast - thousands of homes left without power";
        Assert.Equal(Two, Cut(Two + "\nStorm hits the coast, the report said, and thousands of homes were dark.", Two));

        // No separator at all; a hyphen inside a word is none.
        const string Plain = "Blue-chip stocks fall as rates rise";
        Assert.Equal(Plain, Cut(Plain + "\nBlue-chip text.", Plain));
    }

    [Fact]
    public void Parser_cuts_the_sites_name_off_the_headline_line_and_keeps_it_as_navigation()
    {
        const string Page =
            "Skip to content\n" +
            "Home\nNews\nSport\nBusiness\nWeather\n" +
            "Council approves new budget for city schools - The Daily Courier\n" +
            "By Jane Doe\n" +
            "The city council approved a new budget for its schools on Monday evening, after a debate that ran for more than four hours.\n" +
            "The budget adds money for teachers and for repairs to three school buildings, the council said in a statement.\n" +
            "Several members had argued that the schools could wait for another year, but the vote was seven to two.\n" +
            "Related stories\nMayor opens new bridge\nCouncil elections next spring\n" +
            "Copyright 2026 The Daily Courier. All rights reserved.";
        var s = ArticleParser.Default.Parse(Page);
        StructureInvariants.AssertHold(Page, s);
        Assert.Equal("Council approves new budget for city schools", s.Title?.GetText(Page));
        Assert.Contains(s.Boilerplate, b => b.Kind == BoilerplateKind.Navigation && b.Span.GetText(Page) == "- The Daily Courier");
        Assert.DoesNotContain("Daily Courier", s.GetBody(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_line_is_never_the_title_of_a_page_with_boilerplate()
    {
        // Nothing headline-like before the date: the rules' first line would be the date line.
        const string Page =
            "Saturday, November 10, 2012\n" +
            "The city council approved a new budget for its schools on Monday evening, after a debate that ran for more than four hours.\n" +
            "The budget adds money for teachers and for repairs to three school buildings, the council said in a statement.\n" +
            "Share this\nCopyright 2026 The Daily Courier. All rights reserved.";
        var s = ArticleParser.Default.Parse(Page);
        StructureInvariants.AssertHold(Page, s);
        Assert.NotEqual("Saturday, November 10, 2012", s.Title?.GetText(Page));
        Assert.Contains(s.Metadata, m => m.GetText(Page) == "Saturday, November 10, 2012");
        Assert.Equal(new DateOnly(2012, 11, 10), s.Published);
    }

    [Fact]
    public void A_unit_of_two_lines_is_not_cut_across_its_line_break()
    {
        // Found by ArticleParserPropertyTests (CsCheck seed 01Mh44AQMdZ1): the two lines after the blank one read as one
        // unit, and its last piece after " | " took "AI" from one line and the headline from the next.
        const string Text = "   indented line with spaces   \n# \n0\n0\n!b@)b(=.?=\n***>X'>'c\"(#Y?*XYcY)_\n"
            + "@1?;09,ab\t!>_\";:|;_0’a''-ccYa1\n  \nKubernetes | Open Source | AI\n£50m for Gerrard?\n\nHome > Business\n\n"
            + "BY JANE DOE | Published 3 May 2024\n\nline with CR\n";
        const string Unit = "Kubernetes | Open Source | AI\n£50m for Gerrard?";
        Assert.Equal(Unit, Cut(Text, Unit));

        var s = ArticleParser.Default.Parse(Text);
        StructureInvariants.AssertHold(Text, s);
    }

    [Fact]
    public void Text_without_boilerplate_keeps_its_first_line_whole()
    {
        // An article as written: the rules' first line stands, separators and all.
        const string Text = "Budget day - what it means for you\n\nThe chancellor set out the budget on Wednesday, with changes to income tax and to duties.\n\nEconomists said the plans were broadly as expected.";
        var s = ArticleParser.Default.Parse(Text);
        StructureInvariants.AssertHold(Text, s);
        Assert.Equal("Budget day - what it means for you", s.Title?.GetText(Text));
    }
}
