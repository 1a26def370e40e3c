namespace TextInsight.Cli.Input;

/// <summary>One input: a file, standard input, or an error found while resolving the inputs.</summary>
internal sealed record InputItem(InputFile? File, DocumentInput? Error, bool IsStdin)
{
    public static InputItem Stdin { get; } = new(null, null, true);

    public static InputItem ForFile(InputFile file) => new(file, null, false);

    public static InputItem Failed(DocumentInput error) => new(null, error, false);
}
