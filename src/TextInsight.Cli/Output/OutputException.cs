namespace TextInsight.Cli.Output;

/// <summary>An output that cannot be opened or written; the message names the file and says why.</summary>
internal sealed class OutputException : Exception
{
    public OutputException()
    {
    }

    public OutputException(string message)
        : base(message)
    {
    }

    public OutputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
