using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Licensing.Contracts.Activations;
using Portal.Modules.Licensing.Contracts.LicenseKeys;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Licensing.LicensingArrangement;

namespace Portal.Tests.Integration.Licensing;

/// <summary>Activating, validating and deactivating a key through the application's commands.</summary>
public sealed class LicenseActivationTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Twenty_concurrent_activations_never_go_past_the_limit()
    {
        var (business, customer, key) = await KeyAsync(Factory, activationLimit: 3);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            try
            {
                await ActivateAsync(Factory, key.Key, $"Computer {i}");
                return "activated";
            }
            catch (DomainException e)
            {
                return e.Error.Code;
            }
        }));

        Assert.Equal(3, attempts.Count(a => a == "activated"));
        Assert.Equal(17, attempts.Count(a => a == "ACTIVATION_LIMIT_REACHED"));
        var mine = Assert.Single(await KeysAsync(Factory, business, customer));
        Assert.Equal(3, mine.Key.InstancesCount);
        Assert.Equal(3, mine.Instances.Count);
        Assert.Equal(3L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM licensing.license_key_instances"));
    }

    [Fact]
    public async Task A_deactivated_instance_frees_its_seat_for_another()
    {
        var (business, customer, key) = await KeyAsync(Factory, activationLimit: 1);
        var first = await ActivateAsync(Factory, key.Key, "Old laptop");
        var refused = await Assert.ThrowsAsync<DomainException>(() => ActivateAsync(Factory, key.Key, "New laptop"));
        Assert.Equal("ACTIVATION_LIMIT_REACHED", refused.Error.Code);

        await Factory.SendAsync(s => s.SendAsync(new DeactivateLicenseCommand(Mode.Test, key.Key, first.Instance.Id)));
        Assert.False(await ValidateAsync(key.Key, first.Instance.Id));
        var second = await ActivateAsync(Factory, key.Key, "New laptop");

        Assert.True(await ValidateAsync(key.Key, second.Instance.Id));
        var mine = Assert.Single(await KeysAsync(Factory, business, customer));
        Assert.Equal("New laptop", Assert.Single(mine.Instances).Name);
        Assert.Equal(1, mine.Key.InstancesCount);
        Assert.Equal("Ada Lovelace", second.CustomerName);
        Assert.Equal("Desktop app", second.ProductName);
    }

    [Fact]
    public async Task Keys_are_found_whatever_the_case_spacing_or_lookalike_letters_typed()
    {
        var (_, _, key) = await KeyAsync(Factory);
        var typed = "  " + key.Key.ToLowerInvariant().Replace('0', 'o').Replace('1', 'l') + " ";

        Assert.True(await ValidateAsync(typed, null));
    }

    [Fact]
    public async Task A_disabled_key_neither_activates_nor_validates_until_enabled_again()
    {
        var (business, _, key) = await KeyAsync(Factory);
        var instance = await ActivateAsync(Factory, key.Key);

        await UpdateAsync(business, key.Id, disabled: true);

        Assert.Equal("LICENSE_KEY_DISABLED", (await Assert.ThrowsAsync<DomainException>(() => ActivateAsync(Factory, key.Key))).Error.Code);
        Assert.False(await ValidateAsync(key.Key, null));
        Assert.False(await ValidateAsync(key.Key, instance.Instance.Id));

        await UpdateAsync(business, key.Id, disabled: false);
        Assert.True(await ValidateAsync(key.Key, instance.Instance.Id));
    }

    [Fact]
    public async Task An_expired_key_is_refused_and_extending_it_brings_it_back()
    {
        var (business, _, key) = await KeyAsync(Factory, durationDays: 30);
        Factory.Time.Advance(TimeSpan.FromDays(30));

        Assert.Equal("LICENSE_KEY_EXPIRED", (await Assert.ThrowsAsync<DomainException>(() => ActivateAsync(Factory, key.Key))).Error.Code);
        Assert.False(await ValidateAsync(key.Key, null));

        var extended = await Factory.SendAsync(s => s.SendAsync(new UpdateLicenseKeyCommand(
            business, Mode.Test, key.Id, false, null, null, true, Factory.Time.GetUtcNow().AddDays(30))));
        Assert.Equal("active", extended.Status);
        Assert.True(await ValidateAsync(key.Key, null));
    }

    [Fact]
    public async Task A_key_of_the_other_mode_or_a_made_up_one_is_not_found()
    {
        var (_, _, key) = await KeyAsync(Factory);

        foreach (var (mode, typed) in new[] { (Mode.Live, key.Key), (Mode.Test, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF"), (Mode.Test, ""), (Mode.Test, new string('A', 10_000)) })
        {
            var error = await Assert.ThrowsAsync<DomainException>(() => Factory.SendAsync(s => s.QueryAsync(new ValidateLicenseQuery(mode, typed, null))));
            Assert.Equal(ErrorKind.NotFound, error.Error.Kind);
            Assert.Equal(ErrorKind.NotFound, (await Assert.ThrowsAsync<DomainException>(() => ActivateAsync(Factory, typed, "x", mode))).Error.Kind);
        }
    }

    [Fact]
    public async Task Another_keys_instance_cannot_be_validated_or_deactivated_with_this_key()
    {
        var (_, _, key) = await KeyAsync(Factory);
        var (_, _, other) = await KeyAsync(Factory);
        var othersInstance = await ActivateAsync(Factory, other.Key);

        Assert.False(await ValidateAsync(key.Key, othersInstance.Instance.Id));
        Assert.False(await ValidateAsync(key.Key, "lki_not-an-id"));
        var error = await Assert.ThrowsAsync<DomainException>(() => Factory.SendAsync(s => s.SendAsync(new DeactivateLicenseCommand(Mode.Test, key.Key, othersInstance.Instance.Id))));
        Assert.Equal(ErrorKind.NotFound, error.Error.Kind);
        Assert.True(await ValidateAsync(other.Key, othersInstance.Instance.Id));
    }

    [Fact]
    public async Task The_limit_cannot_be_lowered_below_the_instances_in_use()
    {
        var (business, _, key) = await KeyAsync(Factory, activationLimit: 3);
        await ActivateAsync(Factory, key.Key, "One");
        await ActivateAsync(Factory, key.Key, "Two");

        var error = await Assert.ThrowsAsync<DomainException>(() => Factory.SendAsync(s => s.SendAsync(new UpdateLicenseKeyCommand(business, Mode.Test, key.Id, true, 1, null, false, null))));
        Assert.Equal("ACTIVATIONS_LIMIT_BELOW_USAGE", error.Error.Code);

        var unlimited = await Factory.SendAsync(s => s.SendAsync(new UpdateLicenseKeyCommand(business, Mode.Test, key.Id, true, null, null, false, null)));
        Assert.Null(unlimited.ActivationsLimit);
    }

    private Task<bool> ValidateAsync(string licenseKey, string? instanceId) =>
        Factory.SendAsync(s => s.QueryAsync(new ValidateLicenseQuery(Mode.Test, licenseKey, instanceId)));

    private Task UpdateAsync(BusinessId business, string keyId, bool disabled) =>
        Factory.SendAsync(s => s.SendAsync(new UpdateLicenseKeyCommand(business, Mode.Test, keyId, false, null, disabled, false, null)));
}
