using System.Text;
using TextInsight.Topics;

namespace TextInsight.Tests.Topics;

/// <summary>A few dozen short texts in three labels, written for these tests, and a CSV file made from them.</summary>
internal static class SmallTopicData
{
    public static readonly (string Label, string Text)[] Rows =
    [
        ("cooking", "Simmer the onions in butter until soft, then add the garlic and a pinch of salt."),
        ("cooking", "Knead the bread dough for ten minutes and let it rise in a warm kitchen."),
        ("cooking", "Roast the chicken with lemon, thyme and olive oil for an hour."),
        ("cooking", "Whisk the eggs with sugar, fold in the flour and bake the cake until golden."),
        ("cooking", "Season the soup with pepper and stir in fresh cream before serving."),
        ("cooking", "Chop the tomatoes, basil and garlic for a quick pasta sauce."),
        ("cooking", "Marinate the beef overnight, then grill it over a high heat."),
        ("cooking", "Melt the chocolate gently and pour it over the baked tart."),
        ("cooking", "Boil the rice in salted water and fry it with vegetables and soy sauce."),
        ("cooking", "Preheat the oven, butter the dish and bake the lasagne for forty minutes."),
        ("football", "The striker scored twice in the second half as the home side won the league match."),
        ("football", "The goalkeeper saved a penalty in the final minute to keep a clean sheet."),
        ("football", "The manager praised his defenders after the cup tie ended goalless."),
        ("football", "A late header from the captain sent the club into the cup final."),
        ("football", "The referee showed a red card and the visitors played with ten men."),
        ("football", "The winger crossed from the left and the midfielder volleyed into the net."),
        ("football", "Fans filled the stadium to watch the derby against their league rivals."),
        ("football", "The club signed a new striker before the transfer window closed."),
        ("football", "The team climbed to the top of the league table after a third straight win."),
        ("football", "An own goal in stoppage time cost the champions two points."),
        ("weather", "Heavy rain and strong winds are expected across the north tomorrow."),
        ("weather", "Temperatures will fall below freezing overnight with frost in rural areas."),
        ("weather", "A warm sunny weekend is forecast, with highs of twenty-five degrees."),
        ("weather", "Thunderstorms may bring flooding to low-lying coastal towns."),
        ("weather", "Snow showers will spread from the hills, with icy roads by morning."),
        ("weather", "Fog will clear by midday, leaving a dry and bright afternoon."),
        ("weather", "The forecast warns of gales and torrential rain along the coast."),
        ("weather", "A cold front brings cloud, drizzle and cooler temperatures on Monday."),
        ("weather", "Forecasters expect a heatwave next week with little wind and no rain."),
        ("weather", "Hail and sleet are likely in the east as the cold air arrives."),
    ];

    public static IReadOnlyList<LabeledText> Examples { get; } =
        Rows.Select((row, i) => new LabeledText(row.Text, row.Label, $"row {i + 1}")).ToArray();

    /// <summary>Writes rows as a CSV file with the given header and returns its path; the caller deletes it.</summary>
    public static string WriteCsv(string header, IEnumerable<(string Label, string Text)> rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"textinsight-topics-{Guid.NewGuid():N}.csv");
        var csv = new StringBuilder(header).Append('\n');
        foreach (var (label, text) in rows)
        {
            csv.Append('"').Append(text.Replace("\"", "\"\"")).Append("\",").Append(label).Append('\n');
        }

        File.WriteAllText(path, csv.ToString());
        return path;
    }
}
