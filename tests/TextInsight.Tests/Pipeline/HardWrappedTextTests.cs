using System.Text.RegularExpressions;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Pipeline;

/// <summary>
/// Text hard-wrapped at a column (e-mail, terminal tools, text exported from narrow layouts) gives what the same text
/// with one line per paragraph gives: before, a wrapped first line that read like a heading ended a sentence
/// (<c>Building Society</c> / <c>Association (BSA) said…</c> made <c>Association</c> a person), headings that the width
/// broke were read as paragraphs, and names and key phrases kept the line break (<c>Tony\nBlair</c>).
/// </summary>
public sealed partial class HardWrappedTextTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.CreateDefault();
    private static readonly Lazy<ArticleAnalysis> Seed = new(() => Analyzer.Analyze(SeedArticle.Text));

    [Theory]
    [InlineData(30)]
    [InlineData(40)]
    [InlineData(56)]
    [InlineData(72)]
    public void The_seed_wrapped_at_a_column_reads_as_the_seed(int width)
    {
        string wrapped = Wrap(SeedArticle.Text, width);
        Assert.NotEqual(SeedArticle.Text, wrapped);

        var a = Analyzer.Analyze(wrapped);

        Assert.Equal(Flat(Seed.Value.Title!), Flat(a.Title!));
        Assert.Equal(Seed.Value.Structure.Sections.Select(s => s.Heading is { } h ? Flat(h.GetText(SeedArticle.Text)) : null),
            a.Structure.Sections.Select(s => s.Heading is { } h ? Flat(h.GetText(wrapped)) : null));
        Assert.Equal(Seed.Value.Sentences.Select(s => Flat(s.GetText(SeedArticle.Text))), a.Sentences.Select(s => Flat(s.GetText(wrapped))));
        Assert.Equal(Seed.Value.EntitySummary.Select(e => (e.Name, e.Type, string.Join('|', e.Aliases))),
            a.EntitySummary.Select(e => (e.Name, e.Type, string.Join('|', e.Aliases))));
        Assert.Equal(Seed.Value.Keyphrases.Select(k => k.Text), a.Keyphrases.Select(k => k.Text));
    }

    [Theory]
    [InlineData(40, false)]
    [InlineData(60, false)]
    [InlineData(72, false)]
    [InlineData(60, true)]
    public void The_seed_wrapped_and_in_one_case_reads_as_the_seed_in_that_case(int width, bool capitals)
    {
        // Case restoration reads line by line: each wrapped line's first word was taken for a sentence's start and got
        // a capital (Centralized, All, Lock-in became names of their own).
        string oneCase = capitals ? SeedArticle.Text.ToUpperInvariant() : SeedArticle.Text.ToLowerInvariant();
        string wrapped = Wrap(oneCase, width);
        var expected = Analyzer.Analyze(oneCase);

        var a = Analyzer.Analyze(wrapped);

        Assert.Contains(a.Warnings, w => w.StartsWith(capitals ? "text in capitals" : "text in lower case", StringComparison.Ordinal));
        Assert.Equal(expected.Sentences.Select(s => Flat(s.GetText(oneCase))), a.Sentences.Select(s => Flat(s.GetText(wrapped))));
        Assert.Equal(expected.EntitySummary.Select(e => (e.Name, e.Type)), a.EntitySummary.Select(e => (e.Name, e.Type)));
        Assert.Equal(expected.Keyphrases.Select(k => k.Text), a.Keyphrases.Select(k => k.Text));
    }

    [Fact]
    public void Wrapped_lower_case_text_with_a_date_and_a_title_keeps_its_paragraphs_and_its_names()
    {
        const string Body = """
            mortgage lending fell in january, according to figures published on
            tuesday by two industry bodies that track the housing market closely.

            both the council of mortgage lenders and the building society
            association said lending was down sharply on monday. the council said
            gross lending stood at 17.9bn, compared with 21.8bn a year earlier.
            """;

        var a = Analyzer.Analyze(new DocumentInput { Source = "a.csv#1", Content = Body, Title = "lending slows", Published = new DateOnly(2005, 2, 10) });

        Assert.Equal(new DateOnly(2005, 2, 10), a.Published);
        Assert.Equal("lending slows", a.Title);
        Assert.Contains("both the council of mortgage lenders and the building society association said lending was down sharply on monday.",
            a.Sentences.Select(s => Flat(s.GetText(a.Text))));
        // A wrapped line's first word is no name: "Tuesday" is a date, "Gross" and "Association" were names.
        Assert.DoesNotContain(a.EntitySummary, e => e.Name is "Gross" or "Association" or "Tuesday By");
        Assert.Contains(a.Entities, m => m.Type == TextInsight.Entities.EntityType.Date && m.Iso == "2005-02-07");
    }

    [Fact]
    public void A_wrapped_first_line_that_reads_like_a_heading_does_not_end_a_sentence()
    {
        const string Text = """
            Lending Slows After the Holidays

            Mortgage lending fell in January, according to figures published on
            Tuesday by two industry bodies that track the housing market closely.

            Both the Council of Mortgage Lenders and the Building Society
            Association said lending was down sharply. The council said gross
            lending stood at 17.9bn, compared with 21.8bn a year earlier.
            """;

        var a = Analyzer.Analyze(Text);

        var sentences = a.Sentences.Select(s => Flat(s.GetText(Text))).ToList();
        Assert.Contains("Both the Council of Mortgage Lenders and the Building Society Association said lending was down sharply.", sentences);
        Assert.DoesNotContain(a.EntitySummary, e => e.Name == "Association");
    }

    [Fact]
    public void Wrapped_text_that_is_repaired_or_given_a_date_keeps_its_paragraphs_whole()
    {
        // A warning (the repair of a reference) and a known date each copy the structure: the copy must still read the
        // paragraph's line breaks as spaces.
        const string Text = """
            Lending Slows After the Holidays

            Mortgage lending fell in January, according to figures published on
            Tuesday by two industry bodies that track the housing market &amp; prices.

            Both the Council of Mortgage Lenders and the Building Society
            Association said lending was down sharply. The council said gross
            lending stood at 17.9bn, compared with 21.8bn a year earlier.
            """;

        var a = Analyzer.Analyze(new DocumentInput { Source = "wrapped.txt", Content = Text, Published = new DateOnly(2005, 2, 10) });

        Assert.True(a.TextRepaired);
        Assert.Equal(new DateOnly(2005, 2, 10), a.Published);
        Assert.Contains("Both the Council of Mortgage Lenders and the Building Society Association said lending was down sharply.",
            a.Sentences.Select(s => Flat(s.GetText(a.Text))));
    }

    [Fact]
    public void Names_and_key_phrases_broken_across_lines_are_shown_on_one_line()
    {
        const string Text = """
            Minister Defends Budget Plans

            The chancellor's plans were defended on Monday by the Prime Minister Tony
            Blair, who said the Treasury had met every rule it set itself. Tony
            Blair told MPs that the Bank of England agreed with the forecasts.

            Mr Blair said the plans would be published in full next week, and the
            Bank of England would comment on them in its quarterly Inflation
            Report.
            """;

        var a = Analyzer.Analyze(Text);

        var blair = Assert.Single(a.EntitySummary, e => e.Name == "Tony Blair");
        Assert.All(blair.Aliases, alias => Assert.DoesNotContain('\n', alias));
        Assert.All(a.EntitySummary, e => Assert.DoesNotMatch(@"\s\s|[\r\n\t]", e.Name));
        Assert.All(a.Keyphrases, k => Assert.DoesNotMatch(@"\s\s|[\r\n\t]", k.Text));
        // The mention itself keeps the text as written: it indexes the document.
        Assert.Contains(a.Entities, m => m.Text == "Tony\nBlair");
    }

    [Fact]
    public void A_wrapped_line_that_starts_with_a_spaced_dash_a_number_or_a_hashtag_continues_its_paragraph()
    {
        // The wrap put " - ", "57." and "#MeToo" at the start of a line: the paragraph goes on; read as a list item or a
        // heading, each cut a sentence in two.
        const string Text = """
            Profits Rise at the Bank

            The bank said profits for the first half of the year of trading
            - were £2bn, up from £1.5bn, as lending to households grew
            strongly.

            The chief executive, who has run the bank since 2015, is aged
            57. He said the figures showed the plan was working as intended.

            Staff who joined the campaign that began online with the hashtag
            #MeToo said they had been heard by the board and its chairman.
            """;

        var a = Analyzer.Analyze(Text);

        var sentences = a.Sentences.Select(s => Flat(s.GetText(Text))).ToList();
        Assert.Contains("The bank said profits for the first half of the year of trading - were £2bn, up from £1.5bn, as lending to households grew strongly.", sentences);
        Assert.Contains("The chief executive, who has run the bank since 2015, is aged 57.", sentences);
        Assert.Contains("Staff who joined the campaign that began online with the hashtag #MeToo said they had been heard by the board and its chairman.", sentences);
        Assert.Single(a.Structure.Sections);
        Assert.Equal(3, a.Structure.Sections[0].Paragraphs.Count);
    }

    [Fact]
    public void A_list_in_wrapped_text_stays_a_list()
    {
        // A list opens after a colon or a sentence's end, even when the line above filled the width.
        const string Text = """
            Budget Measures in Brief

            The chancellor announced a series of measures that he said would help
            families with the cost of living over the coming twelve months ahead:
            - a freeze on fuel duty for the rest of the year
            - more help with childcare costs for working parents

            Lenders gave three reasons for keeping their call centres at home:
            - the lenders said that their call centre staff were part of the core,
            - they are worried about the risk of going abroad,
            - they fear damage to their brand.

            The chancellor told MPs that the measures would be paid for by savings
            found across government departments, and that borrowing would fall in
            each of the next three years. He said the plans had been checked by
            the independent forecasters, who judged that the economy would grow by
            two per cent this year and next.

            The opposition said the measures did not go far enough and that the
            plan had come too late. Prices had risen for most of the year before.
            - Reporting by the political staff in London and in Edinburgh
            """;

        var a = Analyzer.Analyze(Text);

        var sentences = a.Sentences.Select(s => Flat(s.GetText(Text))).ToList();
        // The text is read as wrapped: its prose paragraphs are joined.
        Assert.Contains("The chancellor told MPs that the measures would be paid for by savings found across government departments, and that borrowing would fall in each of the next three years.", sentences);
        Assert.Contains("- a freeze on fuel duty for the rest of the year", sentences);
        Assert.Contains("- more help with childcare costs for working parents", sentences);
        // An item that fills the width and ends with a comma is followed by the next item, not continued by it.
        Assert.Contains("- the lenders said that their call centre staff were part of the core,", sentences);
        Assert.Contains("- they are worried about the risk of going abroad,", sentences);
        Assert.DoesNotContain(sentences, s => s.Contains("ahead: -", StringComparison.Ordinal) || s.Contains("before. -", StringComparison.Ordinal));
    }

    /// <summary>Each line of <paramref name="text"/> wrapped at <paramref name="width"/>, as e-mail tools do.</summary>
    private static string Wrap(string text, int width) =>
        string.Join("\n", text.Split('\n').Select(l => TextWrapper.Wrap(l, width)));

    private static string Flat(string s) => WhiteSpace().Replace(s, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
