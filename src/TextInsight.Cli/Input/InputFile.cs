namespace TextInsight.Cli.Input;

/// <summary>A file to read: where it is, the name its records carry, and its kind.</summary>
/// <param name="Path">The file system path.</param>
/// <param name="Source">The name records carry: relative to the input folder, forward slashes, without <c>.gz</c>.</param>
/// <param name="Kind">The kind of file.</param>
/// <param name="Compressed">Whether the file is gzip-compressed.</param>
/// <param name="InFolder">Whether the file was found by walking an input folder rather than named as an input.</param>
internal sealed record InputFile(string Path, string Source, InputKind Kind, bool Compressed, bool InFolder = false)
{
    /// <summary>Classifies a file name by its extension, looking through a trailing <c>.gz</c>.</summary>
    public static (InputKind Kind, bool Compressed, string NameWithoutGz) Classify(string name)
    {
        bool gz = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        string inner = gz ? name[..^3] : name;
        var kind = System.IO.Path.GetExtension(inner).ToUpperInvariant() switch
        {
            ".TXT" => InputKind.Text,
            ".MD" or ".MARKDOWN" => InputKind.Markdown,
            ".HTML" or ".HTM" => InputKind.Html,
            ".CSV" => InputKind.Csv,
            ".TSV" or ".TAB" => InputKind.Tsv,
            ".JSONL" => InputKind.JsonLines,
            ".RSS" or ".ATOM" or ".XML" => InputKind.Feed,
            _ => InputKind.Unsupported,
        };
        return (kind, gz, inner);
    }
}
