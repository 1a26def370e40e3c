using System.Diagnostics;
using System.Globalization;
using TextInsight.Cli.Input;

namespace TextInsight.Cli.Output;

/// <summary>
/// A one-line progress bar on standard error (documents done, failures, documents/s, ETA from bytes read),
/// redrawn a few times a second while the batch runs; only when standard error is a terminal.
/// </summary>
internal sealed class ProgressDisplay : IAsyncDisposable
{
    private readonly TextWriter _error;
    private readonly ReadProgress _read;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task? _loop;
    private long _documents;
    private long _failures;

    public ProgressDisplay(TextWriter error, ReadProgress read, bool enabled)
    {
        _error = error;
        _read = read;
        if (enabled)
        {
            _loop = RunAsync();
        }
    }

    public long Documents => Interlocked.Read(ref _documents);

    public long Failures => Interlocked.Read(ref _failures);

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Counts one finished document.</summary>
    public void Done(bool failed)
    {
        Interlocked.Increment(ref _documents);
        if (failed)
        {
            Interlocked.Increment(ref _failures);
        }
    }

    /// <summary>The closing summary line: documents, failures, time.</summary>
    public string SummaryLine(string verb, bool cancelled)
    {
        double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-9);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{(cancelled ? "cancelled after" : verb)} {Documents} documents, {Failures} failed, in {seconds:0.0} s ({Documents / seconds:0.0} documents/s)");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await _error.WriteAsync("\r\u001b[2K").ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                await _error.WriteAsync(Line()).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>The progress line: a bar, percentage and ETA only when the total size of the inputs is known (not for folders, walked as they are read).</summary>
    internal string Line()
    {
        double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-9);
        double rate = Documents / seconds;
        long total = _read.TotalBytes;
        double fraction = total > 0 ? Math.Clamp(_read.BytesRead / (double)total, 0, 1) : 0;
        const int width = 24;
        int filled = (int)(fraction * width);
        string bar = total > 0 ? "[" + new string('#', filled) + new string('.', width - filled) + $"] {fraction * 100,3:0}% " : string.Empty;
        string eta = total > 0 && fraction > 0.001
            ? " ETA " + TimeSpan.FromSeconds(seconds * (1 - fraction) / fraction).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture)
            : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"\r\u001b[2K{bar}{Documents} documents, {Failures} failed, {rate:0.0}/s{eta}");
    }
}
