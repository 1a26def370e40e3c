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

    /// <summary>A news feed (<c>.rss</c>, <c>.atom</c>, <c>.xml</c>): RSS 2.0, RSS 1.0 (RDF) or Atom, told apart by the root element.</summary>
    Feed,
}
