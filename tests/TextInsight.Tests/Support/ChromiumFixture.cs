namespace TextInsight.Tests.Support;

/// <summary>One headless Chromium shared by a test class (starting it is the slow part); started at first use.</summary>
public sealed class ChromiumFixture : IAsyncDisposable
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

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _gate.Dispose();
    }
}
