using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Billing.Application.Payments.ListTransactions;

/// <summary>One page of a customer's payment history, newest first (page numbers from 0).</summary>
public sealed record ListTransactionsQuery(BusinessId BusinessId, Mode Mode, CustomerId CustomerId, int Page, int PageSize = 20) : IQuery<TransactionPage>;
