namespace TextInsight.Tests.Support;

/// <summary>A fact that needs ../shared/data and is skipped, with a clear message, where it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Skips the test when the shared data are absent.</summary>
    public SharedDataFactAttribute()
    {
        if (!RepoPaths.HasSharedData)
        {
            Skip = RepoPaths.NoSharedDataMessage;
        }
    }
}

/// <summary>A theory that needs ../shared/data and is skipped, with a clear message, where it is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips the test when the shared data are absent.</summary>
    public SharedDataTheoryAttribute()
    {
        if (!RepoPaths.HasSharedData)
        {
            Skip = RepoPaths.NoSharedDataMessage;
        }
    }
}
