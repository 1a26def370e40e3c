using System.Globalization;
using TextInsight.Entities;
using TextInsight.Entities.Numeric;

namespace TextInsight.Tests.Entities;

/// <summary>
/// Money forms left open by the first pass of issue 20, one group per kind: codes glued after the number, countries
/// written with periods or a space before the dollar sign, European scale abbreviations, ranges, signs, parentheses,
/// single units and bare minor amounts, minor units written as symbols or glued letters, fractions with a scale,
/// more names, symbols and crypto units. Examples written for this project.
/// </summary>
public class MoneyBreadthTests
{
    [Theory]
    // A code glued after the number, any case the code may be written in.
    [InlineData("The ticket cost 45usd at the gate.", "45usd", "45", "USD")]
    [InlineData("A bottle is 12eur in the shop.", "12eur", "12", "EUR")]
    [InlineData("They paid 300gbp for the lot.", "300gbp", "300", "GBP")]
    [InlineData("A night there is 80CHF.", "80CHF", "80", "CHF")]
    [InlineData("The entry fee was 15Eur.", "15Eur", "15", "EUR")]
    [InlineData("Seats start at Eur 39.", "Eur 39", "39", "EUR")]
    // A country with periods or a space before the dollar sign.
    [InlineData("The ranch sold for U.S.$2.1 million.", "U.S.$2.1 million", "2100000", "USD")]
    [InlineData("The miner raised US $75 million.", "US $75 million", "75000000", "USD")]
    [InlineData("The miner raised U.S. $75 million.", "U.S. $75 million", "75000000", "USD")]
    [InlineData("Exports reached 1.2 billion U.S. dollars.", "1.2 billion U.S. dollars", "1200000000", "USD")]
    [InlineData("The mall cost HK $900 million.", "HK $900 million", "900000000", "HKD")]
    // European scale abbreviations, with the decimal comma.
    [InlineData("Siemens booked 3,4 Mio. Euro in orders.", "3,4 Mio. Euro", "3400000", "EUR")]
    [InlineData("The bridge will cost 2 Mrd. Euro.", "2 Mrd. Euro", "2000000000", "EUR")]
    [InlineData("The state spends 5 Mrd. € on rail.", "5 Mrd. €", "5000000000", "EUR")]
    [InlineData("The club's budget is EUR 4,5 Mio. this season.", "EUR 4,5 Mio", "4500000", "EUR")]
    [InlineData("Rome set aside €1.8 mld for it.", "€1.8 mld", "1800000000", "EUR")]
    [InlineData("The deal was worth 7 mln euros.", "7 mln euros", "7000000", "EUR")]
    [InlineData("Reserves fell to $3.1 bln in May.", "$3.1 bln", "3100000000", "USD")]
    [InlineData("Public debt passed $2.3tn.", "$2.3tn", "2300000000000", "USD")]
    [InlineData("The role pays $95k a year.", "$95k", "95000", "USD")]
    [InlineData("She earns 60k euros.", "60k euros", "60000", "EUR")]
    [InlineData("The prize was 5 Tsd. Euro.", "5 Tsd. Euro", "5000", "EUR")]
    // Scaled forms the seed relies on.
    [InlineData("Profit was $1.5M in March.", "$1.5M", "1500000", "USD")]
    [InlineData("Profit was $1.5 million in March.", "$1.5 million", "1500000", "USD")]
    [InlineData("Exports came to $4.5B.", "$4.5B", "4500000000", "USD")]
    // Signs: a hyphen glued to the symbol, "minus", "negative"; parentheses keep the amount as written.
    [InlineData("Free cash flow was -$3 million.", "-$3 million", "-3000000", "USD")]
    [InlineData("The fund returned negative $40 million.", "negative $40 million", "-40000000", "USD")]
    [InlineData("The balance stood at minus £120.", "minus £120", "-120", "GBP")]
    [InlineData("Losses hit minus 3 million dollars.", "minus 3 million dollars", "-3000000", "USD")]
    [InlineData("Net income was ($4.2 million) for the quarter.", "$4.2 million", "4200000", "USD")]
    [InlineData("It was bought for £10m (€11.6m) in 2019.", "£10m", "10000000", "GBP")]
    // One unit named in the singular; a bare minor amount after a named major one.
    [InlineData("A loaf costs a pound now.", "a pound", "1", "GBP")]
    [InlineData("Every ride costs a dollar.", "a dollar", "1", "USD")]
    [InlineData("The toll is a euro a car.", "a euro", "1", "EUR")]
    [InlineData("A pint was a euro and a half.", "a euro and a half", "1.5", "EUR")]
    [InlineData("The cone was a dollar fifty.", "a dollar fifty", "1.5", "USD")]
    [InlineData("The bus fare is one pound fifty.", "one pound fifty", "1.5", "GBP")]
    [InlineData("A coffee is two pounds eighty.", "two pounds eighty", "2.8", "GBP")]
    [InlineData("The sandwich is 3 dollars 75.", "3 dollars 75", "3.75", "USD")]
    [InlineData("A stamp is one dollar and ten cents.", "one dollar and ten cents", "1.1", "USD")]
    // Minor units as a symbol, a glued letter, after a currency, or past a pound in share prices.
    [InlineData("The stamp costs 65c.", "65c", "0.65", "USD")]
    [InlineData("The gum is 99¢.", "99¢", "0.99", "USD")]
    [InlineData("A call is 20 euro cents a minute.", "20 euro cents", "0.2", "EUR")]
    [InlineData("The coin is worth 25 US cents.", "25 US cents", "0.25", "USD")]
    [InlineData("Shares closed at 245p.", "245p", "2.45", "GBP")]
    [InlineData("The shares were placed at 1,234p each.", "1,234p", "12.34", "GBP")]
    // Fractions of an amount with a scale.
    [InlineData("The house went for 2½ million pounds.", "2½ million pounds", "2500000", "GBP")]
    [InlineData("They raised $1½ million.", "$1½ million", "1500000", "USD")]
    [InlineData("They raised $1 1/2 million.", "$1 1/2 million", "1500000", "USD")]
    [InlineData("The bill came to 3/4 of a million dollars.", "3/4 of a million dollars", "750000", "USD")]
    [InlineData("He was left one and a half million euros.", "one and a half million euros", "1500000", "EUR")]
    [InlineData("They paid a third of a million pounds.", "a third of a million pounds", "333333.33333333333333333333333", "GBP")]
    [InlineData("He was paid £2½m to leave.", "£2½m", "2500000", "GBP")]
    [InlineData("The start-up raised $.5 million.", "$.5 million", "500000", "USD")]
    // Slang and the smallest units named once.
    [InlineData("The boss earns 100 grand a year.", "100 grand", "100000", "USD")]
    [InlineData("Sweets cost a penny then.", "a penny", "0.01", "GBP")]
    [InlineData("The tax adds a cent per litre.", "a cent", "0.01", "USD")]
    // Symbols and names of more currencies, singular and plural.
    [InlineData("A permit costs KSh 500.", "KSh 500", "500", "KES")]
    [InlineData("A permit costs Ksh500.", "Ksh500", "500", "KES")]
    [InlineData("The fare is E£40.", "E£40", "40", "EGP")]
    [InlineData("The meal was GH₵50.", "GH₵50", "50", "GHS")]
    [InlineData("The flat rents for 9,000 Czech crowns.", "9,000 Czech crowns", "9000", "CZK")]
    [InlineData("The bike cost 4,000 Swedish crowns.", "4,000 Swedish crowns", "4000", "SEK")]
    [InlineData("The print sold for 900 French francs.", "900 French francs", "900", "FRF")]
    [InlineData("The villa was sold for 3 million marks.", "3 million marks", "3000000", "DEM")]
    [InlineData("The bank earned Sfr 200 million.", "Sfr 200 million", "200000000", "CHF")]
    [InlineData("A ride costs 5 bucks.", "5 bucks", "5", "USD")]
    [InlineData("The gift was one euro.", "one euro", "1", "EUR")]
    [InlineData("The gift was 1 Swiss franc.", "1 Swiss franc", "1", "CHF")]
    [InlineData("Rent is 400 quid a week.", "400 quid", "400", "GBP")]
    [InlineData("The car cost 10,000 pounds sterling.", "10,000 pounds sterling", "10000", "GBP")]
    [InlineData("The fine was 2 million Brazilian reais.", "2 million Brazilian reais", "2000000", "BRL")]
    [InlineData("The island earned 70 million Fijian dollars.", "70 million Fijian dollars", "70000000", "FJD")]
    // Crypto units.
    [InlineData("He sent 5 litecoins.", "5 litecoins", "5", "LTC")]
    [InlineData("The meme cost 500 dogecoins.", "500 dogecoins", "500", "DOGE")]
    [InlineData("The studio paid 2 solana.", "2 solana", "2", "SOL")]
    [InlineData("The thieves took 3 btc.", "3 btc", "3", "BTC")]
    [InlineData("The image fetched 40 ethereum.", "40 ethereum", "40", "ETH")]
    [InlineData("She mined 3 bitcoin last year.", "3 bitcoin", "3", "BTC")]
    [InlineData("The fee was 30,000 sats.", "30,000 sats", "0.0003", "BTC")]
    public void Money_form_has_its_value_and_currency(string text, string mention, string value, string currency)
    {
        var m = NumericTestReader.Mentions(text).First(m => m.Type == EntityType.Money);
        Assert.Equal(mention, text[m.Start..m.End]);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), m.Value!.Value, 20);
        Assert.Equal(currency, m.Currency);
    }

    [Theory]
    // Ranges: both ends, the lower borrowing the scale (and currency) of the upper.
    [InlineData("The project will cost $5-10 million.", "$5", "5000000", "10 million", "10000000", "USD")]
    [InlineData("The project will cost $5–10 million.", "$5", "5000000", "10 million", "10000000", "USD")]
    [InlineData("Costs were between €3m and €4m.", "€3m", "3000000", "€4m", "4000000", "EUR")]
    [InlineData("Costs were between 5 and 6 million euros.", "5", "5000000", "6 million euros", "6000000", "EUR")]
    [InlineData("Costs were between $5 and $6 million.", "$5", "5000000", "$6 million", "6000000", "USD")]
    [InlineData("The bids ran from £1.2bn-£1.5bn.", "£1.2bn", "1200000000", "£1.5bn", "1500000000", "GBP")]
    [InlineData("Grants of $10,000 to $50,000 are on offer.", "$10,000", "10000", "$50,000", "50000", "USD")]
    [InlineData("Fees rose from $3 million to $4 million.", "$3 million", "3000000", "$4 million", "4000000", "USD")]
    [InlineData("The sale could raise two to three billion euros.", "two", "2000000000", "three billion euros", "3000000000", "EUR")]
    public void Range_gives_both_ends(string text, string lower, string lowerValue, string upper, string upperValue, string currency)
    {
        var money = NumericTestReader.Mentions(text).Where(m => m.Type == EntityType.Money).ToList();
        Assert.Equal(2, money.Count);
        Assert.Equal(lower, text[money[0].Start..money[0].End]);
        Assert.Equal(decimal.Parse(lowerValue, CultureInfo.InvariantCulture), money[0].Value);
        Assert.Equal(upper, text[money[1].Start..money[1].End]);
        Assert.Equal(decimal.Parse(upperValue, CultureInfo.InvariantCulture), money[1].Value);
        Assert.All(money, m => Assert.Equal(currency, m.Currency));
    }

    [Theory]
    // "and" joins two amounts, each its own mention.
    [InlineData("He bet $50 and won $500.", "50", "500")]
    [InlineData("The firm paid $1m and $2m.", "1000000", "2000000")]
    [InlineData("Tickets cost £12 and £15.", "12", "15")]
    public void Amounts_joined_by_and_stay_apart(string text, string first, string second)
    {
        var money = NumericTestReader.Mentions(text).Where(m => m.Type == EntityType.Money).ToList();
        Assert.Equal(2, money.Count);
        Assert.Equal(decimal.Parse(first, CultureInfo.InvariantCulture), money[0].Value);
        Assert.Equal(decimal.Parse(second, CultureInfo.InvariantCulture), money[1].Value);
    }

    [Theory]
    [InlineData("He bought a pound of butter.")]
    [InlineData("She found a pound coin in the sofa.")]
    [InlineData("See Article 5c of the treaty.")]
    [InlineData("The set streams 1080p video.")]
    [InlineData("The king wore 3 crowns.")]
    [InlineData("They scored 80 marks.")]
    [InlineData("He shot a buck near the lake.")]
    [InlineData("The 4WD needs 2 litres.")]
    [InlineData("The pocket series 3c was a hit.")]
    [InlineData("Viruses in circulation passed the 100,000 mark.")]
    [InlineData("Sales topped the 100 million mark.")]
    [InlineData("She won 3 grand slams.")]
    public void Ordinary_text_gives_no_money(string text)
    {
        Assert.DoesNotContain(NumericTestReader.Mentions(text), m => m.Type == EntityType.Money);
    }

    [Theory]
    [InlineData("He paid 5 dollars 20 times.", "5 dollars", "5")]
    [InlineData("Scores of 2019-$3 are odd.", "$3", "3")]
    [InlineData("A $5 note was found.", "$5", "5")]
    public void Neighbours_do_not_join_the_amount(string text, string mention, string value)
    {
        var m = Assert.Single(NumericTestReader.Mentions(text), m => m.Type == EntityType.Money);
        Assert.Equal(mention, text[m.Start..m.End]);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), m.Value);
        Assert.Equal("USD", m.Currency);
    }
}
