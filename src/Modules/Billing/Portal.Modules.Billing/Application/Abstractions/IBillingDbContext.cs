using Microsoft.EntityFrameworkCore.Storage;
using Portal.BuildingBlocks.Application.Persistence;
using Portal.Modules.Billing.Domain.BillingAccounts;
using Portal.Modules.Billing.Domain.Credits;
using Portal.Modules.Billing.Domain.Invoices;
using Portal.Modules.Billing.Domain.Refunds;

namespace Portal.Modules.Billing.Application.Abstractions;

/// <summary>The Billing tables as the handlers see them; implemented by the module's DbContext.</summary>
internal interface IBillingDbContext : IModuleDbContext
{
    DbSet<BillingAccount> BillingAccounts { get; }

    DbSet<PaymentMethod> PaymentMethods { get; }

    DbSet<Payment> Payments { get; }

    /// <summary>The payments with a line for this product (the lines are one jsonb column: the test is SQL of its own).</summary>
    IQueryable<Payment> PaymentsWithProduct(string productId);

    DbSet<Invoice> Invoices { get; }

    DbSet<Refund> Refunds { get; }

    DbSet<CreditEntry> CreditEntries { get; }

    Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>Loads the payment and locks its row until the transaction ends (concurrent settlers wait, then see the outcome).</summary>
    Task<Payment?> LockPaymentAsync(PaymentId id, CancellationToken cancellationToken);

    /// <summary>Makes writers of one customer's credit take turns until the transaction ends (a transaction-scoped advisory lock).</summary>
    Task LockCustomerCreditAsync(CustomerId customerId, CancellationToken cancellationToken);

    /// <summary>Makes writers of one customer's saved cards take turns until the transaction ends (a transaction-scoped advisory lock).</summary>
    Task LockCustomerPaymentMethodsAsync(CustomerId customerId, CancellationToken cancellationToken);

    /// <summary>Loads the refund and locks its row until the transaction ends.</summary>
    Task<Refund?> LockRefundAsync(RefundId id, CancellationToken cancellationToken);

    /// <summary>
    /// The next invoice number of a business, mode and year, inside the caller's transaction: if it
    /// rolls back, so does the number, so the sequence never has gaps.
    /// </summary>
    Task<int> NextInvoiceSequenceAsync(BusinessId businessId, Mode mode, int year, CancellationToken cancellationToken);

    /// <summary>Records a gateway webhook event id; false when it was already recorded (a duplicate delivery).</summary>
    Task<bool> TryRecordWebhookEventAsync(string eventId, DateTimeOffset now, CancellationToken cancellationToken);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
