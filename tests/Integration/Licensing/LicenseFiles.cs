using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Licensing.Application.LicenseFiles;
using Portal.Tests.Support;

namespace Portal.Tests.Integration.Licensing;

/// <summary>License files for tests: a license of a business (made-up key, product and customer: signing does not look them up) and its signing.</summary>
internal static class LicenseFiles
{
    public static LicenseFileContent Content(BusinessId business, Mode mode, DateTimeOffset now) =>
        new(
            "ACME-7F3K-Q9ZP-22XM",
            PrefixedId.New<LicenseKeyId>(),
            business,
            mode,
            PrefixedId.New<ProductId>(),
            "Piano Pro — licenza annuale",
            PrefixedId.New<CustomerId>(),
            TruncatedToSeconds(now.AddYears(1)),
            3,
            TruncatedToSeconds(now));

    public static async Task<byte[]> SignAsync(PortalFactory factory, LicenseFileContent content)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LicenseFileSigner>().SignAsync(content, CancellationToken.None);
    }

    private static DateTimeOffset TruncatedToSeconds(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));
}
