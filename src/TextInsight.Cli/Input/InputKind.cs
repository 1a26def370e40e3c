namespace TextInsight.Cli.Input;

/// <summary>The kinds of input file, by extension (a trailing <c>.gz</c> is looked through). <see cref="Csv"/> and <see cref="Tsv"/> are both delimited files, read by <see cref="CsvDocumentReader"/>; they differ in the delimiter they default to.</summary>
internal enum InputKind
{
    Unsupported,
    Text,
    Html,
    Markdown,
    Csv,
    Tsv,
    JsonLines,
}
