using System.Globalization;
using TextInsight.Entities;
using TextInsight.Entities.Numeric;

namespace TextInsight.Tests.Entities;

/// <summary>
/// Money in the forms news writes it, by kind (issue 20): prefixed dollar signs, currencies as words, codes before or
/// after the number, symbols after it, scaled codes, fractions of multipliers, crypto units, compound amounts, and
/// ambiguous forms resolved from the article. Examples written for this project.
/// </summary>
public class MoneyFormsTests
{
    [Theory]
    // Prefixed dollar and peso signs.
    [InlineData("Ottawa booked C$4.1 billion for the bridge.", "C$4.1 billion", "4100000000", "CAD")]
    [InlineData("The tower sold for HK$650 million.", "HK$650 million", "650000000", "HKD")]
    [InlineData("Investors put in US$18 million.", "US$18 million", "18000000", "USD")]
    [InlineData("The port deal is worth A$900m.", "A$900m", "900000000", "AUD")]
    [InlineData("Farmers lost NZ$70 million.", "NZ$70 million", "70000000", "NZD")]
    [InlineData("The airport cost MX$12 billion.", "MX$12 billion", "12000000000", "MXN")]
    [InlineData("Canberra quoted the bill at $US3.2 billion.", "$US3.2 billion", "3200000000", "USD")]
    [InlineData("The bank sold R$3 billion of bonds.", "R$3 billion", "3000000000", "BRL")]
    // Currencies written as words, with or without a country.
    [InlineData("Tourists spent 40 million Australian dollars.", "40 million Australian dollars", "40000000", "AUD")]
    [InlineData("The watch fetched 9,500 Swiss francs.", "9,500 Swiss francs", "9500", "CHF")]
    [InlineData("The canal cost 30 million Dutch guilders.", "30 million Dutch guilders", "30000000", "NLG")]
    [InlineData("The club was bought for 5 billion pesetas.", "5 billion pesetas", "5000000000", "ESP")]
    [InlineData("The mill was sold for 200 million markkaa.", "200 million markkaa", "200000000", "FIM")]
    [InlineData("Rent rose to 9,000 Turkish lira.", "9,000 Turkish lira", "9000", "TRY")]
    [InlineData("Exports earned 8 billion Chinese yuan.", "8 billion Chinese yuan", "8000000000", "CNY")]
    [InlineData("The fresco was insured for 3 billion lire.", "3 billion lire", "3000000000", "ITL")]
    [InlineData("He left 60,000 Deutsche marks.", "60,000 Deutsche marks", "60000", "DEM")]
    [InlineData("The loan was 700 million zlotys.", "700 million zlotys", "700000000", "PLN")]
    [InlineData("The ferry cost 250 million Norwegian kroner.", "250 million Norwegian kroner", "250000000", "NOK")]
    [InlineData("Traders moved 2 trillion South Korean won.", "2 trillion South Korean won", "2000000000000", "KRW")]
    // Codes before or after, spaced or glued, any case for the common ones.
    [InlineData("The fee is USD 45 a month.", "USD 45", "45", "USD")]
    [InlineData("The fee is 45 usd a month.", "45 usd", "45", "USD")]
    [InlineData("The fee is usd90 a month.", "usd90", "90", "USD")]
    [InlineData("Seats start at EUR19 on the route.", "EUR19", "19", "EUR")]
    [InlineData("The lender raised RMB8 billion.", "RMB8 billion", "8000000000", "CNY")]
    [InlineData("The quote was 300 GBP per day.", "300 GBP", "300", "GBP")]
    [InlineData("The bond paid CHF 250 million.", "CHF 250 million", "250000000", "CHF")]
    [InlineData("Manila budgeted PHP 3 billion for it.", "PHP 3 billion", "3000000000", "PHP")]
    // Symbols after the number, and symbol words.
    [InlineData("A menu costs 14 € in Lyon.", "14 €", "14", "EUR")]
    [InlineData("A menu costs 14€ in Lyon.", "14€", "14", "EUR")]
    [InlineData("A tram ticket is 40 kr in Stockholm.", "40 kr", "40", "SEK")]
    [InlineData("The permit costs Rs. 2,000 a year.", "Rs. 2,000", "2000", "INR")]
    [InlineData("The permit costs Rs2,000 a year.", "Rs2,000", "2000", "INR")]
    [InlineData("A bottle costs 30 zł there.", "30 zł", "30", "PLN")]
    // Scaled codes.
    [InlineData("The order is worth 14 MEUR.", "14 MEUR", "14000000", "EUR")]
    [InlineData("The grant was 2.5 MUSD.", "2.5 MUSD", "2500000", "USD")]
    [InlineData("The grant was 800 kEUR.", "800 kEUR", "800000", "EUR")]
    [InlineData("The grant was USD 2m.", "USD 2m", "2000000", "USD")]
    // Fractions of multipliers.
    [InlineData("The painter left half a million euros.", "half a million euros", "500000", "EUR")]
    [InlineData("The firm lost half a billion dollars.", "half a billion dollars", "500000000", "USD")]
    [InlineData("He was offered a quarter million dollars.", "a quarter million dollars", "250000", "USD")]
    [InlineData("The repairs cost three quarters of a billion pounds.", "three quarters of a billion pounds", "750000000", "GBP")]
    [InlineData("A quarter of a million pounds was raised.", "A quarter of a million pounds", "250000", "GBP")]
    // Crypto units.
    [InlineData("The hackers demanded 40 BTC.", "40 BTC", "40", "BTC")]
    [InlineData("The hackers demanded 12 bitcoins.", "12 bitcoins", "12", "BTC")]
    [InlineData("The fund sold 3,000 ETH.", "3,000 ETH", "3000", "ETH")]
    [InlineData("The wallet held ₿2.5.", "₿2.5", "2.5", "BTC")]
    // Compound amounts: one mention.
    [InlineData("A sandwich was 6 dollars 40 cents.", "6 dollars 40 cents", "6.4", "USD")]
    [InlineData("A sandwich was seven dollars fifteen cents.", "seven dollars fifteen cents", "7.15", "USD")]
    [InlineData("The fare was 3 euros 20 cents.", "3 euros 20 cents", "3.2", "EUR")]
    [InlineData("The stamp was 1 pound and 10 pence.", "1 pound and 10 pence", "1.1", "GBP")]
    [InlineData("The stamp was £1 and 10p.", "£1 and 10p", "1.1", "GBP")]
    [InlineData("The toll was $3 and 75 cents.", "$3 and 75 cents", "3.75", "USD")]
    // A code after a dollar amount says which dollar.
    [InlineData("The plan costs $15 CAD a month.", "$15 CAD", "15", "CAD")]
    public void Money_form_has_its_value_and_currency(string text, string mention, string value, string currency)
    {
        var m = Assert.Single(NumericTestReader.Mentions(text));
        Assert.Equal(EntityType.Money, m.Type);
        Assert.Equal(mention, text[m.Start..m.End]);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), m.Value);
        Assert.Equal(currency, m.Currency);
    }

    [Theory]
    [InlineData("The TOP 10 stories of the week.")]
    [InlineData("COP28 opened in Dubai.")]
    [InlineData("The course teaches PHP 8 in a week.")]
    [InlineData("They faced 2 real problems.")]
    [InlineData("The Lakers won 3 games in a row.")]
    [InlineData("We hold a quarter of the market.")]
    [InlineData("The probe was half a million miles away.")]
    [InlineData("The screen shows 1080p video.")]
    [InlineData("He swam 12 m in the pool.")]
    [InlineData("She read page 20 p of the report.")]
    [InlineData("The team had 4 points.")]
    [InlineData("He ran a quarter mile.")]
    [InlineData("Give me half a chance.")]
    [InlineData("The G20 met in 2 sessions.")]
    public void Ordinary_text_gives_no_money(string text)
    {
        Assert.DoesNotContain(NumericTestReader.Mentions(text), m => m.Type == EntityType.Money);
    }

    [Theory]
    [InlineData("It cost ¥500 in Osaka.", "JPY")]
    [InlineData("Beijing said the Chinese firm paid ¥500 million.", "CNY")]
    [InlineData("In Oslo the Norwegian fund paid 40 kr.", "NOK")]
    [InlineData("The Danish brewer in Copenhagen paid 40 kr.", "DKK")]
    [InlineData("The Mexican bank in Mexico City lent 5 million pesos.", "MXN")]
    [InlineData("Argentina's Argentine lenders lent 5 million pesos in Buenos Aires.", "ARS")]
    [InlineData("The euro zone's bank fined it 50 cents per euro.", "EUR")]
    public void Ambiguous_form_takes_the_currency_of_the_article(string text, string currency)
    {
        var context = new NumericContext("USD", null, text);
        var output = new List<NumericMention>();
        NumericRecognizer.Recognize(text, new TextSpan(0, text.Length), context, [], output);
        var m = Assert.Single(output, m => m.Type == EntityType.Money);
        Assert.Equal(currency, m.Currency);
        Assert.True(m.CurrencyAssumed);
    }

    [Theory]
    [InlineData("It raised $3 million.", true)]
    [InlineData("It raised US$3 million.", false)]
    [InlineData("It raised 3 million dollars.", true)]
    [InlineData("It raised 3 million euros.", false)]
    [InlineData("It raised 3 million Canadian dollars.", false)]
    [InlineData("It raised 3 billion yen.", false)]
    [InlineData("It raised ¥3 billion.", true)]
    public void Money_says_whether_its_currency_was_assumed(string text, bool assumed)
    {
        var m = Assert.Single(NumericTestReader.Mentions(text));
        Assert.Equal(assumed, m.CurrencyAssumed);
    }

    [Theory]
    [InlineData("Shares fell 50 cents.", "0.5", "USD", "cent", "50")]
    [InlineData("A bag costs 20p now.", "0.2", "GBP", "penny", "20")]
    [InlineData("Bread rose 15 pence.", "0.15", "GBP", "penny", "15")]
    [InlineData("The ticket was 30 kopecks.", "0.3", "RUB", "kopek", "30")]
    public void Minor_unit_keeps_the_major_value_and_the_unit_written(string text, string value, string currency, string unit, string minorValue)
    {
        var m = Assert.Single(NumericTestReader.Mentions(text));
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), m.Value);
        Assert.Equal(currency, m.Currency);
        Assert.Equal(unit, m.MinorUnit);
        Assert.Equal(decimal.Parse(minorValue, CultureInfo.InvariantCulture), m.MinorValue);
    }

    [Fact]
    public void Major_amount_has_no_minor_unit()
    {
        var m = Assert.Single(NumericTestReader.Mentions("It cost 4 dollars 20 cents."));
        Assert.Null(m.MinorUnit);
        Assert.Null(m.MinorValue);
    }

    [Fact]
    public void Analysis_carries_the_assumed_currency_and_the_minor_unit()
    {
        var analysis = TextAnalyzer.CreateDefault().Analyze("Prices\n\nA stamp rose 12 cents to $1.40 in the capital.");
        var cents = Assert.Single(analysis.Entities, e => e.Text == "12 cents");
        Assert.Equal(0.12m, cents.Value);
        Assert.Equal("cent", cents.MinorUnit);
        Assert.Equal(12m, cents.MinorUnitValue);
        Assert.True(cents.CurrencyAssumed);
        var dollars = Assert.Single(analysis.Entities, e => e.Text == "$1.40");
        Assert.Null(dollars.MinorUnit);
        Assert.True(dollars.CurrencyAssumed);
        Assert.Equal("USD", dollars.Currency);
    }

    [Theory]
    [InlineData("USD", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KWD", 3)]
    [InlineData("BTC", 8)]
    [InlineData("NLG", 2)]
    public void Lexicon_knows_minor_units(string code, int digits)
    {
        Assert.Equal(digits, CurrencyTable.MinorDigits(code));
    }
}
