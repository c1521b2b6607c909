using Microsoft.Playwright;
using Portal.Tests.Support;
using Xunit.Abstractions;

namespace Portal.Tests.Browser;

/// <summary>
/// What every browser test class shares: the host on Kestrel with a clean database before each test, a fresh
/// Chromium context, and the helpers to reach a page and check it with axe-core.
/// </summary>
public abstract class BrowserTest(KestrelDatabaseFixture database, ChromiumFixture chromium, ITestOutputHelper output)
    : BrowserTest<KestrelDatabaseFixture>(database, chromium, output), IClassFixture<KestrelDatabaseFixture>;

/// <summary>
/// The same, for test classes whose host needs a fixture of its own (Stripe's live keys, say), served on Kestrel; the test
/// class declares <c>IClassFixture</c> of it (C# refuses both class fixtures on one generic type).
/// </summary>
public abstract class BrowserTest<TFixture>(TFixture database, ChromiumFixture chromium, ITestOutputHelper output)
    : IClassFixture<ChromiumFixture>, IAsyncLifetime
    where TFixture : DatabaseFixture
{
    private readonly List<IDisposable> _disposables = [];

    protected TFixture Fixture => database;

    protected PortalFactory Factory => database.Factory;

    protected ChromiumFixture Chromium => chromium;

    protected ITestOutputHelper Output => output;

    /// <summary>The test's browser context: its cookies are the signed-in user's.</summary>
    protected IBrowserContext Context { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Factory.ResetDatabaseAsync();
        Context = await chromium.NewContextAsync();
    }

    public async Task DisposeAsync()
    {
        _disposables.ForEach(disposable => disposable.Dispose());
        await Context.CloseAsync();
    }

    /// <summary>Keeps <paramref name="disposable"/> (an API client, say) until the test ends.</summary>
    protected T DisposeAfterTest<T>(T disposable)
        where T : IDisposable
    {
        _disposables.Add(disposable);
        return disposable;
    }

    protected string Url(string path) => new Uri(Factory.BaseAddress, path).AbsoluteUri;

    protected static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>Runs axe-core on the page as it is now: no violation may remain; what it could not decide is written to the output.</summary>
    protected async Task AssertAccessibleAsync(IPage page, string state)
    {
        var results = await Axe.AssertNoViolationsAsync(page, state);
        output.WriteLine($"{state} ({page.Url}): 0 violations, {results.Passes} rules passed, incomplete (needs review): [{string.Join(", ", results.Incomplete)}]");
    }
}
