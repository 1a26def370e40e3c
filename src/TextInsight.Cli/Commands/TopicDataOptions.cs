using System.CommandLine;
using System.Globalization;
using CsvHelper;
using TextInsight.Topics;

namespace TextInsight.Cli.Commands;

/// <summary>The options that say where labeled texts come from, shared by <c>train topics</c> and <c>evaluate topics</c>.</summary>
internal sealed class TopicDataOptions
{
    private readonly Option<string?> _csv = new("--csv") { Description = "A CSV file with a header row, one text per row." };
    private readonly Option<string[]> _folder = new("--folder") { Description = "A folder with one sub-folder per label, holding .txt files (UTF-8, or Windows-1252 when not valid UTF-8); repeat it to read several." };
    private readonly Option<bool> _balanceFolders = new("--balance-folders") { Description = "Weigh training texts so that every folder counts the same in training, whatever its size (e.g. a small recent set beside a large older one)." };
    private readonly Option<double[]> _folderWeight = new("--folder-weight") { Description = "Multiply the weight of each training folder's texts by this (one per folder, in order; after --balance-folders), e.g. to make the most recent folder count more.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string> _textColumn = new("--text-column") { Description = "The CSV column with the text.", DefaultValueFactory = _ => "text" };
    private readonly Option<string> _labelColumn = new("--label-column") { Description = "The CSV column with the label.", DefaultValueFactory = _ => "label" };

    public void AddTo(Command command)
    {
        command.Options.Add(_csv);
        command.Options.Add(_folder);
        command.Options.Add(_balanceFolders);
        command.Options.Add(_folderWeight);
        command.Options.Add(_textColumn);
        command.Options.Add(_labelColumn);
    }

    public IReadOnlyList<LabeledText> Read(ParseResult parse)
    {
        var csv = parse.GetValue(_csv);
        var folders = parse.GetValue(_folder) ?? [];
        if ((csv is null) == (folders.Length == 0))
        {
            throw new ArgumentException("Give exactly one of --csv FILE or --folder DIR.");
        }

        return csv is not null
            ? ReadCsv(csv, parse.GetValue(_textColumn)!, parse.GetValue(_labelColumn)!)
            : ReadFolders(folders, parse.GetValue(_balanceFolders), FolderWeights(parse, folders.Length));
    }

    /// <summary>The --folder-weight values, one per folder (1 each when not given).</summary>
    public double[]? FolderWeights(ParseResult parse, int folders)
    {
        var weights = parse.GetValue(_folderWeight) ?? [];
        if (weights.Length == 0)
        {
            return null;
        }

        if (weights.Length != folders || weights.Any(w => !(w > 0) || !double.IsFinite(w)))
        {
            throw new ArgumentException($"Give one positive --folder-weight for each of the {folders} training folders; got {weights.Length}.");
        }

        return weights;
    }

    /// <summary>Whether --balance-folders was given.</summary>
    public bool BalanceFolders(ParseResult parse) => parse.GetValue(_balanceFolders);

    /// <summary>The folders given with --folder.</summary>
    public IReadOnlyList<string> Folders(ParseResult parse) => parse.GetValue(_folder) ?? [];

    /// <summary>Whether --csv or --folder was given.</summary>
    public bool IsGiven(ParseResult parse) => parse.GetValue(_csv) is not null || (parse.GetValue(_folder) ?? []).Length > 0;

    /// <summary>Reads labeled folders one after the other; with more than one folder, each source starts with its folder's path.</summary>
    internal static List<LabeledText> ReadFolders(IReadOnlyList<string> folders, bool balance = false, double[]? weights = null) =>
        Combine([.. folders.Select(folder => (folder, (IReadOnlyList<LabeledText>)TopicCorpus.ReadFolder(folder)))], balance, weights);

    /// <summary>Puts the texts of several folders together; with more than one folder, each source starts with its
    /// folder's path, and with <paramref name="balance"/> each folder's texts weigh (all texts) / (folders × its texts),
    /// times the folder's entry of <paramref name="weights"/> when given.</summary>
    internal static List<LabeledText> Combine(IReadOnlyList<(string Folder, IReadOnlyList<LabeledText> Texts)> folders, bool balance, double[]? weights = null)
    {
        var f = 0;
        var total = folders.Sum(f => f.Texts.Count);
        var texts = new List<LabeledText>(total);
        foreach (var (folder, folderTexts) in folders)
        {
            var weight = (balance && folderTexts.Count > 0 ? (double)total / (folders.Count * folderTexts.Count) : 1) * (weights?[f] ?? 1);
            f++;
            var prefix = folder.Replace('\\', '/').TrimEnd('/') + "/";
            foreach (var text in folderTexts)
            {
                var combined = folders.Count == 1 ? text : text with { Source = prefix + text.Source };
                texts.Add(weight == 1 ? combined : combined with { Weight = weight });
            }
        }

        return texts;
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
