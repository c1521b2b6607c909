using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Licensing.Domain.LicenseKeys;

namespace Portal.Tests.Integration.Licensing;

/// <summary>The license key's rules without a database: its secret's format and lookup, status, limit and reset.</summary>
public sealed class LicenseKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_secret_is_six_groups_of_five_base32_characters_and_never_repeats()
    {
        var secrets = Enumerable.Range(0, 1_000).Select(_ => LicenseKeySecret.New()).ToList();

        Assert.All(secrets, s => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){5}$", s));
        Assert.Equal(secrets.Count, secrets.Distinct().Count());
    }

    [Theory]
    [InlineData("k7q2m-9xw4t-0a1b2-c3d4e-f5g6h-j7k8m")]
    [InlineData(" K7Q2M 9XW4T OA1B2 C3D4E F5G6H J7K8M ")]
    [InlineData("K7Q2M9XW4T0AlB2C3D4EF5G6HJ7K8M")]
    [InlineData("K7Q2M-9XW4T-0AIB2-C3D4E-F5G6H-J7K8M")]
    public void What_a_person_types_finds_the_same_key(string typed) =>
        Assert.Equal(LicenseKeySecret.HashOf("K7Q2M-9XW4T-0A1B2-C3D4E-F5G6H-J7K8M"), LicenseKeySecret.HashOf(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_or_oversized_input_is_no_key(string? typed)
    {
        Assert.Null(LicenseKeySecret.HashOf(typed));
        Assert.Null(LicenseKeySecret.HashOf(new string('A', LicenseKeySecret.MaxInputLength + 1)));
    }

    [Fact]
    public void Disabled_wins_over_expiry_and_expiry_is_inclusive()
    {
        Assert.Equal(LicenseKeyStatus.Active, LicenseKey.StatusOf(false, null, Now));
        Assert.Equal(LicenseKeyStatus.Active, LicenseKey.StatusOf(false, Now.AddTicks(1), Now));
        Assert.Equal(LicenseKeyStatus.Expired, LicenseKey.StatusOf(false, Now, Now));
        Assert.Equal(LicenseKeyStatus.Disabled, LicenseKey.StatusOf(true, Now.AddDays(-1), Now));
    }

    [Fact]
    public void Activations_stop_at_the_limit_and_a_release_frees_one()
    {
        var key = Key(activationsLimit: 2);
        key.Activate("One", Now);
        key.Activate("Two", Now);

        Assert.Equal("ACTIVATION_LIMIT_REACHED", Assert.Throws<DomainException>(() => key.Activate("Three", Now)).Error.Code);
        key.Release(Now);
        Assert.Equal("Three", key.Activate("Three", Now).Name);
        Assert.Equal(2, key.InstancesCount);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("bad\u0000name")]
    public void An_instance_needs_a_printable_name(string? name) =>
        Assert.Equal("INVALID_INSTANCE_NAME", Assert.Throws<DomainException>(() => Key().Activate(name, Now)).Error.Code);

    [Fact]
    public void A_customer_may_reset_activations_once_a_day()
    {
        var key = Key();
        key.Activate("One", Now);

        key.ResetActivations(Now);
        Assert.Equal(0, key.InstancesCount);
        Assert.Equal("ACTIVATIONS_RESET_TOO_SOON", Assert.Throws<DomainException>(() => key.ResetActivations(Now.AddHours(23))).Error.Code);
        key.ResetActivations(Now.AddHours(24));
    }

    [Fact]
    public void A_late_subscription_event_does_not_undo_a_newer_one()
    {
        var key = Key(subscription: SubscriptionId.FromTrusted("sub_12345678"));
        var periodEnd = Now.AddDays(20);

        key.FollowSubscription(accessEnds: true, periodEnd, occurredAt: Now, Now);
        key.FollowSubscription(accessEnds: false, periodEnd, occurredAt: Now.AddMinutes(-5), Now);

        Assert.Equal(periodEnd, key.ExpiresAt);
    }

    [Fact]
    public void A_one_time_keys_expiry_comes_from_the_products_duration_and_a_subscriptions_key_has_none()
    {
        Assert.Equal(Now.AddDays(30), Key(durationDays: 30).ExpiresAt);
        Assert.Null(Key(durationDays: 30, subscription: SubscriptionId.FromTrusted("sub_12345678")).ExpiresAt);
    }

    private static LicenseKey Key(int? activationsLimit = 3, int? durationDays = null, SubscriptionId? subscription = null) =>
        LicenseKey.Issue(
            BusinessId.FromTrusted("bus_12345678"), Mode.Test, CustomerId.FromTrusted("cus_12345678"), ProductId.FromTrusted("pdt_12345678"), "App",
            PaymentId.FromTrusted("pay_12345678"), subscription, activationsLimit, durationDays, new byte[32], "sealed", Now);
}
