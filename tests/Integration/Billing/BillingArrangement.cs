using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.Integration.Billing;

/// <summary>The usual arrange steps of billing tests: a customer with a test card, and charges through the one Billing command.</summary>
internal static class BillingArrangement
{
    public const string Visa = "4242424242424242";
    public const string ChargesFail = "4000000000000341";
    public const string InsufficientFunds = "4000000000009995";
    public const string DeclinedOnSave = "4000000000000002";

    public static Task<PaymentMethodDto> AddCardAsync(PortalFactory factory, BusinessId business, CustomerId customer, string number = Visa, bool makeDefault = true, Mode mode = Mode.Test) =>
        factory.SendAsync(s => s.SendAsync(new AddSandboxCardCommand(business, mode, customer, number, 12, factory.Time.GetUtcNow().Year + 2, makeDefault)));

    public static ChargeCustomerCommand Charge(
        BusinessId business, CustomerId customer, string idempotencyKey, long unitAmount = 1_000, int quantity = 1, int taxBasisPoints = 2_200, string? paymentMethodId = null, Mode mode = Mode.Test) =>
        new(
            business.Value,
            mode,
            customer.Value,
            idempotencyKey,
            "EUR",
            [new ChargeLine("Piano Pro — licenza annuale è inclusa", "prod_pro", quantity, unitAmount, taxBasisPoints)],
            "Piano Pro",
            paymentMethodId);

    public static Task<ChargeOutcome> ChargeAsync(PortalFactory factory, ChargeCustomerCommand command) =>
        factory.SendAsync(s => s.SendAsync(command));

    /// <summary>How many charges the sandbox gateway itself recorded: what the customer's bank would see.</summary>
    public static Task<long> GatewayChargesAsync(PortalFactory factory) =>
        Database.ScalarAsync<long>(factory, "SELECT count(*) FROM billing.sandbox_charges");
}
