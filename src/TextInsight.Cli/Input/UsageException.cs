namespace TextInsight.Cli.Input;

/// <summary>A mistake in how the command was called; the command prints the message and exits with code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
