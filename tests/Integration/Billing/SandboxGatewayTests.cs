using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Billing.Application.Gateways;
using Portal.Modules.Billing.Domain.PaymentMethods;
using Portal.Tests.Support;

namespace Portal.Tests.Integration.Billing;

/// <summary>The sandbox gateway's card matrix, by Stripe's test tokens and numbers, and its idempotency ledger.</summary>
public sealed class SandboxGatewayTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory]
    [InlineData("pm_card_visa", "Succeeded", null)]
    [InlineData("pm_card_mastercard", "Succeeded", null)]
    [InlineData("pm_card_chargeDeclined", "Failed", "card_declined")]
    [InlineData("pm_card_chargeCustomerFail", "Failed", "card_declined")]
    [InlineData("pm_card_visa_chargeDeclinedInsufficientFunds", "Failed", "insufficient_funds")]
    public async Task Each_test_token_charges_as_on_stripe(string token, string status, string? code)
    {
        var result = await Gateway.ChargeAsync(Request(token, "pay_matrix0000000001"), default);

        Assert.Equal((status, code), (result.Status.ToString(), result.FailureCode));
        Assert.StartsWith("ch_sandbox_", result.Reference, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4242424242424242", true, null)]
    [InlineData("4242 4242 4242 4242", true, null)]
    [InlineData("5555-5555-5555-4444", true, null)]
    [InlineData("4000000000000341", true, null)]
    [InlineData("4000000000009995", true, null)]
    [InlineData("4000000000000002", false, "card_declined")]
    [InlineData("4111111111111111", false, "test_card_required")]
    [InlineData("424242424242", false, "test_card_required")]
    [InlineData("4242x42424242424", false, "invalid_number")]
    [InlineData(null, false, "invalid_number")]
    public void Only_documented_test_cards_can_be_saved(string? number, bool accepted, string? code)
    {
        var check = Factory.Services.GetRequiredService<ISandboxCardVault>().Check(number, 12, Factory.Time.GetUtcNow().Year + 1);

        Assert.Equal((accepted, code), (check.IsAccepted, check.ErrorCode));
    }

    [Fact]
    public async Task One_idempotency_key_is_one_charge_that_answers_the_same_every_time()
    {
        var first = await Gateway.ChargeAsync(Request("pm_card_visa", "pay_same0000000000001"), default);
        var again = await Gateway.ChargeAsync(Request("pm_card_visa", "pay_same0000000000001"), default);
        var other = await Gateway.ChargeAsync(Request("pm_card_visa", "pay_other000000000001"), default);

        Assert.Equal(first, again);
        Assert.NotEqual(first.Reference, other.Reference);
        Assert.Equal(2, await BillingArrangement.GatewayChargesAsync(Factory));
    }

    private IPaymentGateway Gateway => Factory.Services.GetRequiredService<IPaymentGateways>().Get(PaymentGatewayKind.Sandbox);

    private static GatewayChargeRequest Request(string token, string key) =>
        new(Mode.Test, key, null, token, new Money(1_000, Currency.Of("EUR")), "Matrix");
}
