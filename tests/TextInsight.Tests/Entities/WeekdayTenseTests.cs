using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using TextInsight.Entities;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Entities;

/// <summary>
/// A bare weekday is resolved by the tense of its clause: a day gone by (the last such day on or before publication)
/// unless the clause tells of a day to come (the first such day on or after). Sentences written for this project,
/// published Friday 3 May 2024; and the hand-labelled weekday sample of <c>tests/weekday-sample</c> as a floor.
/// </summary>
public class WeekdayTenseTests
{
    private static readonly DateOnly Published = new(2024, 5, 3);

    [Theory]
    [InlineData("Ministers will meet on Tuesday.", "Tuesday", "2024-05-07")]
    [InlineData("They'll decide on Monday.", "Monday", "2024-05-06")]
    [InlineData("The shop won't open on Sunday.", "Sunday", "2024-05-05")]
    [InlineData("He said he would give his decision on Wednesday.", "Wednesday", "2024-05-08")]
    [InlineData("The results will be published on Thursday.", "Thursday", "2024-05-09")]
    [InlineData("The hearing is due to begin on Monday.", "Monday", "2024-05-06")]
    [InlineData("Negotiators expect to reach an accord by Thursday.", "Thursday", "2024-05-09")]
    [InlineData("The report is expected to be published on Monday.", "Monday", "2024-05-06")]
    [InlineData("The final is on Sunday.", "Sunday", "2024-05-05")]
    [InlineData("The deal must be signed by Tuesday.", "Tuesday", "2024-05-07")]
    [InlineData("The panel gave lawyers until Monday to reply.", "Monday", "2024-05-06")]
    [InlineData("On Tuesday I shall travel to Paris.", "Tuesday", "2024-05-07")]
    [InlineData("The vote will be held on Friday.", "Friday", "2024-05-03")]
    [InlineData("He will face Safin in Sunday's final.", "Sunday", "2024-05-05")]
    public void A_day_to_come_is_on_or_after_publication(string text, string mention, string iso)
        => AssertDate(text, mention, iso);

    [Theory]
    [InlineData("The board met on Tuesday.", "Tuesday", "2024-04-30")]
    [InlineData("The FDA said on Tuesday that it will create a safety board.", "Tuesday", "2024-04-30")]
    [InlineData("On Monday, the court ruled against him.", "Monday", "2024-04-29")]
    [InlineData("The takeover was announced on Wednesday.", "Wednesday", "2024-05-01")]
    [InlineData("His flight was due to leave on Monday.", "Monday", "2024-04-29")]
    [InlineData("He had been expected back on Monday.", "Monday", "2024-04-29")]
    [InlineData("Prices have risen since Monday.", "Monday", "2024-04-29")]
    [InlineData("Rates will fall after Monday's cut.", "Monday", "2024-04-29")]
    [InlineData("Tickets for Saturday's concert sold out.", "Saturday", "2024-04-27")]
    [InlineData("He has already signed the long-awaited deal on Thursday.", "Thursday", "2024-05-02")]
    [InlineData("Shares closed higher on Friday.", "Friday", "2024-05-03")]
    public void A_day_gone_by_is_on_or_before_publication(string text, string mention, string iso)
        => AssertDate(text, mention, iso);

    [Theory]
    [InlineData("The council meets every Friday.")]
    [InlineData("In those years the awards were held on a Thursday.")]
    [InlineData("Payments fall due on the first Wednesday of the month.")]
    [InlineData("Each Monday the market opens early.")]
    public void Any_such_day_is_no_date(string text)
        => Assert.DoesNotContain(NumericTestReader.Mentions(text, Published), m => m.Type == EntityType.Date);

    [Fact]
    public void Without_a_publication_date_a_weekday_to_come_is_no_date_either()
        => Assert.DoesNotContain(NumericTestReader.Mentions("Ministers will meet on Tuesday's summit."), m => m.Type == EntityType.Date);

    [Fact]
    public void A_relative_day_in_the_possessive_stays_no_date()
        => Assert.DoesNotContain(NumericTestReader.Mentions("Today's enterprise stacks will change on Monday.", Published), m => m.Iso == "2024-05-03");

    /// <summary>
    /// The hand-labelled sample: each sentence alone, published three days after its weekday; the direction the reader
    /// takes against the label (P: gone by or the day itself, F: to come). Deterministic; the floors are the figures
    /// measured when <c>WeekdayTense</c> was added (Models/README, "Weekdays to come"), the check part having chosen nothing.
    /// </summary>
    [SharedDataFact]
    public void The_labelled_sample_keeps_its_direction_figures()
    {
        var right = new Dictionary<string, int> { ["tune"] = 0, ["check"] = 0 };
        var scored = new Dictionary<string, int> { ["tune"] = 0, ["check"] = 0 };
        var pastOnly = new Dictionary<string, int> { ["tune"] = 0, ["check"] = 0 };
        var falseDates = new Dictionary<string, int> { ["tune"] = 0, ["check"] = 0 };
        var cache = new Dictionary<string, object>();
        foreach (string line in File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "weekday-sample", "labels.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            string[] f = line.Split('\t');
            string label = f[5];
            if (label is not ("P" or "F" or "N"))
            {
                continue;
            }

            // Offsets count code points (the sample was drawn in Python): a text with characters beyond the BMP before the sentence moves in UTF-16.
            string doc = Normalized(f[1], cache);
            Assert.True(doc.Length >= int.Parse(f[2]) + int.Parse(f[3]), $"{f[0]} {f[1]}: the text is {doc.Length} long");
            int from = CodeUnits(doc, 0, int.Parse(f[2]));
            string sentence = doc[from..CodeUnits(doc, from, int.Parse(f[3]))];
            int weekday = CodeUnits(sentence, 0, int.Parse(f[4]));
            var day = Enum.Parse<DayOfWeek>(Regex.Match(sentence[weekday..], "^[A-Za-z]+").Value);
            var published = new DateOnly(2021, 6, 7).AddDays(((int)day + 6) % 7 + 3);
            string part = f[0].StartsWith("tune", StringComparison.Ordinal) ? "tune" : "check";
            var mentions = NumericTestReader.Mentions(sentence, published).Where(m => m.Type == EntityType.Date && m.Start <= weekday && weekday < m.End).ToList();
            if (label == "N")
            {
                // No date (a club, a newspaper, "every Friday"): how many still get one.
                falseDates[part] += mentions.Count;
                continue;
            }

            var mention = Assert.Single(mentions);
            string said = string.CompareOrdinal(mention.Iso, published.ToString("yyyy-MM-dd")) <= 0 ? "P" : "F";
            scored[part]++;
            right[part] += said == label ? 1 : 0;
            pastOnly[part] += label == "P" ? 1 : 0;
        }

        Assert.Equal(133, scored["tune"]);
        Assert.Equal(132, scored["check"]);
        Assert.True(right["tune"] >= 123, $"tune: {right["tune"]} of 133 right (always the past day: {pastOnly["tune"]})");
        Assert.True(right["check"] >= 125, $"check: {right["check"]} of 132 right (always the past day: {pastOnly["check"]})");
        Assert.True(falseDates["tune"] <= 7 && falseDates["check"] <= 11, $"weekdays that name no day given a date: tune {falseDates["tune"]} of 11, check {falseDates["check"]} of 13");
    }

    private static string Normalized(string locator, Dictionary<string, object> cache)
    {
        int hash = locator.IndexOf('#', StringComparison.Ordinal);
        string path = hash < 0 ? locator : locator[..hash];
        string key = hash < 0 ? "" : locator[(hash + 1)..];
        string full = Path.Combine(RepoPaths.SharedData, path);
        if (!cache.TryGetValue(path, out object? doc))
        {
            doc = path.EndsWith(".gz", StringComparison.Ordinal) ? ReadGzipLines(full)
                : path.EndsWith(".json", StringComparison.Ordinal) ? ReadTruths(full)
                : File.ReadAllText(full);
            cache[path] = doc;
        }

        string text = doc switch
        {
            List<string> lines => lines[int.Parse(key)],
            Dictionary<string, string> truths => truths[key],
            _ => (string)doc,
        };
        return Regex.Replace(text, @"\s+", " ");
    }

    /// <summary>The index in <paramref name="s"/> that lies <paramref name="codePoints"/> code points after <paramref name="from"/>.</summary>
    private static int CodeUnits(string s, int from, int codePoints)
    {
        int i = from;
        for (int n = 0; n < codePoints; n++)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        }

        return i;
    }

    private static List<string> ReadGzipLines(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line + "\n"); // as Python reads a line, with its end (a sentence at the end of a line holds it as a space)
        }

        return lines;
    }

    private static Dictionary<string, string> ReadTruths(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.TryGetProperty("articleBody", out var b) ? b.GetString() ?? "" : "");
    }

    private static void AssertDate(string text, string mention, string iso)
    {
        var m = Assert.Single(NumericTestReader.Mentions(text, Published), x => x.Type == EntityType.Date);
        Assert.Equal(mention, text[m.Start..m.End]);
        Assert.Equal(iso, m.Iso);
    }
}
