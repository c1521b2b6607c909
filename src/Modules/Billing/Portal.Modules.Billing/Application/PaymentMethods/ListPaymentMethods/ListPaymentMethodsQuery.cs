using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Billing.Application.PaymentMethods.ListPaymentMethods;

/// <summary>A customer's saved cards, the default first. Empty for an unknown customer (callers check the customer exists).</summary>
public sealed record ListPaymentMethodsQuery(BusinessId BusinessId, Mode Mode, CustomerId CustomerId) : IQuery<IReadOnlyList<PaymentMethodDto>>;
