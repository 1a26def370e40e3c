using System.Globalization;
using System.Text.Json;
using TextInsight.Cli.Input;

namespace TextInsight.Tests.Cli;

/// <summary>The forms a date column of an export holds, read culture-invariantly as the calendar date written.</summary>
public class PublicationDateReaderTests
{
    [Theory]
    [InlineData("2020-03-05", "2020-03-05")]
    [InlineData(" 2020-03-05 ", "2020-03-05")]
    [InlineData("2020-03-05T10:31:00Z", "2020-03-05")]
    [InlineData("2020-03-05T10:31:00.123+01:00", "2020-03-05")]
    [InlineData("2020-03-05 10:31:00", "2020-03-05")]
    [InlineData("2020-03-05T23:30:00-05:00", "2020-03-05")] // the date as written: not moved to 6 March UTC
    [InlineData("2020-03-05T00:30:00+09:00", "2020-03-05")] // nor back to 4 March UTC
    [InlineData("20200305", "2020-03-05")]
    [InlineData("2020/03/05", "2020-03-05")]
    [InlineData("2020/3/5 10:31", "2020-03-05")]
    [InlineData("Thu, 05 Mar 2020 10:31:00 GMT", "2020-03-05")]
    [InlineData("Thu, 5 Mar 2020 23:31:00 -0500", "2020-03-05")]
    [InlineData("05 Mar 2020 10:31 +0000", "2020-03-05")]
    [InlineData("5 March 2020", "2020-03-05")]
    [InlineData("5th March 2020", "2020-03-05")]
    [InlineData("5-Mar-2020", "2020-03-05")]
    [InlineData("March 5, 2020", "2020-03-05")]
    [InlineData("Thursday, March 5, 2020", "2020-03-05")]
    [InlineData("Mar. 5 2020", "2020-03-05")]
    [InlineData("Sept 30, 2021", "2021-09-30")]
    [InlineData("Thu Mar 05 2020 10:31:00 GMT+0000 (Coordinated Universal Time)", "2020-03-05")]
    [InlineData("1583404260", "2020-03-05")] // Unix seconds, read in UTC
    [InlineData("1583404260000", "2020-03-05")] // Unix milliseconds
    public void Reads_the_usual_forms(string value, string expected)
    {
        Assert.True(PublicationDateReader.TryRead(value, null, out var date, out string? problem), problem);
        Assert.Equal(expected, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Reads_the_same_whatever_the_current_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.True(PublicationDateReader.TryRead("March 5, 2020", null, out var date, out _));
            Assert.Equal(new DateOnly(2020, 3, 5), date);
            Assert.False(PublicationDateReader.TryRead("5. März 2020", null, out _, out _));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("03/05/2020", "as day/month it is 3 May, as month/day March 5; give --date-format dd/MM/yyyy or MM/dd/yyyy")]
    [InlineData("3.5.2020", "as day.month it is 3 May, as month.day March 5")]
    [InlineData("13/05/2020", "give --date-format dd/MM/yyyy")] // one reading only, but the column's other values may be either
    [InlineData("05/13/2020", "give --date-format MM/dd/yyyy")]
    [InlineData("32/13/2020", "neither as day/month nor as month/day is it a date")]
    [InlineData("2020-13-05", "not a valid ISO 8601 date")]
    [InlineData("2020-02-30T10:00:00Z", "not a valid ISO 8601 date")]
    [InlineData("2020", "not a date from 1990 to 2099")]
    [InlineData("123", "not a date from 1990 to 2099")]
    [InlineData("yesterday", "none of the forms read")]
    [InlineData("5 Mar 20", "none of the forms read")]
    public void Does_not_guess_and_says_why(string value, string why)
    {
        Assert.False(PublicationDateReader.TryRead(value, null, out _, out string? problem));
        Assert.NotNull(problem);
        Assert.Contains(why, problem, StringComparison.Ordinal);
    }

    /// <summary>
    /// The zero time of Go and .NET, as Hugo's feeds write it for a page without a date and as exports write an unset
    /// date: a placeholder, not the day the article was published (a page's metadata date of the kind is passed over
    /// too), so that relative dates are not resolved against year 1 and a corpus's timeline does not start there.
    /// </summary>
    [Theory]
    [InlineData("0001-01-01T00:00:00Z", null)]
    [InlineData("0001-01-01", null)]
    [InlineData("Mon, 01 Jan 0001 00:00:00 +0000", null)]
    [InlineData("1 January 0001", null)]
    [InlineData("01/01/0001", "dd/MM/yyyy")]
    public void A_placeholder_date_before_1800_is_no_date_and_says_why(string value, string? format)
    {
        Assert.False(PublicationDateReader.TryRead(value, format, out var date, out string? problem));
        Assert.Equal(default, date);
        Assert.Equal(PublicationDateReader.PlaceholderProblem, problem);
        Assert.Contains("placeholder", problem, StringComparison.Ordinal);

        Assert.True(PublicationDateReader.TryRead("1800-01-01", null, out var first, out _));
        Assert.Equal(new DateOnly(1800, 1, 1), first);
    }

    [Theory]
    [InlineData("03/05/2020", "dd/MM/yyyy", "2020-05-03")]
    [InlineData("03/05/2020", "MM/dd/yyyy", "2020-03-05")]
    [InlineData("03/05/2020 23:30 -05:00", "MM/dd/yyyy HH:mm zzz", "2020-03-05")]
    [InlineData("2020-03-05", "dd/MM/yyyy", "2020-03-05")] // the usual forms are still read after the given one
    public void A_given_format_reads_numeric_dates(string value, string format, string expected)
    {
        Assert.True(PublicationDateReader.TryRead(value, format, out var date, out string? problem), problem);
        Assert.Equal(expected, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_value_is_no_date_and_no_problem(string value)
    {
        Assert.False(PublicationDateReader.TryRead(value, null, out _, out string? problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("1583404260", true, null)]
    [InlineData("1583404260000", true, null)]
    [InlineData("\"2020-03-05\"", true, null)]
    [InlineData("20200305", true, null)]
    [InlineData("-1583404260", false, "not whole and at least 0")]
    [InlineData("null", false, null)]
    [InlineData("1583404260.5", false, "not whole")]
    [InlineData("true", false, "JSON true")]
    [InlineData("{\"d\":1}", false, "JSON object")]
    public void Reads_json_numbers_and_strings(string json, bool read, string? why)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Equal(read, PublicationDateReader.TryRead(document.RootElement, null, out var date, out string? problem));
        if (read)
        {
            Assert.Equal(new DateOnly(2020, 3, 5), date);
        }

        if (why is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(why, problem, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("dd/MM/yyyy", true)]
    [InlineData("MM/dd/yyyy HH:mm zzz", true)]
    [InlineData("d", false)]
    [InlineData("yyyy-MM", false)]
    public void Checks_a_date_format(string format, bool usable) =>
        Assert.Equal(usable, PublicationDateReader.CheckFormat(format) is null);

    [Fact]
    public void Any_value_is_a_date_or_a_reason_and_never_an_exception()
    {
        // Cells of real exports hold anything: pieces of the forms above, mixed and cut, must each give a date or a reason.
        string[] pieces = ["2020", "-", "03", "/", "5", "T", "10:31", ":00", "Z", "+05:30", " ", ",", "Thu", "Mar", "March", "31", "99", ".", "1583404260", "GMT", "th", "0", "-0500", "(", "x"];
        var random = new Random(15);
        for (int n = 0; n < 20_000; n++)
        {
            var value = new System.Text.StringBuilder();
            for (int k = random.Next(1, 8); k > 0; k--)
            {
                value.Append(pieces[random.Next(pieces.Length)]);
            }

            string text = value.ToString();
            bool read = PublicationDateReader.TryRead(text, n % 3 == 0 ? "dd/MM/yyyy" : null, out var date, out string? problem);
            Assert.True(read ? problem is null && date.Year >= 1 : problem is not null || string.IsNullOrWhiteSpace(text), text);
        }
    }
}
