using Portal.Modules.Billing.Application.Abstractions;

namespace Portal.Modules.Billing.Application.PaymentMethods;

/// <summary>The method a charge uses: the one named, or the customer's default; never a removed or foreign one.</summary>
internal static class ChargeablePaymentMethod
{
    public static async Task<PaymentMethod> FindAsync(
        IBillingDbContext db, BusinessId businessId, Mode mode, CustomerId customerId, string? paymentMethodId, CancellationToken cancellationToken)
    {
        var methods = db.PaymentMethods.Where(m => m.BusinessId == businessId && m.Mode == mode && m.CustomerId == customerId && m.RemovedAt == null);
        if (paymentMethodId is null)
        {
            return await methods.FirstOrDefaultAsync(m => m.IsDefault, cancellationToken)
                ?? throw new DomainException(Error.Unprocessable("PAYMENT_METHOD_REQUIRED", "The customer has no default payment method."));
        }

        return PrefixedId.TryParse<PaymentMethodId>(paymentMethodId, out var id)
            && await methods.FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is { } method
            ? method
            : throw new DomainException(Error.NotFound("Payment method not found."));
    }
}
