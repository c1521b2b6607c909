using Microsoft.EntityFrameworkCore.Storage;
using Portal.BuildingBlocks.Infrastructure.Messaging;
using Portal.BuildingBlocks.Infrastructure.Outbox;
using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Infrastructure.Persistence.Configurations;
using Portal.Modules.Billing.Domain.BillingAccounts;
using Portal.Modules.Billing.Domain.Credits;
using Portal.Modules.Billing.Domain.Invoices;
using Portal.Modules.Billing.Domain.Refunds;

namespace Portal.Modules.Billing.Infrastructure.Persistence;

internal sealed class BillingDbContext(
    DbContextOptions<BillingDbContext> options,
    DomainEventDispatcher? domainEvents = null,
    OutboxSignal? outboxSignal = null)
    : ModuleDbContext(options, domainEvents, outboxSignal), IBillingDbContext
{
    public const string SchemaName = "billing";

    public override string Schema => SchemaName;

    public DbSet<BillingAccount> BillingAccounts => Set<BillingAccount>();

    public DbSet<PaymentMethod> PaymentMethods => Set<PaymentMethod>();

    public DbSet<Payment> Payments => Set<Payment>();

    public IQueryable<Payment> PaymentsWithProduct(string productId) =>
        Payments.FromSql($"SELECT * FROM billing.payments WHERE lines @> {PaymentLinesColumn.OfProduct(productId)}::jsonb");

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<Refund> Refunds => Set<Refund>();

    public DbSet<CreditEntry> CreditEntries => Set<CreditEntry>();

    public async Task LockCustomerCreditAsync(CustomerId customerId, CancellationToken cancellationToken) =>
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended('billing.credit:' || {customerId.Value}, 0))", cancellationToken);

    public async Task LockCustomerPaymentMethodsAsync(CustomerId customerId, CancellationToken cancellationToken) =>
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended('billing.payment_methods:' || {customerId.Value}, 0))", cancellationToken);

    public Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(cancellationToken);

    public async Task<Payment?> LockPaymentAsync(PaymentId id, CancellationToken cancellationToken)
    {
        Untrack<Payment>(p => p.Id == id);
        return await FirstOrDefaultAsync(Payments.FromSql($"SELECT * FROM billing.payments WHERE id = {id.Value} FOR UPDATE").AsAsyncEnumerable(), cancellationToken);
    }

    public async Task<Refund?> LockRefundAsync(RefundId id, CancellationToken cancellationToken)
    {
        Untrack<Refund>(r => r.Id == id);
        return await FirstOrDefaultAsync(Refunds.FromSql($"SELECT * FROM billing.refunds WHERE id = {id.Value} FOR UPDATE").AsAsyncEnumerable(), cancellationToken);
    }

    public async Task<int> NextInvoiceSequenceAsync(BusinessId businessId, Mode mode, int year, CancellationToken cancellationToken) =>
        await FirstOrDefaultAsync(Database.SqlQuery<int>(
            $"""
            INSERT INTO billing.invoice_sequences (business_id, mode, year, last_number) VALUES ({businessId.Value}, {mode.ToString()}, {year}, 1)
            ON CONFLICT (business_id, mode, year) DO UPDATE SET last_number = invoice_sequences.last_number + 1
            RETURNING last_number AS "Value"
            """).AsAsyncEnumerable(), cancellationToken);

    public async Task<bool> TryRecordWebhookEventAsync(string eventId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Database.ExecuteSqlAsync(
            $"INSERT INTO billing.webhook_events (event_id, received_at) VALUES ({eventId}, {now}) ON CONFLICT (event_id) DO NOTHING",
            cancellationToken) == 1;

    /// <summary>
    /// Forgets an instance this context already tracks, so that the locking read returns what another
    /// transaction committed meanwhile: EF would otherwise hand back the tracked copy, stale, and a
    /// second settler would charge (or invoice) a payment the first one already settled.
    /// </summary>
    private void Untrack<T>(Func<T, bool> isIt)
        where T : class
    {
        foreach (var entry in ChangeTracker.Entries<T>().Where(e => isIt(e.Entity)).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    /// <summary>Reads raw SQL that cannot be composed (FOR UPDATE, RETURNING): EF must not wrap it in a LIMIT.</summary>
    private static async Task<T?> FirstOrDefaultAsync<T>(IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            return row;
        }

        return default;
    }
}
