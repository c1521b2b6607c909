using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Billing.Application.Invoices.GetInvoicePdf;

/// <summary>
/// The PDF of the invoice of a payment, in "it" or "en". <paramref name="CustomerId"/> restricts it to
/// that customer (the portal); the merchant API leaves it null. Not invoiced or not visible → 404.
/// </summary>
public sealed record GetInvoicePdfQuery(BusinessId BusinessId, Mode Mode, string PaymentId, CustomerId? CustomerId, string Language) : IQuery<InvoicePdf>;
