namespace Portal.Bench.Host;

/// <summary>
/// The twin page (<c>Pages/HistoryTwin</c>) is compiled into this assembly, not the host's: MVC serves it once
/// the assembly is one of its parts. The bench host adds it, and so do the tests that hold the twin to the page.
/// </summary>
public static class BenchPages
{
    public static IMvcBuilder AddBenchPages(this IServiceCollection services) =>
        services.AddRazorPages().AddApplicationPart(typeof(BenchPages).Assembly);
}
