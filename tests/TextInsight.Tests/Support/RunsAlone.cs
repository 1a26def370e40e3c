namespace TextInsight.Tests.Support;

/// <summary>
/// Tests that change process-wide state (the console, the current directory) or measure the process's memory: xunit runs
/// this collection after the parallel ones, by itself.
/// </summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;
