using System.Data.Common;
using System.Globalization;
using System.Text;

namespace TextInsight.Cli.Insights;

/// <summary>
/// The report of <c>textinsight report</c>: one self-contained HTML page (styles, SVG charts and a small filtering script
/// inline; a Content-Security-Policy that forbids every fetch) built from queries over the insight tables.
/// </summary>
internal static class HtmlReport
{
    /// <summary>Items per ranked chart.</summary>
    public const int TopCount = 15;

    /// <summary>The charts every report has, by their <c>data-chart</c> name.</summary>
    public static readonly IReadOnlyList<string> ChartNames = ["topics", "organizations", "people", "locations", "money", "timeline"];

    /// <summary>The SQL of the money chart: amounts stated in the same body sentence as an organization.</summary>
    public const string MoneyByOrganizationSql = """
        WITH money AS (
            SELECT m.source, s.sentence, m.value, m.currency
            FROM entities m
            JOIN sentences s ON s.source = m.source AND m.start_offset >= s.start_offset AND m.end_offset <= s.end_offset
            WHERE m.type = 'Money' AND m.value IS NOT NULL AND m.currency IS NOT NULL),
        orgs AS (
            SELECT DISTINCT o.source, s.sentence, CASE WHEN es.type = 'Organization' THEN es.name ELSE o.text END AS organization
            FROM entities o
            JOIN sentences s ON s.source = o.source AND o.start_offset >= s.start_offset AND o.end_offset <= s.end_offset
            LEFT JOIN entity_summary es ON es.source = o.source AND es.entity_id = o.entity_id
            WHERE o.type = 'Organization')
        SELECT organization, currency, sum(value) AS total, count(*) AS amounts, count(DISTINCT source) AS documents
        FROM money JOIN orgs USING (source, sentence)
        GROUP BY organization, currency
        ORDER BY total DESC, organization
        """;

    /// <summary>The chart of documents by language, which a report has only when some documents are not English.</summary>
    public const string LanguagesChart = "languages";

    private static readonly string[] Palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

    /// <summary>Builds the page from the insight tables of <paramref name="connection"/>.</summary>
    public static string Generate(DbConnection connection, string databaseName, DateTime generatedAt)
    {
        long documents = Scalar(connection, "SELECT count(*) FROM documents");
        long failed = Scalar(connection, "SELECT count(*) FROM documents WHERE error_code IS NOT NULL");
        long mentions = Scalar(connection, "SELECT count(*) FROM entities");
        long entities = Scalar(connection, "SELECT count(*) FROM entity_summary");

        var html = new StringBuilder(1 << 20);
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <link rel="icon" href="data:,">
            """);
        html.Append(CultureInfo.InvariantCulture, $"<title>TextInsight report: {documents} documents</title>\n");
        html.Append(Style);
        html.Append("</head>\n<body>\n<header>\n<h1>Corpus insights</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{documents:#,0} documents ({failed:#,0} failed), {mentions:#,0} entity mentions, {entities:#,0} linked entities; from <code>{SvgChart.Encode(databaseName)}</code>, generated {generatedAt:yyyy-MM-dd HH:mm} UTC by textinsight.</p>\n</header>\n<main>\n");

        var topics = Rows(connection, "SELECT coalesce(topic, '(none)'), count(*) FROM documents WHERE error_code IS NULL GROUP BY 1 ORDER BY 2 DESC, 1");
        var topicColors = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < topics.Count; i++)
        {
            topicColors[(string)topics[i][0]!] = Palette[i % Palette.Length];
        }

        Section(html, "topics", "Topic distribution", "Documents by their top topic.", SvgChart.Bars("topics", "Topic distribution", [.. topics.Select(r => Count((string)r[0]!, r[1]))], Palette[0]));
        EntityChart(html, connection, "organizations", "Top organizations", "Organization", Palette[0]);
        EntityChart(html, connection, "people", "Top people", "Person", Palette[1]);
        EntityChart(html, connection, "locations", "Top locations", "Location", Palette[4]);

        // Amounts in different currencies cannot be added or compared by size: the chart keeps the commonest currency.
        var currencies = Rows(connection, "SELECT currency, count(*) FROM entities WHERE type = 'Money' AND currency IS NOT NULL AND zone <> 'boilerplate' GROUP BY 1 ORDER BY 2 DESC, 1");
        string? currency = currencies.Count > 0 ? (string)currencies[0][0]! : null;
        var money = currency is null ? [] : Rows(connection, $"SELECT * FROM ({MoneyByOrganizationSql}) WHERE currency = '{currency.Replace("'", "''", StringComparison.Ordinal)}' ORDER BY total DESC, organization LIMIT {TopCount}");
        Section(
            html,
            "money",
            currency is null ? "Money amounts by organization" : $"Money amounts by organization ({currency})",
            currencies.Count > 1
                ? $"Sum of the {currency} amounts stated in the same body sentence as the organization; {currency} is the commonest currency here, the amounts in {currencies.Count - 1} other currencies are left out."
                : "Sum of the amounts stated in the same body sentence as the organization.",
            money.Count == 0 ? null : SvgChart.Bars("money", "Money amounts by organization", [.. money.Select(r => new ChartBar((string)r[0]!, ToDouble(r[2]), Amount(ToDouble(r[2]), (string)r[1]!) + $" in {r[4]} doc."))], Palette[2]));

        Timeline(html, connection);
        Languages(html, connection);
        DocumentTable(html, connection, topics, topicColors);
        html.Append("</main>\n");
        html.Append(Script);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The SQL of an entity chart over the corpus entities (one bar for Tony Blair, Mr Blair and Blair, typed by the
    /// corpus majority): name, documents, mentions, aliases.
    /// </summary>
    public static string CorpusEntityChartSql(string type) => $"""
        SELECT name, documents, mentions, aliases
        FROM corpus_entities WHERE type = '{type}'
        ORDER BY documents DESC, mentions DESC, name LIMIT {TopCount}
        """;

    private static void EntityChart(StringBuilder html, DbConnection connection, string id, string title, string type, string color)
    {
        // Data written without corpus resolution (--no-corpus-entities, or a Parquet folder of an older run) is counted
        // by each document's own names and types.
        bool corpus = HasCorpusEntities(connection);
        var rows = Rows(connection, corpus ? CorpusEntityChartSql(type) : $"""
            SELECT name, count(DISTINCT source) AS documents, sum(mentions) AS mentions, NULL AS aliases
            FROM entity_summary WHERE type = '{type}'
            GROUP BY name ORDER BY documents DESC, mentions DESC, name LIMIT {TopCount}
            """);
        Section(
            html,
            id,
            title,
            corpus
                ? $"{type} entities of the corpus (names resolved across documents, typed by most documents) by the number of documents that mention them."
                : $"{type} entities by the number of documents that mention them.",
            rows.Count == 0 ? null : SvgChart.Bars(id, title, [.. rows.Select(r => new ChartBar((string)r[0]!, ToDouble(r[1]), $"{ToDouble(r[1]):0} doc., {ToDouble(r[2]):0} mentions" + (r[3] is string aliases ? "; also " + aliases : string.Empty)))], color));
    }

    private static bool HasCorpusEntities(DbConnection connection) =>
        Scalar(connection, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'corpus_entities'") > 0
        && Scalar(connection, "SELECT count(*) FROM corpus_entities") > 0;

    private static void Timeline(StringBuilder html, DbConnection connection)
    {
        var rows = Rows(connection, "SELECT strftime(published, '%Y-%m') AS month, count(*) FROM documents WHERE published IS NOT NULL GROUP BY 1 ORDER BY 1");
        if (rows.Count > 0)
        {
            // Every month between the first and the last gets a column, so that the axis is time, not a list of months.
            var byMonth = rows.ToDictionary(r => (string)r[0]!, r => r[1], StringComparer.Ordinal);
            var months = new List<ChartBar>();
            var last = DateTime.ParseExact((string)rows[^1][0]!, "yyyy-MM", CultureInfo.InvariantCulture);
            for (var month = DateTime.ParseExact((string)rows[0][0]!, "yyyy-MM", CultureInfo.InvariantCulture); month <= last; month = month.AddMonths(1))
            {
                string key = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                months.Add(Count(key, byMonth.GetValueOrDefault(key, 0L)));
            }

            Section(html, "timeline", "Documents over time", "Documents by month of publication (documents without a date are left out).", SvgChart.Columns("timeline", "Documents over time", months, Palette[3]));
            return;
        }

        // No document states its date (the BBC articles do not): the years the articles mention still show the period
        // they cover. Stray years (history, the future) are left out so that the axis shows that period. A date within a
        // year (a day, month, week, quarter, half) counts under that year and a financial year or season (2022/2023)
        // under the year it starts in; a decade (1990s, iso ending in s) names no one year, and counting it under its
        // first would show "the 1990s" as a mention of 1990, so decades are left out.
        rows = Rows(connection, "SELECT CAST(substr(iso, 1, 4) AS INTEGER) AS year, count(DISTINCT source) FROM entities WHERE type = 'Date' AND iso IS NOT NULL AND NOT ends_with(iso, 's') AND zone <> 'boilerplate' GROUP BY 1 ORDER BY 1");
        double peak = rows.Count == 0 ? 0 : rows.Max(r => ToDouble(r[1]));
        var kept = rows.Where(r => ToDouble(r[1]) >= Math.Max(2, peak * 0.02)).ToList();
        var years = new List<ChartBar>();
        if (kept.Count > 0)
        {
            var counts = rows.ToDictionary(r => ToDouble(r[0]), r => r[1]);
            for (double year = ToDouble(kept[0][0]); year <= ToDouble(kept[^1][0]); year++)
            {
                years.Add(Count(year.ToString(CultureInfo.InvariantCulture), counts.GetValueOrDefault(year, 0L)));
            }
        }

        Section(
            html,
            "timeline",
            "Documents over time",
            "No document states its publication date; the chart shows instead how many documents mention each year: a day, month, quarter or half of a year counts under its year, a financial year or season (2022/2023) under the year it starts in, and decades (the 1990s) are not counted. Years mentioned by fewer than 2% of the peak are left out.",
            years.Count == 0 ? null : SvgChart.Columns("timeline", "Documents by year mentioned", years, Palette[3]));
    }

    /// <summary>
    /// Documents by language, when some are not English (every model here is English, so their entities, topics and
    /// summaries are likely wrong). Data without the column (schema version 2, an older Parquet folder) has no such panel.
    /// </summary>
    private static void Languages(StringBuilder html, DbConnection connection)
    {
        if (Scalar(connection, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'documents' AND column_name = 'language'") == 0
            || Scalar(connection, $"SELECT count(*) FROM documents WHERE language IS NOT NULL AND language <> '{InsightBatch.EnglishTag}'") == 0)
        {
            return;
        }

        var rows = Rows(connection, "SELECT coalesce(language, '(not recorded)'), count(*) FROM documents WHERE error_code IS NULL GROUP BY 1 ORDER BY 2 DESC, 1");
        Section(
            html,
            LanguagesChart,
            "Languages",
            $"Documents by the language of their body: {InsightBatch.EnglishTag}, English or too short to tell; und-Xxxx, not English, in the script Xxxx (ISO 15924), whose entities, topics and summaries are likely wrong; not recorded, written before schema version 3.",
            SvgChart.Bars(LanguagesChart, "Languages", [.. rows.Select(r => Count((string)r[0]!, r[1]))], Palette[6]));
    }

    private static void DocumentTable(StringBuilder html, DbConnection connection, List<object?[]> topics, Dictionary<string, string> topicColors)
    {
        html.Append("<section id=\"documents\">\n<h2>Documents</h2>\n<div class=\"filters\"><input id=\"filter\" type=\"search\" placeholder=\"Filter by any text\" aria-label=\"Filter documents\"> <select id=\"topic-filter\" aria-label=\"Topic\"><option value=\"\">All topics</option>");
        foreach (var t in topics)
        {
            string label = SvgChart.Encode((string)t[0]!);
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{label}\">{label}</option>");
        }

        html.Append("</select> <span id=\"shown\"></span></div>\n<table id=\"documents-table\">\n<thead><tr><th>Source</th><th>Title</th><th>Topic</th><th>Published</th><th>Summary</th></tr></thead>\n<tbody>\n");
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT source, title, topic, strftime(published, '%Y-%m-%d'), summary, error_code, error_message FROM documents ORDER BY source";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            string? topic = reader.IsDBNull(2) ? null : reader.GetString(2);
            string? error = reader.IsDBNull(5) ? null : reader.GetString(5);
            string topicKey = error is null ? topic ?? "(none)" : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<tr data-topic=\"{SvgChart.Encode(topicKey)}\"{(error is null ? string.Empty : " class=\"failed\"")}>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"source\">{SvgChart.Encode(reader.GetString(0))}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{SvgChart.Encode(reader.IsDBNull(1) ? null : reader.GetString(1))}</td>");
            string swatch = topic is not null && topicColors.TryGetValue(topic, out var c) ? $" style=\"border-color:{c}\"" : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<td><span class=\"topic\"{swatch}>{SvgChart.Encode(topic)}</span></td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{SvgChart.Encode(reader.IsDBNull(3) ? null : reader.GetString(3))}</td>");
            string summary = error is null
                ? SvgChart.Encode(reader.IsDBNull(4) ? null : reader.GetString(4))
                : $"<span class=\"error\">{SvgChart.Encode(error)}: {SvgChart.Encode(reader.IsDBNull(6) ? null : reader.GetString(6))}</span>";
            html.Append(CultureInfo.InvariantCulture, $"<td>{summary}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Section(StringBuilder html, string id, string title, string note, string? chart)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"{id}\" class=\"panel\">\n<h2>{SvgChart.Encode(title)}</h2>\n<p class=\"note\">{SvgChart.Encode(note)}</p>\n");
        html.Append(chart ?? $"<p class=\"empty\" data-chart-empty=\"{id}\">No data for this chart.</p>");
        html.Append("\n</section>\n");
    }

    private static ChartBar Count(string label, object? value) => new(label, ToDouble(value), ToDouble(value).ToString("#,0", CultureInfo.InvariantCulture));

    private static double ToDouble(object? value) => value is System.Numerics.BigInteger big ? (double)big : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static string Amount(double value, string currency) => value switch
    {
        >= 1e9 => string.Create(CultureInfo.InvariantCulture, $"{value / 1e9:0.##}bn {currency}"),
        >= 1e6 => string.Create(CultureInfo.InvariantCulture, $"{value / 1e6:0.##}m {currency}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{value:#,0.##} {currency}"),
    };

    private static long Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    private static List<object?[]> Rows(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    private const string Style = """
        <style>
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #222; background: #f6f7f9; }
        header { background: #1f2937; color: #fff; padding: 16px 24px; }
        header h1 { margin: 0 0 4px; font-size: 22px; }
        header .meta { margin: 0; color: #d1d5db; }
        main { padding: 16px 24px; display: grid; grid-template-columns: repeat(auto-fit, minmax(860px, 1fr)); gap: 16px; }
        section { background: #fff; border: 1px solid #e5e7eb; border-radius: 6px; padding: 12px 16px; overflow-x: auto; }
        section#documents { grid-column: 1 / -1; }
        h2 { font-size: 16px; margin: 0 0 4px; }
        .note { color: #6b7280; margin: 0 0 8px; font-size: 12px; }
        svg.chart text { font-size: 12px; fill: #374151; }
        svg.chart .axis { stroke: #9ca3af; }
        .filters { margin: 8px 0; }
        #filter { width: 320px; padding: 4px 8px; }
        #shown { color: #6b7280; margin-left: 8px; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; }
        th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid #eef0f3; }
        th { background: #f3f4f6; position: sticky; top: 0; }
        td.source { white-space: nowrap; color: #6b7280; }
        .topic { border-left: 4px solid #9ca3af; padding-left: 4px; }
        tr.failed td { background: #fef2f2; }
        .error { color: #b91c1c; }
        .empty { color: #6b7280; font-style: italic; }
        </style>

        """;

    private const string Script = """
        <script>
        (function () {
          var input = document.getElementById('filter');
          var topic = document.getElementById('topic-filter');
          var shown = document.getElementById('shown');
          var rows = Array.prototype.slice.call(document.querySelectorAll('#documents-table tbody tr'));
          var texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
          function apply() {
            var q = input.value.trim().toLowerCase();
            var t = topic.value;
            var n = 0;
            for (var i = 0; i < rows.length; i++) {
              var ok = (!t || rows[i].getAttribute('data-topic') === t) && (!q || texts[i].indexOf(q) >= 0);
              rows[i].hidden = !ok;
              if (ok) { n++; }
            }
            shown.textContent = n + ' of ' + rows.length + ' documents';
          }
          input.addEventListener('input', apply);
          topic.addEventListener('change', apply);
          apply();
        })();
        </script>

        """;
}
