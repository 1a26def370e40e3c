using System.Globalization;
using TextInsight.Entities;

namespace TextInsight.Tests.Entities;

/// <summary>
/// Money, percent and date expressions with their exact normalized values, written for this project. Relative dates
/// resolve against a publication date of Friday 3 May 2024.
/// </summary>
public class NumericExpressionTests
{
    private static readonly DateOnly Published = new(2024, 5, 3);

    [Theory]
    [InlineData("Anthropic gave $1.5M to the foundation.", "$1.5M", "1500000", "USD")]
    [InlineData("It secured a $1.5 million donation.", "$1.5 million", "1500000", "USD")]
    [InlineData("It raised US$2bn from investors.", "US$2bn", "2000000000", "USD")]
    [InlineData("The deal is worth €300k.", "€300k", "300000", "EUR")]
    [InlineData("Sales reached £2.5bn in the quarter.", "£2.5bn", "2500000000", "GBP")]
    [InlineData("A ¥100 fee applies.", "¥100", "100", "JPY")]
    [InlineData("The budget is ₹50 crore.", "₹50 crore", "500000000", "INR")]
    [InlineData("Ottawa pledged C$10 million.", "C$10 million", "10000000", "CAD")]
    [InlineData("The grant was A$5.6m.", "A$5.6m", "5600000", "AUD")]
    [InlineData("The bid values it at HK$3 billion.", "HK$3 billion", "3000000000", "HKD")]
    [InlineData("The fund holds USD 5 million.", "USD 5 million", "5000000", "USD")]
    [InlineData("They paid 5 million EUR for it.", "5 million EUR", "5000000", "EUR")]
    [InlineData("Tickets cost EUR 300 each.", "EUR 300", "300", "EUR")]
    [InlineData("He won two million dollars.", "two million dollars", "2000000", "USD")]
    [InlineData("It costs 300 euros.", "300 euros", "300", "EUR")]
    [InlineData("She paid 10 pounds.", "10 pounds", "10", "GBP")]
    [InlineData("A coffee is 500 yen.", "500 yen", "500", "JPY")]
    [InlineData("Exports rose by 3 billion yuan.", "3 billion yuan", "3000000000", "CNY")]
    [InlineData("The bank lent RMB 5 billion.", "RMB 5 billion", "5000000000", "CNY")]
    [InlineData("The plan costs 20 billion renminbi.", "20 billion renminbi", "20000000000", "CNY")]
    [InlineData("A ticket is 100 rupees.", "100 rupees", "100", "INR")]
    [InlineData("The fine was 50 Swiss francs.", "50 Swiss francs", "50", "CHF")]
    [InlineData("It sells for 10 Australian dollars.", "10 Australian dollars", "10", "AUD")]
    [InlineData("A fare is 7 Hong Kong dollars.", "7 Hong Kong dollars", "7", "HKD")]
    [InlineData("Shares fell 75 cents.", "75 cents", "0.75", "USD")]
    [InlineData("Stamps cost 20 pence.", "20 pence", "0.20", "GBP")]
    [InlineData("It was five dollars and twenty-five cents.", "five dollars and twenty-five cents", "5.25", "USD")]
    [InlineData("It was 5 dollars and 25 cents.", "5 dollars and 25 cents", "5.25", "USD")]
    [InlineData("A share closed at $5.25.", "$5.25", "5.25", "USD")]
    [InlineData("She won a million dollars.", "a million dollars", "1000000", "USD")]
    [InlineData("The house sold for $1,500,000.", "$1,500,000", "1500000", "USD")]
    [InlineData("Interns earn $10k a year.", "$10k", "10000", "USD")]
    [InlineData("Debt hit $2.3 trillion.", "$2.3 trillion", "2300000000000", "USD")]
    [InlineData("The EU set aside €1.2bn.", "€1.2bn", "1200000000", "EUR")]
    [InlineData("The club paid £300m.", "£300m", "300000000", "GBP")]
    [InlineData("Revenue was $40mn.", "$40mn", "40000000", "USD")]
    [InlineData("It costs 100 Canadian dollars.", "100 Canadian dollars", "100", "CAD")]
    [InlineData("They raised 40 million US dollars.", "40 million US dollars", "40000000", "USD")]
    [InlineData("The fund has $ 5 million.", "$ 5 million", "5000000", "USD")]
    [InlineData("He owes twelve thousand euros.", "twelve thousand euros", "12000", "EUR")]
    [InlineData("It is one hundred and twenty-five dollars.", "one hundred and twenty-five dollars", "125", "USD")]
    [InlineData("Profit was 3.5 billion euros.", "3.5 billion euros", "3500000000", "EUR")]
    [InlineData("A pie costs NZ$20.", "NZ$20", "20", "NZD")]
    [InlineData("Temasek invested S$1.2 billion.", "S$1.2 billion", "1200000000", "SGD")]
    [InlineData("The bill came to 5 million pounds sterling.", "5 million pounds sterling", "5000000", "GBP")]
    [InlineData("Fees of Rs. 500 apply.", "Rs. 500", "500", "INR")]
    [InlineData("Aid reached $3.2bn.", "$3.2bn", "3200000000", "USD")]
    [InlineData("Costs rose to 1,250 dollars.", "1,250 dollars", "1250", "USD")]
    public void Money_expression_has_its_value_and_currency(string text, string mention, string value, string currency)
    {
        var m = Assert.Single(NumericTestReader.Mentions(text));
        Assert.Equal(EntityType.Money, m.Type);
        Assert.Equal(mention, text[m.Start..m.End]);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), m.Value);
        Assert.Equal(currency, m.Currency);
    }

    [Theory]
    [InlineData("Inflation was 12.5% in April.", "12.5%", "12.5")]
    [InlineData("Inflation was 12.5 per cent.", "12.5 per cent", "12.5")]
    [InlineData("Turnout was twelve percent.", "twelve percent", "12")]
    [InlineData("Rates rose 3 percentage points.", "3 percentage points", "3")]
    [InlineData("A 0.25 percentage point cut.", "0.25 percentage point", "0.25")]
    [InlineData("The vote was 100% in favour.", "100%", "100")]
    [InlineData("Growth was -3% over the year.", "-3%", "-3")]
    [InlineData("Growth was minus five percent.", "minus five percent", "-5")]
    [InlineData("Fifty per cent of staff left.", "Fifty per cent", "50")]
    [InlineData("Shares rose 7 pct.", "7 pct", "7")]
    [InlineData("Prices rose one and a half percent.", "one and a half percent", "1.5")]
    [InlineData("About 40 percent agreed.", "40 percent", "40")]
    [InlineData("Yields hit 2.75 % on Friday.", "2.75 %", "2.75")]
    [InlineData("Margins were 0.5% lower.", "0.5%", "0.5")]
    [InlineData("Unemployment fell to 3.9 per cent.", "3.9 per cent", "3.9")]
    public void Percent_expression_has_its_value(string text, string mention, string value)
    {
        var m = Assert.Single(NumericTestReader.Mentions(text), x => x.Type == EntityType.Percent);
        Assert.Equal(mention, text[m.Start..m.End]);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), m.Value);
    }

    [Theory]
    [InlineData("It was signed on 3 May 2024 in Paris.", "3 May 2024", "2024-05-03")]
    [InlineData("It was signed on May 3, 2024 in Paris.", "May 3, 2024", "2024-05-03")]
    [InlineData("The filing is dated 2024-05-03.", "2024-05-03", "2024-05-03")]
    [InlineData("It opened on Tuesday, March 5, 2024.", "Tuesday, March 5, 2024", "2024-03-05")]
    [InlineData("The law passed in May 2024.", "May 2024", "2024-05")]
    [InlineData("The board met on Tuesday.", "Tuesday", "2024-04-30")]
    [InlineData("Shares fell yesterday.", "yesterday", "2024-05-02")]
    [InlineData("The vote is today.", "today", "2024-05-03")]
    [InlineData("The vote is tomorrow.", "tomorrow", "2024-05-04")]
    [InlineData("Sales fell last month.", "last month", "2024-04")]
    [InlineData("It ships next month.", "next month", "2024-06")]
    [InlineData("Profits doubled last year.", "last year", "2023")]
    [InlineData("Profits doubled this year.", "this year", "2024")]
    [InlineData("Talks stalled last week.", "last week", "2024-W17")]
    [InlineData("Talks resume next week.", "next week", "2024-W19")]
    [InlineData("It starts on 1st January 2025.", "1st January 2025", "2025-01-01")]
    [InlineData("It ended on the 21st of March 2023.", "21st of March 2023", "2023-03-21")]
    [InlineData("It was filed on Dec. 25, 2023.", "Dec. 25, 2023", "2023-12-25")]
    [InlineData("It was filed on Sept 9, 2021.", "Sept 9, 2021", "2021-09-09")]
    [InlineData("The firm was founded in 2019.", "2019", "2019")]
    [InlineData("It has grown since 1998.", "1998", "1998")]
    [InlineData("The meeting was on March 5.", "March 5", "2024-03-05")]
    [InlineData("The meeting was on 5 March.", "5 March", "2024-03-05")]
    [InlineData("Elections are due in June.", "June", "2024-06")]
    [InlineData("They meet next Tuesday.", "next Tuesday", "2024-05-07")]
    [InlineData("They met last Friday.", "last Friday", "2024-04-26")]
    [InlineData("They met on Friday.", "Friday", "2024-05-03")]
    [InlineData("It opens Monday, 6 May 2024.", "Monday, 6 May 2024", "2024-05-06")]
    [InlineData("Data from January 2020 show it.", "January 2020", "2020-01")]
    [InlineData("The year ended 2023-12-31.", "2023-12-31", "2023-12-31")]
    [InlineData("It happened on Feb 29, 2024.", "Feb 29, 2024", "2024-02-29")]
    [InlineData("The report of 12 October 2022 said so.", "12 October 2022", "2022-10-12")]
    public void Date_expression_has_its_iso_form(string text, string mention, string iso)
    {
        var m = Assert.Single(NumericTestReader.Mentions(text, Published));
        Assert.Equal(EntityType.Date, m.Type);
        Assert.Equal(mention, text[m.Start..m.End]);
        Assert.Equal(iso, m.Iso);
    }

    [Theory]
    [InlineData("two million", "2000000")]
    [InlineData("one hundred and twenty-five", "125")]
    [InlineData("1.5 million", "1500000")]
    [InlineData("a dozen", "12")]
    [InlineData("three quarters", "0.75")]
    [InlineData("twenty-one", "21")]
    [InlineData("nineteen hundred", "1900")]
    [InlineData("two thousand and twenty-four", "2024")]
    [InlineData("seven hundred thousand", "700000")]
    [InlineData("4.5bn", "4500000000")]
    [InlineData("a hundred", "100")]
    [InlineData("half a dozen", "6")]
    [InlineData("one and a half million", "1500000")]
    [InlineData("2,500", "2500")]
    [InlineData("ninety-nine", "99")]
    [InlineData("a billion", "1000000000")]
    [InlineData("three point two", "3.2")]
    [InlineData("forty thousand", "40000")]
    [InlineData("one million two hundred thousand", "1200000")]
    [InlineData("Two Hundred", "200")]
    [InlineData("zero", "0")]
    [InlineData("eleven", "11")]
    [InlineData("3/4", "0.75")]
    [InlineData("1e6", "1000000")]
    public void Number_words_have_their_value(string text, string value)
    {
        Assert.True(NumberParser.TryParse(text, out decimal parsed), text);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), parsed);
    }

    [Theory]
    [InlineData("the")]
    [InlineData("two and")]
    [InlineData("180ml")]
    [InlineData("")]
    [InlineData("first")]
    public void Non_numbers_are_not_parsed(string text)
    {
        Assert.False(NumberParser.TryParse(text, out _));
    }

    [Theory]
    [InlineData("It will cost $1–2 million.", "$1", "1000000", "2 million", "2000000")]
    [InlineData("Bids were between $5m and $10m.", "$5m", "5000000", "$10m", "10000000")]
    [InlineData("It needs 5-10 million dollars.", "5", "5000000", "10 million dollars", "10000000")]
    [InlineData("Homes sold for $500,000-$1 million.", "$500,000", "500000", "$1 million", "1000000")]
    [InlineData("It will cost €2 to €3 billion.", "€2", "2000000000", "€3 billion", "3000000000")]
    public void Money_range_gives_one_mention_for_each_side(string text, string lower, string lowerValue, string upper, string upperValue)
    {
        var mentions = NumericTestReader.Mentions(text);
        Assert.Equal(2, mentions.Count);
        Assert.Equal(lower, text[mentions[0].Start..mentions[0].End]);
        Assert.Equal(decimal.Parse(lowerValue, CultureInfo.InvariantCulture), mentions[0].Value);
        Assert.Equal(upper, text[mentions[1].Start..mentions[1].End]);
        Assert.Equal(decimal.Parse(upperValue, CultureInfo.InvariantCulture), mentions[1].Value);
        Assert.Equal(mentions[0].Currency, mentions[1].Currency);
    }

    [Fact]
    public void Percent_range_gives_one_mention_for_each_side()
    {
        const string text = "Growth of 5-6% is expected.";
        var mentions = NumericTestReader.Mentions(text);
        Assert.Equal(["5", "6%"], mentions.Select(m => text[m.Start..m.End]));
        Assert.Equal([5m, 6m], mentions.Select(m => m.Value!.Value));
    }

    [Theory]
    [InlineData("Shares fell yesterday.")]
    [InlineData("The vote is today.")]
    [InlineData("Profits doubled last year.")]
    [InlineData("Profits doubled this year.")]
    [InlineData("Talks resume next week.")]
    [InlineData("The board met on Tuesday.")]
    [InlineData("They met last Friday.")]
    [InlineData("The meeting was on March 5.")]
    [InlineData("The meeting was on 5 March.")]
    [InlineData("Elections are due in June.")]
    public void Relative_date_without_publication_date_is_no_mention(string text)
    {
        Assert.Empty(NumericTestReader.Mentions(text));
    }

    [Theory]
    [InlineData("It opened on Tuesday, March 5, 2024.", "Tuesday, March 5, 2024", "2024-03-05")]
    [InlineData("The firm was founded in 2019.", "2019", "2019")]
    [InlineData("Data from January 2020 show it.", "January 2020", "2020-01")]
    public void Absolute_date_without_publication_date_keeps_its_iso(string text, string mention, string iso)
    {
        var m = Assert.Single(NumericTestReader.Mentions(text));
        Assert.Equal(mention, text[m.Start..m.End]);
        Assert.Equal(iso, m.Iso);
    }

    [Theory]
    [InlineData("It runs on today’s enterprise stacks.")]
    [InlineData("It runs on today's enterprise stacks.")]
    [InlineData("That was yesterday’s technology.")]
    public void Possessive_relative_day_is_no_date(string text)
    {
        Assert.Empty(NumericTestReader.Mentions(text, Published));
    }

    [Fact]
    public void Bare_dollar_takes_the_document_dollar()
    {
        var m = Assert.Single(NumericTestReader.Mentions("It raised $3 million.", dollar: "CAD"));
        Assert.Equal("CAD", m.Currency);
    }

    [Theory]
    [InlineData("Ottawa gave C$5 million; the province added $3 million.", "CAD")]
    [InlineData("It paid US$5 million and C$3 million; then $2 million.", "USD")]
    [InlineData("It raised $3 million.", "USD")]
    [InlineData("TORONTO (Reuters) - The bank raised $3 million.", "CAD")]
    [InlineData("SYDNEY, May 3 - The miner paid $3 million.", "AUD")]
    public void Document_dollar_follows_prefixed_forms_and_dateline(string text, string expected)
    {
        Assert.Equal(expected, TextInsight.Entities.Numeric.CurrencyTable.DetectDollar(text, new TextSpan(0, text.Length)));
    }

    [Theory]
    [InlineData("The 747s were grounded.")]
    [InlineData("He ran 29km in the 4th stage.")]
    [InlineData("See https://example.com/a?x=30%25 for details.")]
    [InlineData("The one you mentioned is fine.")]
    [InlineData("50 Cent released an album.")]
    [InlineData("He may go.")]
    public void Text_without_money_percent_or_date_gives_no_mention(string text)
    {
        Assert.Empty(NumericTestReader.Mentions(text, Published));
    }
}
