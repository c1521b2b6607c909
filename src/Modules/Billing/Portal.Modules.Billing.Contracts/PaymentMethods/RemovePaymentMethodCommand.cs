using MediatR;

namespace Portal.Modules.Billing.Contracts.PaymentMethods;

/// <summary>Removes a saved card; if it was the default, the most recent remaining card becomes the default.</summary>
public sealed record RemovePaymentMethodCommand(BusinessId BusinessId, Mode Mode, CustomerId CustomerId, string PaymentMethodId) : ICommand<Unit>;
