using System.Buffers.Binary;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Portal.Modules.Licensing.Infrastructure.RateLimits;

/// <summary>
/// Fixed one-minute windows, in memory, for the public license endpoints: these are hot (software calls
/// validate at every start), so a database write per request is out of the question. Per host instance:
/// with N instances a client gets up to N times the limit. Partitions are keyed by the first 128 bits
/// of the key's SHA-256 (never the key) and the address, as a value (no string per request); idle ones
/// are dropped by the limiter itself.
/// </summary>
internal sealed class LicenseRateLimiter : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<Caller> _validate;
    private readonly PartitionedRateLimiter<Caller> _changes;
    private readonly PartitionedRateLimiter<Caller> _perAddress;

    public LicenseRateLimiter(IOptions<LicenseRateLimitOptions> options)
    {
        var limits = options.Value;
        _validate = Create(limits.ValidatePerKeyAndAddress);
        _changes = Create(limits.ChangesPerKeyAndAddress);
        _perAddress = Create(limits.PerAddress);
    }

    /// <summary>Null when the request may go on; otherwise how long until it may.</summary>
    public TimeSpan? Refusal(LicenseCall call, byte[]? keyHash, IPAddress? address)
    {
        using var perAddress = _perAddress.AttemptAcquire(new Caller(UInt128.Zero, address));
        if (!perAddress.IsAcquired)
        {
            return RetryAfter(perAddress);
        }

        var limiter = call == LicenseCall.Validate ? _validate : _changes;
        using var perKey = limiter.AttemptAcquire(new Caller(keyHash is null ? UInt128.Zero : BinaryPrimitives.ReadUInt128LittleEndian(keyHash), address));
        return perKey.IsAcquired ? null : RetryAfter(perKey);
    }

    public void Dispose()
    {
        _validate.Dispose();
        _changes.Dispose();
        _perAddress.Dispose();
    }

    private static PartitionedRateLimiter<Caller> Create(int permitsPerMinute) =>
        PartitionedRateLimiter.Create<Caller, Caller>(partition => RateLimitPartition.GetFixedWindowLimiter(
            partition, _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = Window, QueueLimit = 0, AutoReplenishment = true }));

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window;

    /// <summary>A partition: a key (its hash's first 128 bits; zero for "any key") from an address (null when unknown).</summary>
    private readonly record struct Caller(UInt128 Key, IPAddress? Address);
}

/// <summary>Which budget a public license call spends.</summary>
internal enum LicenseCall
{
    Validate,
    Change,
}
