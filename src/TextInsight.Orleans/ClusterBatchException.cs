namespace TextInsight.Orleans;

/// <summary>A batch could not be analyzed on the cluster after every attempt; the records before it were returned.</summary>
public sealed class ClusterBatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ClusterBatchException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ClusterBatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the last failure.</summary>
    public ClusterBatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
