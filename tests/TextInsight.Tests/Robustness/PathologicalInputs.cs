using System.Globalization;
using System.Text;

namespace TextInsight.Tests.Robustness;

/// <summary>Inputs that have made text pipelines hang, blow up quadratically or crash, built at run time.</summary>
internal static class PathologicalInputs
{
    /// <summary>The names of the plain-text inputs, for theories.</summary>
    public static TheoryData<string> Names => new(
        "10 MB without a space",
        "1 million open parentheses",
        "100,000 lines of 0",
        "every Unicode category",
        "lone surrogates",
        "100,000 lines of headlines and appositions");

    /// <summary>The input called <paramref name="name"/>.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <param name="scale">
    /// How big: <see cref="Scale.Full"/> as named; through every stage the glued text is 256 KB, because the entity stage
    /// is quadratic in the number of names (see the skipped test); through the CLI the parentheses are 100,000 too, so
    /// that the tests stay within seconds (the readers are tested at full size).
    /// </param>
    public static string Get(string name, Scale scale = Scale.Full) => name switch
    {
        "10 MB without a space" => WithoutSpaces(scale == Scale.Full ? 10 * 1024 * 1024 : 256 * 1024),
        "1 million open parentheses" => new string('(', scale == Scale.Cli ? 100_000 : 1_000_000),
        "100,000 lines of 0" => string.Concat(Enumerable.Repeat("0\n", 100_000)),
        "every Unicode category" => EveryCategory(),
        "lone surrogates" => LoneSurrogates(),
        "100,000 lines of headlines and appositions" => HeadlinesAndAppositions(scale switch { Scale.Full => 100_000, Scale.AllStages => 20_000, _ => 5_000 }),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such input."),
    };

    /// <summary>The seed article with its white space removed, repeated to <paramref name="length"/> characters: words, digits and punctuation glued together.</summary>
    public static string WithoutSpaces(int length)
    {
        var glued = new StringBuilder();
        foreach (char c in Support.SeedArticle.Text)
        {
            if (!char.IsWhiteSpace(c))
            {
                glued.Append(c);
            }
        }

        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            text.Append(glued, 0, Math.Min(glued.Length, length - text.Length));
        }

        return text.ToString();
    }

    /// <summary>
    /// Lines that each give the article-level name rules work: title-case headlines with an unknown first word, names in
    /// apposition with a work noun, lists, clubs and job titles, one line per paragraph, so that tens of thousands of
    /// segments and names meet, under a title of half as many names (a rule that compared every name with every other would
    /// not finish).
    /// </summary>
    public static string HeadlinesAndAppositions(int lines)
    {
        string[] kinds =
        [
            "Zorvex{0} Powers Kellam’s Push to Scale Global Infrastructure",
            "Night Ferry{0}, a quiet family drama, won the Harbourside Film Festival.",
            "The tour will visit Manchester, Cardiff{0} and London before Eastfield Athletic and Redmoor Town play.",
            "Health Secretary Graham Pettifer{0} said the European rules went to Sofia Brandt for her role.",
        ];
        // A title of lines / 2 names, then the lines.
        var text = new StringBuilder("Zorvex Buys Kellam in Title Case Deal");
        for (int i = 0; i < lines / 2; i++)
        {
            text.Append(" and Kellam").Append(i.ToString(CultureInfo.InvariantCulture));
        }

        text.Append("\n\n");
        for (int i = 0; i < lines; i++)
        {
            text.AppendFormat(CultureInfo.InvariantCulture, kinds[i % kinds.Length], i % 7 == 0 ? string.Empty : (i % 97).ToString(CultureInfo.InvariantCulture)).Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>100,000 nested elements (div and span in turn) around a sentence.</summary>
    public static string NestedHtml(int depth = 100_000)
    {
        var html = new StringBuilder("<html><head><title>Deep</title></head><body>");
        for (int i = 0; i < depth; i++)
        {
            html.Append(i % 2 == 0 ? "<div>" : "<span>");
        }

        html.Append("The council approved the budget on Monday. It takes effect in May.");
        for (int i = depth - 1; i >= 0; i--)
        {
            html.Append(i % 2 == 0 ? "</div>" : "</span>");
        }

        return html.Append("</body></html>").ToString();
    }

    /// <summary>
    /// One character of every Unicode category (a surrogate pair stands for the astral ones; a lone half for the
    /// surrogate category), each in a short line between words, then all of them glued in one line.
    /// </summary>
    public static string EveryCategory()
    {
        var found = new Dictionary<UnicodeCategory, string>();
        for (int cp = 0; cp <= 0x10FFFF && found.Count < 30; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                found.TryAdd(UnicodeCategory.Surrogate, ((char)cp).ToString());
                continue;
            }

            found.TryAdd(CharUnicodeInfo.GetUnicodeCategory(cp), char.ConvertFromUtf32(cp));
        }

        var text = new StringBuilder("Every category\n\n");
        foreach (var (category, s) in found.OrderBy(p => p.Key))
        {
            text.Append("Word ").Append(s).Append(' ').Append(category).Append(" and ").Append(s).Append(s).Append("word.\n");
        }

        text.Append('\n').AppendJoin(string.Empty, found.Values).Append('\n');
        return text.ToString();
    }

    /// <summary>High and low surrogates without their partners, between words, at the ends and in a row.</summary>
    public static string LoneSurrogates() =>
        "\uD800Title with \uDC00 lone halves\uDBFF\n\n" +
        "A sentence\uD83D ends here. Another \uDE00 begins\uDC00\uD800 and ends.\n\n" +
        "$1.5\uD800M was paid on 3 May 2024 by Apache\uDFFF Inc.\uD800";
}

/// <summary>How big a pathological input is built.</summary>
internal enum Scale
{
    /// <summary>As named.</summary>
    Full,

    /// <summary>Small enough for every stage.</summary>
    AllStages,

    /// <summary>Small enough for every stage, three times over (plain, CSV, JSON Lines).</summary>
    Cli,
}
