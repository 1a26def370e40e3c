using System.CommandLine;
using System.Globalization;
using CsvHelper;
using TextInsight.Topics;

namespace TextInsight.Cli.Commands;

/// <summary>The options that say where labeled texts come from, shared by <c>train topics</c> and <c>evaluate topics</c>.</summary>
internal sealed class TopicDataOptions
{
    private readonly Option<string?> _csv = new("--csv") { Description = "A CSV file with a header row, one text per row." };
    private readonly Option<string?> _folder = new("--folder") { Description = "A folder with one sub-folder per label, holding .txt files (UTF-8, or Windows-1252 when not valid UTF-8)." };
    private readonly Option<string> _textColumn = new("--text-column") { Description = "The CSV column with the text.", DefaultValueFactory = _ => "text" };
    private readonly Option<string> _labelColumn = new("--label-column") { Description = "The CSV column with the label.", DefaultValueFactory = _ => "label" };

    public void AddTo(Command command)
    {
        command.Options.Add(_csv);
        command.Options.Add(_folder);
        command.Options.Add(_textColumn);
        command.Options.Add(_labelColumn);
    }

    public IReadOnlyList<LabeledText> Read(ParseResult parse)
    {
        var csv = parse.GetValue(_csv);
        var folder = parse.GetValue(_folder);
        if ((csv is null) == (folder is null))
        {
            throw new ArgumentException("Give exactly one of --csv FILE or --folder DIR.");
        }

        return csv is not null
            ? ReadCsv(csv, parse.GetValue(_textColumn)!, parse.GetValue(_labelColumn)!)
            : TopicCorpus.ReadFolder(folder!);
    }

    /// <summary>Reads labeled texts from a CSV file; each example's source is "row N", counting data rows from 1.</summary>
    internal static List<LabeledText> ReadCsv(string path, string textColumn, string labelColumn)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The CSV file {path} does not exist.", path);
        }

        using var csv = CsvReader.FromFile(path);
        var header = new List<string>(csv.Headers);
        if (header.Count == 0)
        {
            throw new InvalidDataException($"The CSV file {path} is empty: it needs a header row naming the columns.");
        }

        var textIndex = ColumnIndex(header, textColumn, "--text-column", path);
        var labelIndex = ColumnIndex(header, labelColumn, "--label-column", path);
        var examples = new List<LabeledText>();
        while (csv.Read())
        {
            var text = textIndex < csv.FieldCount ? csv.GetString(textIndex) : string.Empty;
            var label = labelIndex < csv.FieldCount ? csv.GetString(labelIndex).Trim() : string.Empty;
            examples.Add(new LabeledText(text, label, "row " + csv.RowNumber.ToString(CultureInfo.InvariantCulture)));
        }

        return examples;
    }

    private static int ColumnIndex(List<string> header, string name, string option, string path)
    {
        var index = header.IndexOf(name);
        if (index < 0)
        {
            throw new InvalidDataException(
                $"The CSV file {path} has no column '{name}' ({option}); its columns are: {string.Join(", ", header.Select(column => $"'{column}'"))}.");
        }

        return index;
    }
}
