using System.CommandLine;
using TextInsight.Cli.Input;

namespace TextInsight.Cli.Commands;

/// <summary>
/// The input argument and the input and progress options shared by every command that reads documents
/// (<c>analyze</c>, <c>tokenize</c>, <c>sentences</c>), so that a script can pass the same options to each; the date
/// options only where a date is used (<c>analyze</c>: tokens and sentences do not depend on it).
/// </summary>
internal sealed class InputArguments(bool dates = false)
{
    public Argument<string[]> Inputs { get; } = new("input")
    {
        Description = "Files (.txt, .md/.markdown as Markdown, .html, .htm, .csv, .tsv/.tab, .jsonl, news feeds as .rss, .atom or .xml (RSS 2.0, RSS 1.0, Atom: one document per item), optionally .gz), folders (read recursively), or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> TextColumn { get; } = new("--text-column")
    {
        Description = "The CSV column or JSON Lines field that holds the text (default: text).",
    };

    public Option<string> IdColumn { get; } = new("--id-column")
    {
        Description = "The CSV column or JSON Lines field that names each document (default: id, else the row or line number).",
    };

    public Option<string> TitleColumn { get; } = new("--title-column")
    {
        Description = "The CSV column or JSON Lines field that holds each document's title; the text column is then its body (an empty cell: the title is read from the text).",
    };

    public Option<string> DateColumn { get; } = new("--date-column")
    {
        Description = "The CSV column or JSON Lines field that holds each document's publication date (ISO 8601, RFC 1123/822, 5 March 2020, March 5, 2020, Unix seconds or milliseconds); it takes the place of a date read from the text, and relative dates (yesterday, on Tuesday) resolve against it. A value that cannot be read is a warning, and the date is read from the text.",
    };

    public Option<string> DateFormat { get; } = new("--date-format")
    {
        Description = "With --date-column: the .NET custom format of its values, e.g. dd/MM/yyyy or MM/dd/yyyy HH:mm (needed for dates of numbers with the year last, which are never guessed).",
    };

    public Option<string> Delimiter { get; } = new("--delimiter")
    {
        Description = "The field delimiter of CSV and TSV files: , ; | or tab (also \\t). Default: chosen from each file's header line (the delimiter that splits it into columns that include those named), the file kind's own (comma for .csv, tab for .tsv/.tab) first.",
    };

    public Option<bool> NoTsvEscapes { get; } = new("--no-tsv-escapes")
    {
        Description = "Keep backslashes in unquoted fields of tab-delimited files as written, instead of reading \\t \\n \\r \\\\ as the escapes linear TSV (PostgreSQL COPY, MySQL OUTFILE) writes.",
    };

    public Option<double> MaxDocumentMb { get; } = new("--max-document-mb")
    {
        Description = "Documents larger than this (in MB, after decompression) get a too_large error record.",
        DefaultValueFactory = _ => 16,
    };

    public Option<bool> NoProgress { get; } = new("--no-progress")
    {
        Description = "Do not draw the progress bar (it is drawn only when standard error is a terminal).",
    };

    /// <summary>Whether the progress display is wanted (it is still drawn only when standard error is a terminal).</summary>
    public bool ProgressWanted(ParseResult parse) => !parse.GetValue(NoProgress);

    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        command.Options.Add(TextColumn);
        command.Options.Add(IdColumn);
        command.Options.Add(TitleColumn);
        command.Options.Add(Delimiter);
        command.Options.Add(NoTsvEscapes);
        Delimiter.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } value && Delimiters.Parse(value) is null)
            {
                r.AddError($"--delimiter '{value}' is not one of , ; | or tab (also written \\t).");
            }
        });
        if (dates)
        {
            command.Options.Add(DateColumn);
            command.Options.Add(DateFormat);
            DateFormat.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<string>() is { } format && PublicationDateReader.CheckFormat(format) is { } problem)
                {
                    r.AddError(problem);
                }
            });
            command.Validators.Add(r =>
            {
                if (!string.IsNullOrEmpty(r.GetValue(DateFormat)) && string.IsNullOrEmpty(r.GetValue(DateColumn)))
                {
                    r.AddError("--date-format needs --date-column: it is the form of that column's values.");
                }
            });
        }

        command.Options.Add(MaxDocumentMb);
        command.Options.Add(NoProgress);
        MaxDocumentMb.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() <= 0)
            {
                r.AddError("--max-document-mb must be greater than 0.");
            }
        });
    }

    public InputOptions ToOptions(ParseResult parse)
    {
        string? text = parse.GetValue(TextColumn);
        string? id = parse.GetValue(IdColumn);
        string? title = parse.GetValue(TitleColumn);
        string? date = dates ? parse.GetValue(DateColumn) : null;
        return new InputOptions
        {
            TextColumn = text ?? "text",
            TextColumnGiven = text is not null,
            IdColumn = id ?? "id",
            IdColumnGiven = id is not null,
            TitleColumn = string.IsNullOrEmpty(title) ? null : title,
            DateColumn = string.IsNullOrEmpty(date) ? null : date,
            DateFormat = string.IsNullOrEmpty(date) ? null : parse.GetValue(DateFormat),
            Delimiter = parse.GetValue(Delimiter) is { } delimiter ? Delimiters.Parse(delimiter) : null,
            TsvEscapes = !parse.GetValue(NoTsvEscapes),
            MaxDocumentBytes = (long)(parse.GetValue(MaxDocumentMb) * 1024 * 1024),
        };
    }
}
