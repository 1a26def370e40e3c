using Microsoft.Extensions.Logging;

namespace TextInsight.Cli.Output;

/// <summary>Writes log entries as single lines to a text writer (standard error), so that they can be captured like the rest of the diagnostics.</summary>
internal sealed class LineLoggerProvider(TextWriter writer) : ILoggerProvider
{
    private readonly Lock _lock = new();

    public ILogger CreateLogger(string categoryName) => new LineLogger(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(string line)
    {
        lock (_lock)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }

    private sealed class LineLogger(LineLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            string message = formatter(state, exception);
            string error = exception is null ? string.Empty : $" ({exception.GetType().Name}: {exception.Message})";
            provider.Write($"{logLevel.ToString().ToLowerInvariant()}: {category}: {message}{error}");
        }
    }
}
