namespace TextInsight.Topics;

/// <summary>The training or evaluation data cannot make a topic model; the message says what to fix.</summary>
public sealed class TopicTrainingDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TopicTrainingDataException()
    {
    }

    /// <summary>Creates the exception with a message that says what to fix.</summary>
    /// <param name="message">What is wrong with the data and what to do.</param>
    public TopicTrainingDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong with the data and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public TopicTrainingDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
