namespace Portal.Modules.Billing.Application.PaymentMethods;

/// <summary>
/// The checks before a typed test card is saved, however it is saved: the customer exists, the mode's new cards go
/// to the sandbox (not Stripe, not nowhere), and the number is one of the documented test cards with a valid expiry.
/// </summary>
internal sealed class SandboxCardIntake(IPaymentGateways gateways, ISandboxCardVault sandbox, CustomerGuard customers)
{
    public async Task<SandboxCardCheck> CheckAsync(BusinessId businessId, Mode mode, CustomerId customerId, string? number, int expiryMonth, int expiryYear, CancellationToken cancellationToken)
    {
        await customers.EnsureExistsAsync(businessId, mode, customerId, cancellationToken);
        switch (gateways.ForNewCards(mode))
        {
            case PaymentGatewayKind.Stripe:
                throw new DomainException(Error.Unprocessable("USE_GATEWAY_SETUP", "Cards are saved on the payment provider's secure page."));
            case null:
                throw new DomainException(Error.Unprocessable("PAYMENTS_NOT_CONFIGURED", "This business cannot take card payments yet."));
        }

        var check = sandbox.Check(number, expiryMonth, expiryYear);
        return check.IsAccepted ? check : throw new DomainException(Error.Validation(check.ErrorCode!.ToUpperInvariant(), check.ErrorMessage!));
    }
}
