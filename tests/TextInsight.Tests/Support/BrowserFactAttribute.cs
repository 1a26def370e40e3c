namespace TextInsight.Tests.Support;

/// <summary>
/// A fact that needs headless Chromium (/usr/bin/chromium, or TEXTINSIGHT_CHROMIUM). It is skipped with a clear message
/// where Chromium is absent, unless TEXTINSIGHT_REQUIRE_BROWSER=1 (set by .ci/run), where it runs and fails instead.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Skips the test when Chromium is absent and not required.</summary>
    public BrowserFactAttribute()
    {
        if (HeadlessChromium.ExecutablePath is null && !HeadlessChromium.Required)
        {
            Skip = "Chromium is absent (install the Debian package 'chromium', or set TEXTINSIGHT_CHROMIUM): this browser test is skipped; CI sets TEXTINSIGHT_REQUIRE_BROWSER=1 and runs it.";
        }
    }
}
