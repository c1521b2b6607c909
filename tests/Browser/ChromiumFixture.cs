using Microsoft.Playwright;

namespace Portal.Tests.Browser;

/// <summary>
/// One Playwright driver and one headless Debian Chromium per test class (xunit class fixture); each
/// test opens its own context, so cookies and storage never leak from one test to the next.
/// Playwright's bundled driver runs offline; the browser is the system one, never downloaded.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/lib/chromium/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ExecutablePath}: apt-get install chromium (scripts/test does).");
        }

        // Expect(...) retries for 5 s by default: too tight on a 2-core machine that also builds and
        // runs the other test assemblies at the same time.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        });
    }

    /// <summary>
    /// A fresh browser profile in English. CSP is bypassed only so axe-core can be injected; the
    /// portal's own pages need no such allowance.
    /// </summary>
    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new()
        {
            BypassCSP = true,
            Locale = "en-US",
            ViewportSize = new() { Width = 1280, Height = 800 },
        });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
