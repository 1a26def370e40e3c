using System.Globalization;
using System.Text.Json;
using TextInsight.Entities;
using TextInsight.Serialization;

namespace TextInsight.Tests.Entities;

/// <summary>
/// Periods news writes as dates (quarters, halves, decades, financial years and seasons, parts of a year, fiscal years)
/// and the UK press's percent (<c>10.1pc</c>), with the false dates they must not take (scores, ranges, codes, ages,
/// page numbers). Sentences written for this project; relative years resolve against Friday 3 May 2024.
/// </summary>
public class DatePeriodTests
{
    private static readonly DateOnly Published = new(2024, 5, 3);

    [Theory]
    [InlineData("Sales in the first quarter of 2022 rose.", "the first quarter of 2022", "2022-Q1")]
    [InlineData("Growth slowed in the final quarter of 2004.", "the final quarter of 2004", "2004-Q4")]
    [InlineData("GDP fell in the last quarter of 2004.", "the last quarter of 2004", "2004-Q4")]
    [InlineData("Sales fell in third quarter of 2004, it said.", "third quarter of 2004", "2004-Q3")]
    [InlineData("Sales in Q3 2021 rose.", "Q3 2021", "2021-Q3")]
    [InlineData("Results for Q4 of 2020 were weak.", "Q4 of 2020", "2020-Q4")]
    [InlineData("Profit rose in the second half of 2004.", "the second half of 2004", "2004-H2")]
    [InlineData("Profit rose in the first half of 2005.", "the first half of 2005", "2005-H1")]
    [InlineData("Profits rose in 2022-23 and fell.", "2022-23", "2022/2023")]
    [InlineData("The 2019/20 season was cut short.", "2019/20", "2019/2020")]
    [InlineData("Spending grew in 1999-00, it said.", "1999-00", "1999/2000")]
    [InlineData("It was their first title since the 2000/2001 season.", "2000/2001", "2000/2001")]
    [InlineData("It should fall by mid-2024.", "mid-2024", "2024")]
    [InlineData("In early 2021 the firm hired staff.", "early 2021", "2021")]
    [InlineData("It launched in late 2003.", "late 2003", "2003")]
    [InlineData("By the end of 2020 it had none.", "the end of 2020", "2020")]
    [InlineData("Prices are higher than at the start of 2004.", "the start of 2004", "2004")]
    [InlineData("The budget for fiscal 2023 grew.", "fiscal 2023", "2023")]
    [InlineData("Revenue for FY2023 grew.", "FY2023", "2023")]
    [InlineData("In the 1990s they fell.", "the 1990s", "1990s")]
    [InlineData("The 1990s were different.", "The 1990s", "1990s")]
    [InlineData("It was built in 1960s Britain.", "1960s", "1960s")]
    [InlineData("It was made in the 1980's.", "the 1980's", "1980s")]
    [InlineData("It rose in early 1980's trade.", "early 1980's", "1980s")]
    [InlineData("It sold well in the mid-1990s.", "the mid-1990s", "1990s")]
    [InlineData("It sold well in the early 2000s.", "the early 2000s", "2000s")]
    [InlineData("The company grew in the 80s.", "the 80s", "1980s")]
    [InlineData("They were hugely popular in the mid-80s.", "the mid-80s", "1980s")]
    [InlineData("It was a hit in the late '70s.", "the late '70s", "1970s")]
    [InlineData("It was a hit in the ’70s.", "the ’70s", "1970s")]
    public void A_period_is_a_date_with_its_value_and_the_whole_expression(string text, string mention, string iso)
    {
        var m = Assert.Single(NumericTestReader.Mentions(text), x => x.Type == EntityType.Date);
        Assert.Equal(mention, text[m.Start..m.End]);
        Assert.Equal(iso, m.Iso);
    }

    [Theory]
    [InlineData("Sales rose in the fourth quarter of last year.", "the fourth quarter of last year", "2023-Q4")]
    [InlineData("Sales rose in the first half of this year.", "the first half of this year", "2024-H1")]
    [InlineData("It opens by the end of next year.", "the end of next year", "2025")]
    public void A_period_of_a_relative_year_resolves_against_the_publication_date(string text, string mention, string iso)
    {
        var m = Assert.Single(NumericTestReader.Mentions(text, Published), x => x.Type == EntityType.Date);
        Assert.Equal(mention, text[m.Start..m.End]);
        Assert.Equal(iso, m.Iso);
    }

    [Fact]
    public void A_period_of_a_relative_year_without_a_publication_date_is_no_date()
    {
        Assert.DoesNotContain(NumericTestReader.Mentions("Sales rose in the fourth quarter of last year."), x => x.Type == EntityType.Date);
    }

    [Theory]
    [InlineData("the 1960s and 70s", "the 1960s", "1960s", "70s", "1970s")]
    [InlineData("the late 80s and early 90s", "the late 80s", "1980s", "early 90s", "1990s")]
    [InlineData("the 1990s and 00s", "the 1990s", "1990s", "00s", "2000s")]
    [InlineData("the 1970's and 1980's", "the 1970's", "1970s", "1980's", "1980s")]
    public void A_two_digit_decade_joined_to_a_decade_takes_its_century(string phrase, string first, string firstIso, string second, string secondIso)
    {
        string text = $"It was popular in {phrase}, they said.";
        var dates = NumericTestReader.Mentions(text).Where(x => x.Type == EntityType.Date).ToList();
        Assert.Equal([first, second], dates.Select(d => text[d.Start..d.End]));
        Assert.Equal([firstIso, secondIso], dates.Select(d => d.Iso));
    }

    [Theory]
    [InlineData("Inflation was 10.1pc in October.", "10.1pc", "10.1")]
    [InlineData("It was up from 9.9pc.", "9.9pc", "9.9")]
    [InlineData("A 50pc tax band.", "50pc", "50")]
    public void A_glued_pc_is_a_percent(string text, string mention, string value)
    {
        var m = Assert.Single(NumericTestReader.Mentions(text), x => x.Type == EntityType.Percent);
        Assert.Equal(mention, text[m.Start..m.End]);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), m.Value);
    }

    [Theory]
    [InlineData("He bought 10 PCs and 3 pc games.")]
    [InlineData("The IBM pc was launched.")]
    public void Pc_that_is_not_glued_to_a_number_is_no_percent(string text)
    {
        Assert.DoesNotContain(NumericTestReader.Mentions(text), x => x.Type == EntityType.Percent);
    }

    [Theory]
    [InlineData("United won 2-1 at home.")]
    [InlineData("Output grew between 2010-15, it said.")]
    [InlineData("Collected Poems 1965-2003 came out.")]
    [InlineData("Call 555-2022-23 for tickets.")]
    [InlineData("The part XR-2022-23 was recalled.")]
    [InlineData("The code 2022-23-41 was used.")]
    [InlineData("The code 2022-23b was used.")]
    [InlineData("See pages 1998-99 of the report.")]
    [InlineData("It is set out in section 2019/20 of the act.")]
    [InlineData("The model 2022-23 was sold.")]
    [InlineData("A man in his 80s was hurt.")]
    [InlineData("A man in his '80s was hurt.")]
    [InlineData("She is in her late 30s.")]
    [InlineData("It pays £100 to the over-70s.")]
    [InlineData("By his 20s he was a leading figure.")]
    [InlineData("Temperatures were in the 30s this morning.")]
    [InlineData("Highs will warm into the 70s.")]
    [InlineData("It was still in the 50s on Friday.")]
    [InlineData("The low was the 30s F.")]
    [InlineData("Audiences are in the 10s and 100s.")]
    [InlineData("The roaring 20s were back.")]
    [InlineData("There were 1000s of fans.")]
    [InlineData("Band Aid 20's single sold well.")]
    [InlineData("The B1990s model sold well.")]
    [InlineData("He wrote 2010's The Social Network.")]
    [InlineData("It beat 1980's 6.19 mln tonnes.")]
    [InlineData("The Q5 2021 model sold well.")]
    public void What_only_looks_like_a_period_is_no_date(string text)
    {
        Assert.DoesNotContain(NumericTestReader.Mentions(text), x => x.Type == EntityType.Date);
    }

    [Fact]
    public void A_year_range_that_is_no_period_keeps_its_year_as_before()
    {
        // The year after "in" is a date as it was; only two consecutive years are a period.
        const string text = "It was planned in 2007-13.";
        var m = Assert.Single(NumericTestReader.Mentions(text), x => x.Type == EntityType.Date);
        Assert.Equal("2007", text[m.Start..m.End]);
        Assert.Equal("2007", m.Iso);
    }

    [Fact]
    public void The_json_record_carries_each_period_value_in_iso()
    {
        const string text = "Sales rose.\n\nInflation was 10.1pc in October 2022. Profits rose in 2022-23 and should fall by mid-2024. "
            + "Sales in the first quarter of 2022 and in Q3 2021 rose, and in the 1990s they fell. The company grew in the 80s.\n";
        var record = AnalysisJson.ToRecord(TextAnalyzer.CreateDefault().Analyze(text, "periods.txt"));
        using var doc = JsonDocument.Parse(AnalysisJson.Serialize(record));
        var found = doc.RootElement.GetProperty("entities").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() is "Date" or "Percent")
            .Select(e => e.GetProperty("type").GetString() == "Date"
                ? $"{e.GetProperty("text").GetString()}={e.GetProperty("iso").GetString()}"
                : $"{e.GetProperty("text").GetString()}={e.GetProperty("value").GetDecimal().ToString(CultureInfo.InvariantCulture)}")
            .ToList();
        Assert.Equal(
            ["10.1pc=10.1", "October 2022=2022-10", "2022-23=2022/2023", "mid-2024=2024", "the first quarter of 2022=2022-Q1",
             "Q3 2021=2021-Q3", "the 1990s=1990s", "the 80s=1980s"],
            found);
    }

    [Theory]
    // A hard-wrapped line: the mention spans the line break, its text as written.
    [InlineData("Tesco shares rise\n\nTesco said sales rose in the first\nquarter of 2022, its chief executive said in London.\n", "the first\nquarter of 2022", "2022-Q1")]
    // Copy in capitals: the truecaser restores "the 1990s" before the period rules read it.
    [InlineData("TESCO SHARES RISE\n\nTESCO SAID SALES WERE HIGHER IN THE 1990S, ITS CHIEF EXECUTIVE SAID IN LONDON ON FRIDAY.\n", "THE 1990S", "1990s")]
    // HTML: inline markup inside the expression is no break.
    [InlineData("<html><body><article><h1>Tesco shares rise</h1><p>Tesco said sales rose in the <b>second half</b> of 2004, its chief executive said in London.</p></article></body></html>", "the second half of 2004", "2004-H2")]
    public void A_period_is_read_across_a_wrapped_line_in_capitals_and_in_HTML(string input, string written, string iso)
    {
        var analyzer = TextAnalyzer.CreateDefault();
        var analysis = input.StartsWith("<html>", StringComparison.Ordinal) ? analyzer.AnalyzeHtml(input, "period.html") : analyzer.Analyze(input, "period.txt");

        var m = Assert.Single(analysis.Entities, x => x.Type == EntityType.Date);
        Assert.Equal(written, m.Text);
        Assert.Equal(iso, m.Iso);
    }
}
