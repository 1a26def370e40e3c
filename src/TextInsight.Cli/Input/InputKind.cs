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
}
