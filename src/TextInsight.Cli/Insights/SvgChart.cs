using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace TextInsight.Cli.Insights;

/// <summary>
/// Bar charts drawn as inline SVG, so that the report needs no script library and no network: horizontal bars for
/// ranked lists, vertical columns for time series. Every text from the data is HTML-encoded.
/// </summary>
internal static class SvgChart
{
    /// <summary>Encodes text for HTML content and attribute values; non-ASCII letters are kept as they are.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const int LabelWidth = 260;
    private const int BarArea = 420;
    private const int ValueWidth = 150;
    private const int RowHeight = 22;
    private const int MaxLabel = 38;

    public static string Encode(string? text) => text is null ? string.Empty : Encoder.Encode(text);

    /// <summary>Horizontal bars, one row per item, longest bar = largest value.</summary>
    public static string Bars(string id, string title, IReadOnlyList<ChartBar> bars, string color)
    {
        double max = 0;
        foreach (var bar in bars)
        {
            max = Math.Max(max, bar.Value);
        }

        int height = bars.Count * RowHeight + 8;
        int width = LabelWidth + BarArea + ValueWidth;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" data-chart=\"{id}\" role=\"img\" aria-label=\"{Encode(title)}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">");
        for (int i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            int y = i * RowHeight + 4;
            double length = max > 0 ? Math.Max(1, bar.Value / max * BarArea) : 1;
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"row\"><title>{Encode(bar.Label)}: {Encode(bar.ValueText)}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{LabelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\">{Encode(Shorten(bar.Label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{length:0.#}\" height=\"{RowHeight - 6}\" fill=\"{color}\"></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{LabelWidth + length + 6:0.#}\" y=\"{y + 15}\">{Encode(bar.ValueText)}</text></g>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Vertical columns in order (a time series), labelled below every few columns so that labels do not collide.</summary>
    public static string Columns(string id, string title, IReadOnlyList<ChartBar> bars, string color)
    {
        double max = 0;
        foreach (var bar in bars)
        {
            max = Math.Max(max, bar.Value);
        }

        const int plotHeight = 200;
        const int left = 50;
        int columnWidth = Math.Clamp(820 / Math.Max(bars.Count, 1), 4, 60);
        int width = left + bars.Count * columnWidth + 20;
        int height = plotHeight + 50;
        int labelEvery = Math.Max(1, (int)Math.Ceiling(bars.Count / 12.0));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" data-chart=\"{id}\" role=\"img\" aria-label=\"{Encode(title)}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{left}\" y1=\"{plotHeight + 10}\" x2=\"{width - 10}\" y2=\"{plotHeight + 10}\"></line>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{left - 6}\" y=\"16\" text-anchor=\"end\">{max:0.##}</text>");
        for (int i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            double h = max > 0 && bar.Value > 0 ? Math.Max(1, bar.Value / max * plotHeight) : 0;
            int x = left + i * columnWidth;
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"column\"><title>{Encode(bar.Label)}: {Encode(bar.ValueText)}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{x + 1}\" y=\"{plotHeight + 10 - h:0.#}\" width=\"{Math.Max(columnWidth - 2, 2)}\" height=\"{h:0.#}\" fill=\"{color}\"></rect>");
            if (i % labelEvery == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{x + columnWidth / 2}\" y=\"{plotHeight + 28}\" text-anchor=\"middle\">{Encode(bar.Label)}</text>");
            }

            svg.Append("</g>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Shorten(string label) => label.Length <= MaxLabel ? label : label[..(MaxLabel - 1)] + "…";
}
