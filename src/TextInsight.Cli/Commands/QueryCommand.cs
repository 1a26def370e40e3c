using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;
using TextInsight.Cli.Insights;
using TextInsight.Cli.Output;

namespace TextInsight.Cli.Commands;

/// <summary><c>textinsight query results.duckdb "SQL"</c>: runs one SQL statement over insight data and prints a table.</summary>
internal static class QueryCommand
{
    /// <summary>The width of the table when standard output is not a terminal.</summary>
    public const int DefaultWidth = 160;

    public static Command Create(CliConsole console)
    {
        var database = new Argument<string>("database") { Description = "A DuckDB file written by 'analyze --output x.duckdb', or a folder written by '--output x.parquet'." };
        var sql = new Argument<string>("sql") { Description = "The SQL statement (DuckDB dialect) over the tables documents, sections, sentences, entities, entity_summary, topics, keyphrases, corpus_entities." };
        var markdown = new Option<bool>("--markdown") { Description = "Print a Markdown table." };
        var width = new Option<int?>("--width") { Description = $"Table width in characters (default: the terminal's, or {DefaultWidth})." };
        width.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 20)
            {
                r.AddError("--width must be at least 20.");
            }
        });

        var command = new Command("query", "Run a SQL query over the insight tables of 'analyze --output results.duckdb' and print the result as a table.");
        command.Arguments.Add(database);
        command.Arguments.Add(sql);
        command.Options.Add(markdown);
        command.Options.Add(width);
        command.SetAction(async (parse, cancellationToken) =>
        {
            string path = parse.GetValue(database)!;
            try
            {
                using var connection = InsightStore.OpenForReading(path);
                using var cmd = connection.CreateCommand();
                cmd.CommandText = parse.GetValue(sql);
                using var reader = cmd.ExecuteReader();
                var table = ReadTable(reader, out int rows);
                table.Border(parse.GetValue(markdown) ? TableBorder.Markdown : TableBorder.Rounded);
                var writer = new StreamWriter(console.Out, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                await using (writer.ConfigureAwait(false))
                {
                    var ansi = AnsiConsole.Create(new AnsiConsoleSettings
                    {
                        Ansi = AnsiSupport.No,
                        ColorSystem = ColorSystemSupport.NoColors,
                        Interactive = InteractionSupport.No,
                        Out = new AnsiConsoleOutput(writer),
                    });
                    ansi.Profile.Width = parse.GetValue(width) ?? (Console.IsOutputRedirected ? DefaultWidth : Math.Max(Console.WindowWidth, 20));
                    ansi.Profile.Capabilities.Unicode = true;
                    ansi.Write(table);
                }

                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{rows} rows")).ConfigureAwait(false);
                return Program.Success;
            }
            catch (OutputException ex)
            {
                await console.Error.WriteLineAsync("textinsight query: " + ex.Message).ConfigureAwait(false);
                return Program.UsageError;
            }
            catch (DbException ex)
            {
                await console.Error.WriteLineAsync($"textinsight query: {path}: {ex.Message}").ConfigureAwait(false);
                return Program.UsageError;
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or InvalidCastException)
            {
                // The .NET driver cannot read some DuckDB types (UNION, for one): a message, not a crash.
                await console.Error.WriteLineAsync($"textinsight query: {path}: a column of the result cannot be shown ({ex.Message}); cast it, e.g. to VARCHAR").ConfigureAwait(false);
                return Program.UsageError;
            }
        });
        return command;
    }

    private static Table ReadTable(DbDataReader reader, out int rows)
    {
        var table = new Table();
        for (int i = 0; i < reader.FieldCount; i++)
        {
            var column = new TableColumn(new Spectre.Console.Text(reader.GetName(i)));
            if (IsNumeric(reader.GetFieldType(i)))
            {
                column.RightAligned();
            }

            table.AddColumn(column);
        }

        rows = 0;
        var cells = new IRenderable[reader.FieldCount];
        while (reader.Read())
        {
            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = new Spectre.Console.Text(Format(reader.IsDBNull(i) ? null : reader.GetValue(i)));
            }

            table.AddRow(cells);
            rows++;
        }

        return table;
    }

    private static bool IsNumeric(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(double)
        || type == typeof(float) || type == typeof(decimal) || type == typeof(System.Numerics.BigInteger) || type == typeof(ulong)
        || type == typeof(uint) || type == typeof(ushort) || type == typeof(sbyte);

    /// <summary>A cell's text: invariant culture, dates as ISO, doubles to at most four decimals, NULL as empty.</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("#,0.####", CultureInfo.InvariantCulture),
        float f => f.ToString("#,0.####", CultureInfo.InvariantCulture),
        decimal m => m.ToString("#,0.####", CultureInfo.InvariantCulture),
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        byte[] bytes => "\\x" + Convert.ToHexString(bytes),
        Stream blob => "\\x" + Convert.ToHexString(ReadAll(blob)),
        System.Collections.IEnumerable list and not string => "[" + string.Join(", ", list.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? string.Empty,
    };

    private static byte[] ReadAll(Stream blob)
    {
        using var copy = new MemoryStream();
        blob.CopyTo(copy);
        return copy.ToArray();
    }
}
