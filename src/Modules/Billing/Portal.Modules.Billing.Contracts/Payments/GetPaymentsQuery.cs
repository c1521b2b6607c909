namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>Several payments of a business in a mode, read together; an id that is not one of them is left out.</summary>
public sealed record GetPaymentsQuery(BusinessId BusinessId, Mode Mode, IReadOnlyCollection<string> PaymentIds) : IQuery<IReadOnlyList<PaymentDto>>;
