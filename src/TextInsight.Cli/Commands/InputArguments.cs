using System.CommandLine;
using TextInsight.Cli.Input;

namespace TextInsight.Cli.Commands;

/// <summary>
/// The input argument and the input and progress options shared by every command that reads documents
/// (<c>analyze</c>, <c>tokenize</c>, <c>sentences</c>), so that a script can pass the same options to each.
/// </summary>
internal sealed class InputArguments
{
    public Argument<string[]> Inputs { get; } = new("input")
    {
        Description = "Files (.txt, .md/.markdown as Markdown, .html, .htm, .csv, .jsonl, optionally .gz), folders (read recursively), or - for standard input.",
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
        return new InputOptions
        {
            TextColumn = text ?? "text",
            TextColumnGiven = text is not null,
            IdColumn = id ?? "id",
            IdColumnGiven = id is not null,
            TitleColumn = string.IsNullOrEmpty(title) ? null : title,
            MaxDocumentBytes = (long)(parse.GetValue(MaxDocumentMb) * 1024 * 1024),
        };
    }
}
