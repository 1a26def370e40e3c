namespace TextInsight.Tests.Support;

/// <summary>
/// One headless Chromium shared by a test class (starting it is the slow part); started at first use, closed when the
/// class is done (xunit 2 disposes fixtures through <see cref="IAsyncLifetime"/>, not <see cref="IAsyncDisposable"/>).
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private HeadlessChromium? _browser;

    /// <summary>The browser, started on first call.</summary>
    internal async Task<HeadlessChromium> GetAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _browser ??= await HeadlessChromium.StartAsync(1400, 1000);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        Dispose();
    }

    public void Dispose() => _gate.Dispose();
}
