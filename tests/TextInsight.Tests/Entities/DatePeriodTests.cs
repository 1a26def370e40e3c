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
    [InlineData("Prices rose in the summer of last year.", "the summer of last year", "2023")]
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

    [Theory]
    [InlineData("Sales rose in the summer of 2019, it said.", "the summer of 2019", "2019")]
    [InlineData("The law takes effect in spring 2021.", "spring 2021", "2021")]
    [InlineData("Prices jumped in autumn 2020 and fell.", "autumn 2020", "2020")]
    [InlineData("It was uncovered in the late autumn of 1982.", "the late autumn of 1982", "1982")]
    [InlineData("The plant should be running by the fall of 1990.", "the fall of 1990", "1990")]
    [InlineData("It was released in fall 1979 to acclaim.", "fall 1979", "1979")]
    [InlineData("They hope to reopen by Spring 2005.", "Spring 2005", "2005")]
    [InlineData("In Summer 1987 it opened.", "Summer 1987", "1987")]
    [InlineData("PLAYSTATION TO ARRIVE IN SPRING 2006.", "SPRING 2006", "2006")]
    [InlineData("Work starts in early summer 2020.", "early summer 2020", "2020")]
    // A winter across two years is the pair of years, as the season of a sport is.
    [InlineData("Energy bills rose in winter 2021-22.", "winter 2021-22", "2021/2022")]
    [InlineData("Snow fell in the winter of 2009/10.", "the winter of 2009/10", "2009/2010")]
    public void A_season_of_a_year_is_a_date_of_that_year(string text, string mention, string iso)
    {
        var m = Assert.Single(NumericTestReader.Mentions(text), x => x.Type == EntityType.Date);
        Assert.Equal(mention, text[m.Start..m.End]);
        Assert.Equal(iso, m.Iso);
    }

    [Theory]
    // A season in a name, and "fall" as a noun: no season date (the year alone is read as before, where it is).
    [InlineData("Tanks ended the Prague Spring of 1968.", "Spring")]
    [InlineData("Protests of the Arab Spring 2011 spread.", "Spring")]
    [InlineData("Revenue will reflect the oil price fall of 1986, it said.", "fall")]
    [InlineData("Shares fall 2000 points.", "fall")]
    [InlineData("He won gold at the Summer Olympics 2012.", "Summer")]
    [InlineData("STOCKS OF HARD RED WINTER 1639 TONNES.", "WINTER")]
    public void A_season_in_a_name_or_fall_as_a_noun_is_no_season_date(string text, string season)
    {
        Assert.DoesNotContain(NumericTestReader.Mentions(text), x => x.Type == EntityType.Date && text[x.Start..x.End].Contains(season, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A man in his mid-70s was arrested.")]
    [InlineData("Women in their 20s were hit hardest.")]
    [InlineData("A woman in her late 80s died.")]
    [InlineData("The over-70s were told to stay home.")]
    [InlineData("Temperatures were in the 30s all week.")]
    // A possessive further back, over the words that place the age.
    [InlineData("A man in his mid-to-late '70s was hurt.")]
    [InlineData("Voters in their late 30s and early '40s agreed.")]
    [InlineData("A MAN IN HIS MID-70S WAS HURT.")]
    public void A_decade_after_a_possessive_is_an_age_not_a_date(string text)
    {
        Assert.DoesNotContain(NumericTestReader.Mentions(text), x => x.Type == EntityType.Date);
    }

    [Theory]
    [InlineData("Since their 1980s heyday the band has toured.", "1980s", "1980s")]
    [InlineData("Music of the 1970s returned.", "the 1970s", "1970s")]
    public void A_four_digit_decade_stays_a_date_after_a_possessive(string text, string mention, string iso)
    {
        var m = Assert.Single(NumericTestReader.Mentions(text), x => x.Type == EntityType.Date);
        Assert.Equal(mention, text[m.Start..m.End]);
        Assert.Equal(iso, m.Iso);
    }

    [Theory]
    [InlineData("THE 1990S WERE A DECADE OF GROWTH.", "THE 1990S", "1990s")]
    [InlineData("SALES ROSE IN THE LATE 1980S.", "THE LATE 1980S", "1980s")]
    [InlineData("IT WAS BIG IN THE 80S.", "THE 80S", "1980s")]
    [InlineData("HITS OF THE '60S RETURNED.", "THE '60S", "1960s")]
    [InlineData("IT WAS BIG IN THE 1970S AND 80S.", "THE 1970S", "1970s")]
    public void A_decade_in_capitals_is_read_where_it_is_unambiguous(string text, string mention, string iso)
    {
        var m = NumericTestReader.Mentions(text).First(x => x.Type == EntityType.Date);
        Assert.Equal(mention, text[m.Start..m.End]);
        Assert.Equal(iso, m.Iso);
    }

    [Theory]
    // A bare capital S after digits is a name or a model more often than a decade.
    [InlineData("The Model 1990S sold well.")]
    [InlineData("The increase applies to the Audi 4000S and 5000S sedans.")]
    public void Digits_and_a_capital_s_without_a_decade_word_are_no_date(string text)
    {
        Assert.DoesNotContain(NumericTestReader.Mentions(text), x => x.Type == EntityType.Date);
    }

    [Fact]
    public void A_decade_in_capitals_is_read_without_the_truecaser()
    {
        var analyzer = new TextAnalyzer(new TextAnalyzerOptions { RestoreCase = false });
        var analysis = analyzer.Analyze("MARKETS IN THE 1990S\n\nTHE 1990S WERE A DECADE OF GROWTH FOR THE FIRM.\n", "caps.txt");
        Assert.Contains(analysis.Entities, x => x.Type == EntityType.Date && x.Text == "THE 1990S" && x.Iso == "1990s");
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
