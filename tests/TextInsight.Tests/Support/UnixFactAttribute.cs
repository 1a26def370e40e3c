namespace TextInsight.Tests.Support;

/// <summary>A fact that sends POSIX signals, skipped with a clear message on Windows.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    /// <summary>Skips the test on Windows.</summary>
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "This test sends SIGINT with kill(1), which Windows does not have.";
        }
    }
}
