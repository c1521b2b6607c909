using Portal.Modules.Licensing.Contracts.Activations;

namespace Portal.Host.Demo;

/// <summary>
/// Activates Ada's demo license keys on her computers: the desktop app on two of its three (room for one
/// more), the font pack on its only one (at its limit). Keys are issued from the payments by the outbox
/// relay, after the demo is seeded, so this runs once they exist; a key that has never been activated or
/// reset gets its demo instances, any other is left as the visitor left it.
/// </summary>
internal sealed class DemoLicenses(ISender sender)
{
    public const int KeysBought = 2;

    private static readonly Dictionary<string, string[]> InstancesByProduct = new(StringComparer.Ordinal)
    {
        ["Desktop app licence"] = ["Ada's MacBook", "Office PC"],
        ["Font pack licence"] = ["Ada's MacBook"],
    };

    /// <summary>False while Ada's keys are not all issued yet (nothing is activated then).</summary>
    public async Task<bool> ActivateAsync(CancellationToken cancellationToken)
    {
        if (await sender.QueryAsync(new FindCustomerByEmailQuery(DemoData.Acme, Mode.Test, DemoData.SharedCustomerEmail), cancellationToken) is not { } ada)
        {
            return false;
        }

        var keys = await sender.QueryAsync(new ListCustomerLicenseKeysQuery(DemoData.Acme, Mode.Test, ada), cancellationToken);
        if (keys.Count < KeysBought)
        {
            return false;
        }

        foreach (var key in keys.Select(k => k.Key).Where(k => k.InstancesCount == 0 && k.ActivationsResetAt is null))
        {
            foreach (var name in InstancesByProduct.GetValueOrDefault(key.ProductName, []))
            {
                await sender.SendAsync(new ActivateLicenseCommand(Mode.Test, key.Key, name), cancellationToken);
            }
        }

        return true;
    }
}

/// <summary>Runs <see cref="DemoLicenses"/> once the host is up and the relay has issued the keys (demo only; it gives up after a minute).</summary>
internal sealed class DemoLicenseActivation(IServiceScopeFactory scopes, ILogger<DemoLicenseActivation> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private const int Attempts = 120;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                if (await scope.ServiceProvider.GetRequiredService<DemoLicenses>().ActivateAsync(stoppingToken))
                {
                    return;
                }
            }

            await Task.Delay(Interval, stoppingToken);
        }

        logger.LogWarning("The demo's license keys were not issued within a minute: their demo activations were skipped.");
    }
}
