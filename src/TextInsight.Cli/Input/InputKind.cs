namespace TextInsight.Cli.Input;

/// <summary>The kinds of input file, by extension (a trailing <c>.gz</c> is looked through).</summary>
internal enum InputKind
{
    Unsupported,
    Text,
    Html,
    Markdown,
    Csv,
    JsonLines,

    /// <summary>A news feed (<c>.rss</c>, <c>.atom</c>, <c>.xml</c>): RSS 2.0, RSS 1.0 (RDF) or Atom, told apart by the root element.</summary>
    Feed,
}
