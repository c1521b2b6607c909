namespace Portal.Modules.Licensing.Infrastructure.RateLimits;

/// <summary>
/// <c>Licensing:RateLimits</c>: requests a minute to the public license endpoints, per license key and
/// client address (validate; activate and deactivate together), and per client address over all of them.
/// </summary>
internal sealed class LicenseRateLimitOptions
{
    public const string SectionName = "Licensing:RateLimits";

    public int ValidatePerKeyAndAddress { get; set; } = 60;

    public int ChangesPerKeyAndAddress { get; set; } = 10;

    public int PerAddress { get; set; } = 600;
}
