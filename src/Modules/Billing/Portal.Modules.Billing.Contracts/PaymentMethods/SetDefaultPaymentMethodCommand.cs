using MediatR;

namespace Portal.Modules.Billing.Contracts.PaymentMethods;

/// <summary>Makes a saved card the one charged when no other is named (renewals, dues).</summary>
public sealed record SetDefaultPaymentMethodCommand(BusinessId BusinessId, Mode Mode, CustomerId CustomerId, string PaymentMethodId) : ICommand<Unit>;
